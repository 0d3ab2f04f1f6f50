package io.github.unifysequences.errors;

import org.jspecify.annotations.Nullable;

/**
 * A connect, read or per-attempt call timeout expired. A subtype of {@link UnifyIoException}, so code
 * that handles network failures also handles timeouts.
 */
public class UnifyTimeoutException extends UnifyIoException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message the method and path of the call that timed out
     * @param cause the timeout as reported by the HTTP client, or {@code null} when the SDK's own limit passed
     *     outside any request (a call's deadline before an attempt or a backoff, a query job's wait timeout)
     */
    public UnifyTimeoutException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
