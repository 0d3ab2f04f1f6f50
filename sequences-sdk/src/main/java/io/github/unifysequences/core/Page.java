package io.github.unifysequences.core;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One page of a cursor-paginated list: what every page offers, whatever its list. The blocking client's
 * {@code list} methods return its one kind, {@link ListPage}, which also knows the params of its next page.
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
 * <p>Save {@link #nextCursor()} to resume later by passing it as the list params' {@code cursor}, or take the whole
 * params from {@link ListPage#nextPageParams()}.
 *
 * @param <T> the item type
 */
public abstract sealed class Page<T> permits ListPage {
    private final @Nullable String cursor;
    private final @Nullable String nextCursor;
    /** Computes the items; dropped once they are computed so that what it holds (the response) can be collected. */
    private @Nullable Supplier<? extends List<T>> decode;

    private volatile @Nullable List<T> items;

    Page(Supplier<? extends List<T>> decode, @Nullable String cursor, @Nullable String nextCursor) {
        this.decode = Objects.requireNonNull(decode, "items");
        this.cursor = cursor;
        this.nextCursor = nextCursor;
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
            List<T> decoded = Objects.requireNonNull(decode, "decoded once").get();
            // The SDK's own item lists are immutable already, and copying one would throw at an unreadable item.
            items = decoded instanceof ItemList<T> read ? read : List.copyOf(decoded);
            decode = null;
        }
        return items;
    }

    /**
     * @return the cursor this page was requested with: asking for it again returns this page (with the list as it is
     *     then); empty for a list's first page requested without one
     */
    public Optional<String> cursor() {
        return Optional.ofNullable(cursor);
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
    public abstract Page<T> nextPage();

    /** The next page without blocking; called only when {@link #hasNextPage()}. */
    abstract CompletableFuture<? extends Page<T>> nextPageAsync();

    /** @throws NoSuchElementException on the last page, for {@code nextPage} */
    final String requireNextCursor() {
        if (nextCursor == null) {
            throw new NoSuchElementException("This is the last page: next_cursor was null");
        }
        return nextCursor;
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

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{items=" + items().size() + ", cursor=" + cursor + ", nextCursor="
                + nextCursor + "}";
    }
}
