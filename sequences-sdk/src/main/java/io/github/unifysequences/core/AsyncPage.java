package io.github.unifysequences.core;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One page of a cursor-paginated list, as the async client hands it out: what every page offers. The async
 * client's {@code list} methods return its one kind, {@link AsyncListPage}, which also knows the params of its next
 * page.
 *
 * <pre>{@code
 * asyncClient.sequences().list()
 *         .thenCompose(page -> page.autoPager().forEach(s -> System.out.println(s.name())))
 *         .join();
 * }</pre>
 *
 * @param <T> the item type
 */
public abstract sealed class AsyncPage<T> permits AsyncListPage {
    private final Page<T> page;

    AsyncPage(Page<T> page) {
        this.page = page;
    }

    /**
     * @return the items on this page; an item the SDK could not read throws
     *     {@link io.github.unifysequences.errors.UnreadableItemException} when it is reached
     */
    public List<T> items() {
        return page.items();
    }

    /** @return the cursor this page was requested with; empty for a list's first page requested without one */
    public Optional<String> cursor() {
        return page.cursor();
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
    public abstract CompletableFuture<? extends AsyncPage<T>> nextPage();

    /** @return all items from this page on, fetched page by page without blocking a thread */
    public AsyncAutoPager<T> autoPager() {
        return new AsyncAutoPager<>(page, false);
    }

    @Override
    public String toString() {
        return page.toString();
    }
}
