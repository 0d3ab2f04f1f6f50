package io.github.unifysequences.client;

import java.time.Clock;
import java.time.Duration;
import okhttp3.HttpUrl;

/** Everything the builder settled, validated; shared by the blocking and async faces of one client. */
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
        Clock clock) {

    /** A record's generated toString would print the key. */
    @Override
    public String toString() {
        return "ClientConfig[baseUrl=" + baseUrl + ", maxRetries=" + maxRetries + ", logLevel=" + logLevel + "]";
    }
}
