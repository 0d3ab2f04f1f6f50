package io.github.unifysequences.errors;

import org.jspecify.annotations.Nullable;

/**
 * The calling thread was interrupted (by {@code Future.cancel(true)}, {@code ExecutorService.shutdownNow()} or
 * {@code Thread.interrupt()}) before or while a blocking call waited: for the network, for a retry's backoff, for
 * the rate limiter, for a prefetched page or for a query job. The in-flight request, if any, was cancelled and
 * nothing more is sent. The thread's interrupt flag is left set, so the code above still sees the interrupt.
 *
 * <p>Not a {@link UnifyIoException}: the network did not fail, and retrying would ignore the interrupt.
 */
public class UnifyInterruptedException extends UnifyException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message the call that was interrupted and what it was waiting for
     * @param cause the {@link InterruptedException} or {@link java.io.InterruptedIOException}, or {@code null}
     */
    public UnifyInterruptedException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
