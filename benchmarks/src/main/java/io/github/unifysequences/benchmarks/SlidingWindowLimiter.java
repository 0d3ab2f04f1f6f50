package io.github.unifysequences.benchmarks;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * The limiter docs/PERFORMANCE.md proposes for the SDK (problem 2), as an OkHttp interceptor so figure 5 can
 * measure it through the SDK's public {@code okHttpClient(...)} hook: a request may start only when the request
 * {@code permits} grants earlier started at least {@code period} ago. So no interval of length {@code period}
 * holds more than {@code permits} starts, and hence no fixed window of the server does either, whatever its
 * alignment; {@code margin} absorbs the jitter between starting a request and the server counting it.
 */
final class SlidingWindowLimiter implements Interceptor {
    private final long[] grants;
    private final long spacingNanos;
    private int oldest;

    SlidingWindowLimiter(int permits, Duration period, Duration margin) {
        this.grants = new long[permits];
        this.spacingNanos = period.plus(margin).toNanos();
        Arrays.fill(grants, System.nanoTime() - spacingNanos);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        long wait = reserve() - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while rate limited");
            }
        }
        return chain.proceed(chain.request());
    }

    /** Grants are handed out in order; each is at least {@code period + margin} after the one {@code permits} before it. */
    private synchronized long reserve() {
        long at = Math.max(System.nanoTime(), grants[oldest] + spacingNanos);
        grants[oldest] = at;
        oldest = (oldest + 1) % grants.length;
        return at;
    }
}
