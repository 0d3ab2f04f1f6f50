package io.github.unifysequences.core;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * All items of a list, from a starting page on, fetched page by page as iteration reaches them.
 *
 * <p>An iterator holds only its current page (and, with {@link #withPrefetch()}, the next one); the pager
 * itself keeps its first page so that it can be iterated again. Every
 * {@link #iterator()} and {@link #stream()} keeps its own position, so one pager can be iterated more
 * than once or from several threads. Iteration stops after the page whose {@code next_cursor} is null,
 * and throws {@link IllegalStateException} if the API hands back a cursor it has already followed (or the
 * cursor the first page was asked for with).
 * Failures of page fetches surface from {@code hasNext()} as the SDK's usual exceptions.
 *
 * <p>{@link #cursor()} is where to resume after a crash, at least once: the cursor of the page holding the item
 * {@code next()} returned last, so asking the same list for that cursor hands that item out again and skips none.
 *
 * <pre>{@code
 * AutoPager<Enrollment> pager = client.enrollments().list(params).autoPager();
 * try {
 *     pager.forEach(this::handle);
 * } catch (RuntimeException crash) {
 *     save(pager.cursor());   // the page of the item that failed; empty: the first page
 * }
 * // later, one line resumes, at least once:
 * client.enrollments().list(params.toBuilder().cursor(saved.orElse(null)).build()).autoPager().forEach(this::handle);
 * }</pre>
 *
 * <pre>{@code
 * client.enrollments().list(params).autoPager().stream()
 *         .filter(e -> e.isReplied())
 *         .forEach(e -> System.out.println(e.person().email()));
 * }</pre>
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {
    private final Page<T> first;
    private final boolean prefetch;
    private final PagerPosition position;

    AutoPager(Page<T> first, boolean prefetch) {
        this.first = first;
        this.prefetch = prefetch;
        this.position = new PagerPosition(first);
    }

    /**
     * Where to resume this pager's iteration, for example after the code handling an item failed: the cursor of the
     * page holding the item {@code next()} returned last (before any, the first page's cursor). A {@code list} call
     * with the same params and this cursor starts at that page, so that item and those before it on its page come
     * again and none is skipped. With several iterations of this pager at once, it follows whichever handed out an
     * item last; a pager from {@link #withPrefetch()} has its own.
     *
     * @return the cursor to resume at; empty for the list's first page requested without one
     */
    public Optional<String> cursor() {
        return position.cursor();
    }

    /**
     * Returns a pager that fetches page N+1 in the background while the caller works through page N.
     * The items and their order are the same; the wait between pages shrinks. Off by default because it
     * may fetch one page that is never used.
     *
     * @return a prefetching pager over the same items
     */
    public AutoPager<T> withPrefetch() {
        return new AutoPager<>(first, true);
    }

    @Override
    public Iterator<T> iterator() {
        return new PagingIterator<>(first, prefetch, position);
    }

    /** @return a sequential stream over the same items; pages are fetched as the stream is consumed */
    public Stream<T> stream() {
        return StreamSupport.stream(spliterator(), false);
    }

    /** Static, so that an iterator holds only its current page: pages already passed can be collected. */
    private static final class PagingIterator<T> implements Iterator<T> {
        private final CursorGuard guard;
        private final boolean prefetch;
        private final PagerPosition position;
        private Page<T> page;
        private int index;
        private @Nullable CompletableFuture<? extends Page<T>> prefetched;

        PagingIterator(Page<T> first, boolean prefetch, PagerPosition position) {
            this.page = first;
            this.prefetch = prefetch;
            this.position = position;
            this.guard = new CursorGuard(first);
            startPrefetch();
        }

        @Override
        public boolean hasNext() {
            while (index >= page.items().size()) {
                if (!page.hasNextPage()) {
                    return false;
                }
                page = prefetched != null
                        ? CursorGuard.join(prefetched)
                        : guard.follow(page).nextPage();
                prefetched = null;
                index = 0;
                // Before the loop's check maps this page's items (pages map them on first access): the next
                // request is then on its way while they are mapped, which keeps the mapping off the sequential path.
                startPrefetch();
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            position.handingOut(page, index);
            return page.items().get(index++);
        }

        private void startPrefetch() {
            if (prefetch && page.hasNextPage()) {
                prefetched = guard.follow(page).nextPageAsync();
            }
        }
    }
}
