package io.github.unifysequences.core;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

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
    private final List<T> items;
    private final String nextCursor;
    private final PageSource<T> source;

    private Page(List<T> items, String nextCursor, PageSource<T> source) {
        this.items = List.copyOf(items);
        this.nextCursor = nextCursor;
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Creates a page. The SDK calls this; application code needs it only for test doubles.
     *
     * @param items the items on this page
     * @param nextCursor the cursor of the next page, or {@code null} on the last page
     * @param source fetches the following pages
     * @param <T> the item type
     * @return the page
     */
    public static <T> Page<T> of(List<T> items, String nextCursor, PageSource<T> source) {
        return new Page<>(items, nextCursor, source);
    }

    /** @return the items on this page, possibly none even when more pages follow */
    public List<T> items() {
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
        return "Page{items=" + items.size() + ", nextCursor=" + nextCursor + "}";
    }
}
