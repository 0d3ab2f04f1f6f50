package io.github.unifysequences.core;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * All items of a list from a starting page on, delivered without blocking a thread while a page is on
 * its way: each page's fetch is chained onto the previous one.
 *
 * <p>Same rules as {@link AutoPager}: one page in memory at a time (two with {@link #withPrefetch()}),
 * stop after a null {@code next_cursor}, fail with {@link IllegalStateException} on a repeated cursor.
 *
 * @param <T> the item type
 */
public final class AsyncAutoPager<T> {
    private final Page<T> first;
    private final boolean prefetch;

    AsyncAutoPager(Page<T> first, boolean prefetch) {
        this.first = first;
        this.prefetch = prefetch;
    }

    /**
     * Returns a pager that requests page N+1 as soon as page N arrives, before handing page N's items to
     * the consumer. Same items in the same order.
     *
     * @return a prefetching pager over the same items
     */
    public AsyncAutoPager<T> withPrefetch() {
        return new AsyncAutoPager<>(first, true);
    }

    /**
     * Hands every item to {@code action}, in order, one page at a time. The action runs on the thread
     * that completed the page's fetch; keep it short or hand work to your own executor.
     *
     * @param action called once per item
     * @return completes when the last page has been consumed, or exceptionally with the first failure
     *     (of a fetch, of the cursor check, or thrown by {@code action})
     */
    public CompletableFuture<Void> forEach(Consumer<? super T> action) {
        return consume(first, new CursorGuard(), action);
    }

    private CompletableFuture<Void> consume(Page<T> page, CursorGuard guard, Consumer<? super T> action) {
        try {
            CompletableFuture<Page<T>> next = prefetch ? fetchNext(page, guard) : null;
            page.items().forEach(action);
            if (!page.hasNextPage()) {
                return CompletableFuture.completedFuture(null);
            }
            return (next != null ? next : fetchNext(page, guard))
                    .thenCompose(nextPage -> consume(nextPage, guard, action));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static <T> CompletableFuture<Page<T>> fetchNext(Page<T> page, CursorGuard guard) {
        return page.hasNextPage()
                ? page.source().fetchAsync(guard.follow(page.nextCursor().orElseThrow()))
                : null;
    }
}
