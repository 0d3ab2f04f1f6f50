package io.github.unifysequences.sandbox;

import java.time.Duration;

/** What every route group needs: state, pager, clock and the time-based settings. */
record Context(
        Store store,
        Pager pager,
        SandboxClock clock,
        Faults faults,
        Duration queryJobDuration,
        Duration queryJobTtl,
        Duration emailResolutionDelay) {

    long now() {
        return clock.millis();
    }
}
