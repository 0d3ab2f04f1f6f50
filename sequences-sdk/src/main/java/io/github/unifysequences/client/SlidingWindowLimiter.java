package io.github.unifysequences.client;

import java.time.Clock;
import java.time.Duration;

/**
 * The client-side rate limiter: a token bucket shared by every call of one client. A call that finds the
 * bucket empty reserves a future token and is told how long to wait for it, so waiting callers are served
 * in order and the async client never blocks a thread.
 */
final class TokenBucket {
    private final double capacity;
    private final double tokensPerMilli;
    private final Clock clock;
    private double tokens;
    private long lastRefill;

    TokenBucket(int permits, Duration period, Clock clock) {
        if (permits < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("rate limit needs at least 1 permit per positive period");
        }
        this.capacity = permits;
        this.tokensPerMilli = permits / (double) period.toMillis();
        this.clock = clock;
        this.tokens = permits;
        this.lastRefill = clock.millis();
    }

    synchronized Duration reserve() {
        long now = clock.millis();
        tokens = Math.min(capacity, tokens + (now - lastRefill) * tokensPerMilli);
        lastRefill = now;
        tokens -= 1;
        return tokens >= 0 ? Duration.ZERO : Duration.ofMillis((long) Math.ceil(-tokens / tokensPerMilli));
    }
}
