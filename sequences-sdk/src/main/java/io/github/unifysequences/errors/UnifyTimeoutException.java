package io.github.unifysequences.errors;

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
     * @param cause the timeout as reported by the HTTP client
     */
    public UnifyTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
