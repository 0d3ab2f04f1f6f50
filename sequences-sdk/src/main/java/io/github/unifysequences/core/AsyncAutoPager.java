package io.github.unifysequences.core;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * All items of a list from a starting page on, delivered without blocking a thread while a page is on
 * its way: each page's fetch is chained onto the previous one.
 *
 * <p>Same rules as {@link AutoPager}: one page in memory at a time (two with {@link #withPrefetch()}),
 * stop after a null {@code next_cursor}, fail with {@link IllegalStateException} on a repeated cursor.
 *
 * <p>Two ways to consume it: {@link #forEach} hands every item to a callback as pages arrive;
 * {@link #publisher()} is a {@link Flow.Publisher} that fetches a page only when the subscriber has asked for
 * more items than it holds. Cancelling either (the future of {@code forEach}, or the subscription) cancels the page
 * request in flight, and no further page is requested.
 *
 * <p>{@link #cursor()} is where to resume after a crash, at least once, as for {@link AutoPager#cursor()}: the
 * cursor of the page holding the item handed to the action or the subscriber last.
 *
 * @param <T> the item type
 */
public final class AsyncAutoPager<T> {
    private final Page<T> first;
    private final boolean prefetch;
    private final PagerPosition position;

    AsyncAutoPager(Page<T> first, boolean prefetch) {
        this.first = first;
        this.prefetch = prefetch;
        this.position = new PagerPosition(first);
    }

    /**
     * Where to resume this pager's iteration, for example after the action or subscriber failed on an item: the
     * cursor of the page holding the item handed out last by {@link #forEach} or a {@link #publisher()} subscription
     * (before any, the first page's cursor). A {@code list} call with the same params and this cursor starts at that
     * page, so that item and those before it on its page come again and none is skipped. With several iterations of
     * this pager at once, it follows whichever handed out an item last; a pager from {@link #withPrefetch()} has its
     * own.
     *
     * @return the cursor to resume at; empty for the list's first page requested without one
     */
    public Optional<String> cursor() {
        return position.cursor();
    }

    /**
     * Returns a pager that requests page N+1 as soon as page N arrives, before handing page N's items to
     * the consumer. Same items in the same order. Applies to {@link #forEach}; the publisher fetches on demand.
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
     *     (of a fetch, of the cursor check, or thrown by {@code action}). Cancelling it stops the iteration: the
     *     page request in flight is cancelled, no further page is requested and {@code action} is not called again
     *     (except for an item it is already running on)
     */
    public CompletableFuture<Void> forEach(Consumer<? super T> action) {
        Walk walk = new Walk(action);
        walk.consume(first);
        return walk.done;
    }

    /**
     * The items as a {@link Flow.Publisher}, signalling on the thread that requested items or completed a page's
     * fetch.
     *
     * @return a publisher that can be subscribed to several times, each subscription starting at this pager's first page
     * @see #publisher(Executor)
     */
    public Flow.Publisher<T> publisher() {
        return publisher(Runnable::run);
    }

    /**
     * The items as a {@link Flow.Publisher} that honours demand: items of the page at hand are signalled as they are
     * requested, and the next page is fetched only once they are all delivered and more are requested. Signals to a
     * subscriber never overlap; they run on {@code executor}. Cancelling the subscription cancels the page request in
     * flight. A failure of a page's fetch, or a repeated cursor, ends the subscription with {@code onError}.
     *
     * @param executor runs the signals ({@code onNext}, {@code onComplete}, {@code onError}); for example your
     *     service's pool, so that a slow subscriber does not hold the SDK's HTTP threads
     * @return a publisher that can be subscribed to several times, each subscription starting at this pager's first page
     */
    public Flow.Publisher<T> publisher(Executor executor) {
        if (executor == null) {
            throw new IllegalArgumentException("executor is required");
        }
        return subscriber -> new PagePublisher<>(first, subscriber, executor, position).start();
    }

    static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    /** One {@code forEach}: its result, and the page request in flight so that cancelling the result can cancel it. */
    private final class Walk {
        final CompletableFuture<Void> done = new CompletableFuture<>();
        private final CursorGuard guard = new CursorGuard(first);
        private final Consumer<? super T> action;
        private volatile @Nullable CompletableFuture<? extends Page<T>> inFlight;

        Walk(Consumer<? super T> action) {
            this.action = action;
            done.whenComplete((ignored, error) -> {
                CompletableFuture<? extends Page<T>> fetch = inFlight;
                if (done.isCancelled() && fetch != null) {
                    fetch.cancel(true);
                }
            });
        }

        void consume(Page<T> page) {
            try {
                CompletableFuture<? extends Page<T>> next = prefetch ? fetchNext(page) : null;
                int index = 0;
                for (T item : page.items()) {
                    if (done.isDone()) {
                        return;
                    }
                    position.handingOut(page, index++);
                    action.accept(item);
                }
                if (!page.hasNextPage()) {
                    done.complete(null);
                    return;
                }
                CompletableFuture<? extends Page<T>> following = next != null ? next : fetchNext(page);
                if (following == null) {
                    // Cancelled after the last item was handed out: nothing more to fetch.
                    return;
                }
                following.whenComplete((nextPage, error) -> {
                    if (error != null) {
                        done.completeExceptionally(unwrap(error));
                    } else if (!done.isDone()) {
                        consume(nextPage);
                    }
                });
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        }

        private @Nullable CompletableFuture<? extends Page<T>> fetchNext(Page<T> page) {
            if (!page.hasNextPage() || done.isDone()) {
                return null;
            }
            CompletableFuture<? extends Page<T>> fetch = guard.follow(page).nextPageAsync();
            inFlight = fetch;
            if (done.isCancelled()) {
                fetch.cancel(true);
            }
            return fetch;
        }
    }
}
