package io.github.unifysequences.core;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list call, typed by the params the call takes, so that the next page can be asked for with the
 * same filters by the same method (Stainless SDKs' {@code …ListPage}):
 *
 * <pre>{@code
 * var first = client.enrollments().list(EnrollmentListParams.builder().sequenceId(id).limit(100).build());
 * var second = client.enrollments().list(first.nextPageParams().orElseThrow());   // the same filters, next cursor
 * }</pre>
 *
 * <p>Every {@code list} of the blocking client returns one ({@code Page<T>} still names it where the params do not
 * matter).
 *
 * @param <T> the item type
 * @param <P> the list's params type, e.g. {@code EnrollmentListParams}
 */
public final class ListPage<T, P> extends Page<T> {
    private final PageSource<T, P> source;

    private ListPage(
            Supplier<? extends List<T>> decode,
            @Nullable String cursor,
            @Nullable String nextCursor,
            PageSource<T, P> source) {
        super(decode, cursor, nextCursor);
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Creates a page of items already at hand; application code needs it only for test doubles.
     *
     * @param items the items on this page
     * @param cursor the cursor this page was requested with, or {@code null} for the first page
     * @param nextCursor the cursor of the next page, or {@code null} on the last page
     * @param source the list: the params at a cursor, and the page there
     * @param <T> the item type
     * @param <P> the list's params type
     * @return the page
     */
    public static <T, P> ListPage<T, P> of(
            List<T> items, @Nullable String cursor, @Nullable String nextCursor, PageSource<T, P> source) {
        List<T> copy = List.copyOf(items);
        return new ListPage<>(() -> copy, cursor, nextCursor, source);
    }

    /**
     * Creates a page whose items are computed when first asked for, once, on the thread that asks. The SDK
     * builds its pages this way so that the auto-pager can request the next page as soon as this one's
     * {@code next_cursor} is known, while this page's items are still to be decoded.
     *
     * @param items computes the items on this page; whatever it throws is thrown by {@link #items()}
     * @param cursor the cursor this page was requested with, or {@code null} for the first page
     * @param nextCursor the cursor of the next page, or {@code null} on the last page
     * @param source the list: the params at a cursor, and the page there
     * @param <T> the item type
     * @param <P> the list's params type
     * @return the page
     */
    public static <T, P> ListPage<T, P> deferred(
            Supplier<? extends List<T>> items,
            @Nullable String cursor,
            @Nullable String nextCursor,
            PageSource<T, P> source) {
        return new ListPage<>(items, cursor, nextCursor, source);
    }

    /** @return the params this page was requested with: the list's params at {@link #cursor()} */
    public P params() {
        return source.params(cursor().orElse(null));
    }

    /**
     * @return the params of the next page: this page's params (filters, limit, additional query parameters) with
     *     the next page's cursor, for the same {@code list} method; empty on the last page
     */
    public Optional<P> nextPageParams() {
        return nextCursor().map(source::params);
    }

    /**
     * @throws NoSuchElementException on the last page
     */
    @Override
    public ListPage<T, P> nextPage() {
        return source.fetch(requireNextCursor());
    }

    @Override
    CompletableFuture<ListPage<T, P>> nextPageAsync() {
        return source.fetchAsync(requireNextCursor());
    }
}
