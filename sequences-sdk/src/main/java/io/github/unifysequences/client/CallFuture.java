package io.github.unifysequences.client;

import java.util.concurrent.CompletableFuture;

/**
 * The future of an async call. Cancelling it, or any future derived from it with {@code thenApply},
 * {@code thenCompose} and the like (the SDK's own {@code list} wraps pages that way, and so may the caller),
 * cancels the call: the request in flight is cancelled and no further attempt or backoff starts.
 *
 * @param <T> the result type
 */
final class CallFuture<T> extends CompletableFuture<T> {
    private final Runnable cancelCall;

    CallFuture(Runnable cancelCall) {
        this.cancelCall = cancelCall;
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CallFuture<>(cancelCall);
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled) {
            cancelCall.run();
        }
        return cancelled;
    }
}
