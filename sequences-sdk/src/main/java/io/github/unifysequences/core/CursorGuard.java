package io.github.unifysequences.core;

import io.github.unifysequences.errors.UnifyInterruptedException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * One pass over the pages of a list: refuses a cursor it has already followed, or the one the pass started at, so a
 * server bug cannot loop forever.
 */
final class CursorGuard {
    private final Set<String> followed = new HashSet<>();

    CursorGuard(Page<?> first) {
        first.cursor().ifPresent(followed::add);
    }

    /** @return {@code page}, whose next page may be fetched: its {@code next_cursor} was not followed before */
    <P extends Page<?>> P follow(P page) {
        String cursor = page.nextCursor().orElseThrow();
        if (!followed.add(cursor)) {
            throw new IllegalStateException("The API returned next_cursor '" + cursor
                    + "' a second time; stopping pagination instead of looping");
        }
        return page;
    }

    /**
     * Waits for a prefetched page, rethrowing the SDK's unchecked exception rather than a wrapper. An interrupt
     * cancels the prefetch and is kept set on the thread.
     */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnifyInterruptedException(
                    "Interrupted while waiting for a prefetched page; its request was cancelled", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
