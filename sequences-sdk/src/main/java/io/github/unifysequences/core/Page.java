package io.github.unifysequences.core;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One page of a cursor-paginated list, as returned by the blocking client's {@code list} methods.
 *
 * <pre>{@code
 * Page<Sequence> page = client.sequences().list();
 * for (Sequence s : page.items()) { ... }
 * if (page.hasNextPage()) {
 *     Page<Sequence> next = page.nextPage();
 * }
 * // or let the SDK follow the cursors, one page in memory at a time:
 * for (Sequence s : page.autoPager()) { ... }
 * }</pre>
 *
 * <p>Save {@link #nextCursor()} to resume later by passing it as the list params' {@code cursor}.
 *
 * @param <T> the item type
 */
public final class Page<T> {
    private final String nextCursor;
    private final PageSource<T> source;
    /** Computes the items; dropped once they are computed so that what it holds (the response) can be collected. */
    private Supplier<? extends List<T>> decode;
    private volatile List<T> items;

    private Page(Supplier<? extends List<T>> decode, String nextCursor, PageSource<T> source) {
        this.decode = Objects.requireNonNull(decode, "items");
        this.nextCursor = nextCursor;
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Creates a page of items already at hand; application code needs it only for test doubles.
     *
     * @param items the items on this page
     * @param nextCursor the cursor of the next page, or {@code null} on the last page
     * @param source fetches the following pages
     * @param <T> the item type
     * @return the page
     */
    public static <T> Page<T> of(List<T> items, String nextCursor, PageSource<T> source) {
        List<T> copy = List.copyOf(items);
        return new Page<>(() -> copy, nextCursor, source);
    }

    /**
     * Creates a page whose items are computed when first asked for, once, on the thread that asks. The SDK
     * builds its pages this way so that the auto-pager can request the next page as soon as this one's
     * {@code next_cursor} is known, while this page's items are still to be decoded.
     *
     * @param items computes the items on this page; whatever it throws is thrown by {@link #items()}
     * @param nextCursor the cursor of the next page, or {@code null} on the last page
     * @param source fetches the following pages
     * @param <T> the item type
     * @return the page
     */
    public static <T> Page<T> deferred(Supplier<? extends List<T>> items, String nextCursor, PageSource<T> source) {
        return new Page<>(items, nextCursor, source);
    }

    /**
     * @return the items on this page, possibly none even when more pages follow; an item the SDK could not read
     *     throws {@link io.github.unifysequences.errors.UnreadableItemException} when it is reached (see
     *     {@link ItemList}), the others are unaffected
     * @throws io.github.unifysequences.errors.InvalidResponseException if the page has no readable item list
     */
    public List<T> items() {
        List<T> computed = items;
        return computed != null ? computed : compute();
    }

    private synchronized List<T> compute() {
        if (items == null) {
            List<T> decoded = decode.get();
            // The SDK's own item lists are immutable already, and copying one would throw at an unreadable item.
            items = decoded instanceof ItemList<T> read ? read : List.copyOf(decoded);
            decode = null;
        }
        return items;
    }

    /** @return the cursor of the next page; empty on the last page */
    public Optional<String> nextCursor() {
        return Optional.ofNullable(nextCursor);
    }

    /** @return whether another page follows (the API returned a non-null {@code next_cursor}) */
    public boolean hasNextPage() {
        return nextCursor != null;
    }

    /**
     * Fetches the next page, with the same filters and limit as this one.
     *
     * @return the next page
     * @throws NoSuchElementException on the last page
     */
    public Page<T> nextPage() {
        if (nextCursor == null) {
            throw new NoSuchElementException("This is the last page: next_cursor was null");
        }
        return source.fetch(nextCursor);
    }

    /**
     * Iterates over this page's items and then every following page's, fetching each page only when
     * iteration reaches it. Each {@code iterator()} or {@code stream()} starts again at this page.
     *
     * @return a lazy view of all items from this page on
     */
    public AutoPager<T> autoPager() {
        return new AutoPager<>(this, false);
    }

    PageSource<T> source() {
        return source;
    }

    @Override
    public String toString() {
        return "Page{items=" + items().size() + ", nextCursor=" + nextCursor + "}";
    }
}
