package io.github.unifysequences.sandbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A fixed-window request limit per API key (the real API documents 100,000 requests per five
 * minutes). Windows are measured on the sandbox clock, so advancing the clock also resets them.
 */
final class RateLimiter {
    private final int limit;
    private final long windowMillis;
    private final SandboxClock clock;
    private final Map<String, long[]> windows = new HashMap<>();

    RateLimiter(int limit, Duration window, SandboxClock clock) {
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    /** Counts a request; throws 429 {@code rate_limited} with {@code Retry-After} once the window is full. */
    synchronized void acquire(String apiKey) {
        long now = clock.millis();
        long windowStart = now - Math.floorMod(now, windowMillis);
        long[] window = windows.computeIfAbsent(apiKey, k -> new long[2]);
        if (window[0] != windowStart) {
            window[0] = windowStart;
            window[1] = 0;
        }
        if (window[1] >= limit) {
            long retryAfter = Math.max(1, (windowStart + windowMillis - now + 999) / 1000);
            throw new ApiException(
                            429,
                            "rate_limited",
                            "Rate limit of " + limit + " requests per "
                                    + Duration.ofMillis(windowMillis).toSeconds() + " s exceeded; retry after "
                                    + retryAfter + " s.")
                    .withHeader("Retry-After", String.valueOf(retryAfter));
        }
        window[1]++;
    }
}
