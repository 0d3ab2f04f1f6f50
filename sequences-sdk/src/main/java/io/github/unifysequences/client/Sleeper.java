package io.github.unifysequences.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits between attempts. The blocking client sleeps on the caller's thread; the async client schedules
 * the continuation instead of blocking one. Replaced by a recording fake in tests.
 */
interface Sleeper {

    CompletableFuture<Void> sleep(Duration duration, boolean async);

    Sleeper SYSTEM = (duration, async) -> {
        if (async) {
            return CompletableFuture.runAsync(() -> { },
                    CompletableFuture.delayedExecutor(duration.toNanos(), TimeUnit.NANOSECONDS));
        }
        try {
            Thread.sleep(duration.toMillis());
            return CompletableFuture.completedFuture(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(
                    new io.github.unifysequences.errors.UnifyException("Interrupted while waiting to retry", e));
        }
    };
}
