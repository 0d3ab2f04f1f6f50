package io.github.unifysequences.core;

import java.util.concurrent.CompletableFuture;

/**
 * Fetches the page that starts at a cursor. The SDK supplies one for each list call; implement it only to
 * build {@link Page}s in tests of your own code.
 *
 * @param <T> the item type
 */
public interface PageSource<T> {

    /**
     * Fetches a page, blocking.
     *
     * @param cursor the cursor from the previous page's {@code next_cursor}
     * @return the page
     */
    Page<T> fetch(String cursor);

    /**
     * Fetches a page without blocking the calling thread.
     *
     * @param cursor the cursor from the previous page's {@code next_cursor}
     * @return the page, when it arrives
     */
    CompletableFuture<Page<T>> fetchAsync(String cursor);
}
