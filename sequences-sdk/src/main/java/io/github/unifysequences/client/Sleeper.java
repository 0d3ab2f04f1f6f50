package io.github.unifysequences.client;

import io.github.unifysequences.errors.UnifyInterruptedException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits between attempts. The blocking client sleeps on the caller's thread; the async client schedules
 * the continuation instead of blocking one (on the JDK's shared daemon timer, so a pending wait never keeps the
 * JVM alive, and cancelling the returned future drops it). Replaced by a recording fake in tests.
 */
interface Sleeper {

    CompletableFuture<Void> sleep(Duration duration, boolean async);

    Sleeper SYSTEM = (duration, async) -> {
        if (async) {
            return CompletableFuture.runAsync(
                    () -> {}, CompletableFuture.delayedExecutor(duration.toNanos(), TimeUnit.NANOSECONDS));
        }
        try {
            Thread.sleep(duration.toMillis());
            return CompletableFuture.completedFuture(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(new UnifyInterruptedException(
                    "Interrupted while waiting " + duration.toMillis()
                            + " ms (retry backoff, rate limit or query job poll); nothing more was sent",
                    e));
        }
    };
}
