package io.github.unifysequences.core;

import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One page of a list call on the async client, typed by the params the call takes (see {@link ListPage}):
 *
 * <pre>{@code
 * asyncClient.enrollments().list(params)
 *         .thenCompose(first -> asyncClient.enrollments().list(first.nextPageParams().orElseThrow()));
 * }</pre>
 *
 * @param <T> the item type
 * @param <P> the list's params type, e.g. {@code EnrollmentListParams}
 */
public final class AsyncListPage<T, P> extends AsyncPage<T> {
    private final ListPage<T, P> page;

    private AsyncListPage(ListPage<T, P> page) {
        super(page);
        this.page = page;
    }

    /**
     * Wraps a page for asynchronous paging. The SDK calls this; application code needs it only for test doubles.
     *
     * @param page the page; its {@link PageSource#fetchAsync(String)} fetches the following pages
     * @param <T> the item type
     * @param <P> the list's params type
     * @return the async view of the page
     */
    public static <T, P> AsyncListPage<T, P> of(ListPage<T, P> page) {
        return new AsyncListPage<>(page);
    }

    /** @return the params this page was requested with */
    public P params() {
        return page.params();
    }

    /**
     * @return the params of the next page: this page's params with the next page's cursor, for the same
     *     {@code list} method; empty on the last page
     */
    public Optional<P> nextPageParams() {
        return page.nextPageParams();
    }

    /**
     * @return the next page, or a future failed with {@link NoSuchElementException} on the last page
     */
    @Override
    public CompletableFuture<AsyncListPage<T, P>> nextPage() {
        if (!page.hasNextPage()) {
            return CompletableFuture.failedFuture(
                    new NoSuchElementException("This is the last page: next_cursor was null"));
        }
        return page.nextPageAsync().thenApply(AsyncListPage::new);
    }
}
