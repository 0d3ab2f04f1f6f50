package io.github.unifysequences.core;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * One subscription to {@link AsyncAutoPager#publisher(Executor)}. Every signal is sent from {@link #drain()}, which
 * one thread at a time runs on the executor (the {@code work} counter serialises it, as in the Reactive Streams
 * rules 1.3 and 2.7); requests, cancellation and arriving pages only record what happened and ask for a drain.
 *
 * @param <T> the item type
 */
final class PagePublisher<T> implements Flow.Subscription {
    private final Flow.Subscriber<? super T> subscriber;
    private final Executor executor;
    private final CursorGuard guard;
    private final PagerPosition position;
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger work = new AtomicInteger();
    private volatile boolean cancelled;
    private volatile @Nullable Page<T> arrived;
    private volatile @Nullable Throwable failed;
    private volatile @Nullable CompletableFuture<? extends Page<T>> inFlight;
    /** Touched by the drain only. */
    private Page<T> page;

    private int index;
    private boolean done;

    PagePublisher(Page<T> first, Flow.Subscriber<? super T> subscriber, Executor executor, PagerPosition position) {
        this.subscriber = subscriber;
        this.executor = executor;
        this.page = first;
        this.position = position;
        this.guard = new CursorGuard(first);
    }

    void start() {
        subscriber.onSubscribe(this);
    }

    @Override
    public void request(long n) {
        if (n <= 0) {
            failed = new IllegalArgumentException(
                    "request(" + n + "): demand must be positive (Reactive Streams rule 3.9)");
        } else {
            demand.getAndAccumulate(n, (current, more) -> current + more < 0 ? Long.MAX_VALUE : current + more);
        }
        schedule();
    }

    @Override
    public void cancel() {
        cancelled = true;
        CompletableFuture<? extends Page<T>> fetch = inFlight;
        if (fetch != null) {
            fetch.cancel(true);
        }
    }

    private void schedule() {
        if (work.getAndIncrement() == 0) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        int missed = 1;
        do {
            step();
            missed = work.addAndGet(-missed);
        } while (missed != 0);
    }

    private void step() {
        try {
            while (!done && !cancelled) {
                if (failed != null) {
                    done = true;
                    subscriber.onError(failed);
                    return;
                }
                Page<T> next = arrived;
                if (next != null) {
                    arrived = null;
                    inFlight = null;
                    page = next;
                    index = 0;
                }
                if (index < page.items().size()) {
                    if (demand.get() == 0) {
                        return;
                    }
                    demand.decrementAndGet();
                    position.handingOut(page, index);
                    subscriber.onNext(page.items().get(index++));
                } else if (!page.hasNextPage()) {
                    done = true;
                    subscriber.onComplete();
                } else {
                    if (inFlight == null && demand.get() > 0) {
                        fetch();
                    }
                    return;
                }
            }
        } catch (RuntimeException e) {
            // A failure of the page's items (unreadable JSON) or of the cursor check ends the subscription.
            done = true;
            cancel();
            subscriber.onError(e);
        }
    }

    private void fetch() {
        CompletableFuture<? extends Page<T>> fetch = guard.follow(page).nextPageAsync();
        inFlight = fetch;
        fetch.whenComplete((next, error) -> {
            if (error != null) {
                failed = AsyncAutoPager.unwrap(error);
            } else {
                arrived = next;
            }
            schedule();
        });
        if (cancelled) {
            fetch.cancel(true);
        }
    }
}
