package io.github.unifysequences.errors;

import org.jspecify.annotations.Nullable;

/**
 * The request could not be completed because of a network failure (connection refused or reset,
 * DNS failure, TLS failure, ...). Retried automatically where the operation allows it; thrown once the
 * retries are used up.
 */
public class UnifyIoException extends UnifyException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message the method and path of the failed call and what failed
     * @param cause the I/O failure, or {@code null} when there is none to attach (a limit the SDK itself enforced)
     */
    public UnifyIoException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
