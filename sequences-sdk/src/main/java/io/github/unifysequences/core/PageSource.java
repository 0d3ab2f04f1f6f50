package io.github.unifysequences.core;

import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One list, as its pages see it: the params that ask for the page at a cursor, and the page there. The SDK supplies
 * one for each list call; implement it only to build {@link ListPage}s in tests of your own code.
 *
 * @param <T> the item type
 * @param <P> the list's params type
 */
public interface PageSource<T, P> {

    /**
     * @param cursor a page's cursor, or {@code null} for the first page
     * @return the list's params (its filters, limit and additional parameters) with that cursor
     */
    P params(@Nullable String cursor);

    /**
     * Fetches a page, blocking.
     *
     * @param cursor the cursor from the previous page's {@code next_cursor}
     * @return the page
     */
    ListPage<T, P> fetch(String cursor);

    /**
     * Fetches a page without blocking the calling thread.
     *
     * @param cursor the cursor from the previous page's {@code next_cursor}
     * @return the page, when it arrives
     */
    CompletableFuture<ListPage<T, P>> fetchAsync(String cursor);
}
