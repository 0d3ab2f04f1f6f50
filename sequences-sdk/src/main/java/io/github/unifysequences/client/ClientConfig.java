package io.github.unifysequences.client;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import okhttp3.HttpUrl;

/**
 * Everything the builder settled, validated; shared by the blocking and async faces of one client.
 *
 * @param callTimeout the bound on one attempt; zero when there is none (a caller's OkHttp client without a call timeout)
 * @param deadline the bound on a whole call, across attempts and backoff; null when there is none
 * @param callbackExecutor completes the async client's futures; null to complete them on OkHttp's threads
 */
record ClientConfig(
        String apiKey,
        HttpUrl baseUrl,
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        int maxRetries,
        Duration maxRetryAfter,
        LogLevel logLevel,
        SlidingWindowLimiter rateLimiter,
        Sleeper sleeper,
        Clock clock,
        Duration deadline,
        Executor callbackExecutor) {

    /** A record's generated toString would print the key. */
    @Override
    public String toString() {
        return "ClientConfig[baseUrl=" + baseUrl + ", maxRetries=" + maxRetries + ", logLevel=" + logLevel + "]";
    }
}
