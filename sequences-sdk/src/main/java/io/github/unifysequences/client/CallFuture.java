package io.github.unifysequences.client;

import java.util.concurrent.CancellationException;
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

    /** Cancels the call only on the transition to cancelled: {@code super.cancel} also answers true when it already was. */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelledNow = completeExceptionally(new CancellationException("The call was cancelled"));
        if (cancelledNow) {
            cancelCall.run();
        }
        return cancelledNow || isCancelled();
    }
}
