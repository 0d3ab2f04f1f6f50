package io.github.unifysequences.core;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One page of a cursor-paginated list, as returned by the async client's {@code list} methods.
 *
 * <pre>{@code
 * asyncClient.sequences().list()
 *         .thenCompose(page -> page.autoPager().forEach(s -> System.out.println(s.name())))
 *         .join();
 * }</pre>
 *
 * @param <T> the item type
 */
public final class AsyncPage<T> {
    private final Page<T> page;

    private AsyncPage(Page<T> page) {
        this.page = page;
    }

    /**
     * Wraps a page for asynchronous paging. The SDK calls this; application code needs it only for test doubles.
     *
     * @param page the page; its {@link PageSource#fetchAsync(String)} fetches the following pages
     * @param <T> the item type
     * @return the async view of the page
     */
    public static <T> AsyncPage<T> of(Page<T> page) {
        return new AsyncPage<>(page);
    }

    /** @return the items on this page */
    public List<T> items() {
        return page.items();
    }

    /** @return the cursor of the next page; empty on the last page */
    public Optional<String> nextCursor() {
        return page.nextCursor();
    }

    /** @return whether another page follows */
    public boolean hasNextPage() {
        return page.hasNextPage();
    }

    /**
     * Fetches the next page without blocking.
     *
     * @return the next page, or a future failed with {@link NoSuchElementException} on the last page
     */
    public CompletableFuture<AsyncPage<T>> nextPage() {
        if (!page.hasNextPage()) {
            return CompletableFuture.failedFuture(new NoSuchElementException("This is the last page: next_cursor was null"));
        }
        return page.source().fetchAsync(page.nextCursor().orElseThrow()).thenApply(AsyncPage::new);
    }

    /** @return all items from this page on, fetched page by page without blocking a thread */
    public AsyncAutoPager<T> autoPager() {
        return new AsyncAutoPager<>(page, false);
    }

    @Override
    public String toString() {
        return page.toString();
    }
}
