package io.github.unifysequences.client;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import okhttp3.HttpUrl;

/**
 * Everything the builder settled, validated; shared by the blocking and async faces of one client. The connect and
 * read timeouts are not here: they are settings of the OkHttp client the builder made.
 *
 * @param callTimeout the bound on one attempt; zero when there is none (a caller's OkHttp client without a call timeout)
 * @param rateLimiter the client-side rate limiter; empty when it is off
 * @param deadline the bound on a whole call, across attempts and backoff; empty when there is none
 * @param callbackExecutor completes the async client's futures; by default one that runs the completion at once, on
 *     the OkHttp thread that finished the call
 */
record ClientConfig(
        String apiKey,
        HttpUrl baseUrl,
        Duration callTimeout,
        int maxRetries,
        Duration maxRetryAfter,
        LogLevel logLevel,
        Optional<SlidingWindowLimiter> rateLimiter,
        Sleeper sleeper,
        Clock clock,
        Optional<Duration> deadline,
        Executor callbackExecutor) {

    /** A record's generated toString would print the key. */
    @Override
    public String toString() {
        return "ClientConfig[baseUrl=" + baseUrl + ", maxRetries=" + maxRetries + ", logLevel=" + logLevel + "]";
    }
}
