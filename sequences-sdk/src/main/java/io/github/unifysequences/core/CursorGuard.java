package io.github.unifysequences.core;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** One pass over the pages of a list: refuses a cursor it has already followed, so a server bug cannot loop forever. */
final class CursorGuard {
    private final Set<String> followed = new HashSet<>();

    String follow(String cursor) {
        if (!followed.add(cursor)) {
            throw new IllegalStateException("The API returned next_cursor '" + cursor
                    + "' a second time; stopping pagination instead of looping");
        }
        return cursor;
    }

    /** Waits for a prefetched page, rethrowing the SDK's unchecked exception rather than a wrapper. */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
