package io.github.unifysequences.client;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;

/**
 * The client-side rate limiter, shared by every call of one client: a sliding log of the last {@code permits}
 * grants. A call may start only once the grant {@code permits} before it is at least {@code window + MARGIN}
 * old, so no interval of length {@code window} holds more than {@code permits} starts, and hence no fixed
 * window of the server holds more either, whatever its alignment. (A token bucket that starts full and
 * refills continuously admits up to twice its budget in one fixed window: docs/PERFORMANCE.md, figure 5.)
 * A call beyond the budget reserves its future slot and is told how long to wait for it, so waiting callers
 * are served in order and the async client never blocks a thread.
 */
final class SlidingWindowLimiter {
    /** Absorbs the jitter between a call starting here and the server counting it; 0.02% of the default 5-minute window. */
    static final Duration MARGIN = Duration.ofMillis(50);

    /** Grant times in clock millis, a ring: {@code grants[oldest]} is the grant {@code permits} calls ago. */
    private final long[] grants;

    private final long spacingMillis;
    private final Clock clock;
    private int oldest;

    SlidingWindowLimiter(int permits, Duration window, Clock clock) {
        if (permits < 1 || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("rate limit needs at least 1 permit per positive window");
        }
        this.grants = new long[permits];
        this.spacingMillis = window.plus(MARGIN).toMillis();
        this.clock = clock;
        // As if the last `permits` grants were long enough ago: the first `permits` calls start at once.
        Arrays.fill(grants, clock.millis() - spacingMillis);
    }

    /** @return how long the caller must wait before starting its request; zero while the window has room */
    synchronized Duration reserve() {
        long now = clock.millis();
        long at = Math.max(now, grants[oldest] + spacingMillis);
        grants[oldest] = at;
        oldest = (oldest + 1) % grants.length;
        return Duration.ofMillis(at - now);
    }
}
