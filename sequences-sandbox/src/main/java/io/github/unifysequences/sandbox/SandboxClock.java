package io.github.unifysequences.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's notion of "now": wall-clock time (or a fixed start) plus an offset that tests can
 * move forward, e.g. to finish a query job or expire its results without waiting.
 * Every timestamp and time-based rule in the sandbox reads this clock.
 */
public final class SandboxClock {
    private final Clock base;
    private final AtomicLong offsetMillis = new AtomicLong();

    private SandboxClock(Clock base) {
        this.base = base;
    }

    /**
     * A clock that follows the system clock until it is advanced.
     *
     * @return a new clock at the system's UTC time
     */
    public static SandboxClock system() {
        return new SandboxClock(Clock.systemUTC());
    }

    /**
     * A clock that stands still at {@code start} until it is advanced.
     *
     * @param start the instant {@link #now()} returns until the clock is advanced or set
     * @return a new fixed clock
     */
    public static SandboxClock fixed(Instant start) {
        return new SandboxClock(Clock.fixed(start, java.time.ZoneOffset.UTC));
    }

    /**
     * The current sandbox time.
     *
     * @return the current sandbox time, never null
     */
    public Instant now() {
        return Instant.ofEpochMilli(millis());
    }

    /**
     * Moves the clock forward (a negative duration moves it back).
     *
     * @param duration how far to move, at millisecond precision
     */
    public void advance(Duration duration) {
        offsetMillis.addAndGet(duration.toMillis());
    }

    /**
     * Sets the clock so that {@link #now()} returns {@code instant} (then it keeps ticking like its base).
     *
     * @param instant the sandbox time from now on
     */
    public void set(Instant instant) {
        offsetMillis.set(instant.toEpochMilli() - base.millis());
    }

    long millis() {
        return base.millis() + offsetMillis.get();
    }
}
