package io.github.unifysequences.errors;

/**
 * The API answered, but the body could not be read as the documented JSON (not JSON, wrong shape, or a
 * required field missing). Not retried: the same request would most likely get the same answer.
 */
public class InvalidResponseException extends UnifyException {
    private static final long serialVersionUID = 1L;
    /** The HTTP status of the unreadable response. */
    private final int statusCode;

    /**
     * Creates an exception.
     *
     * @param message the method and path of the call and what could not be read
     * @param statusCode the HTTP status of the unreadable response
     * @param cause the parse failure, or {@code null}
     */
    public InvalidResponseException(String message, int statusCode, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
    }

    /** @return the HTTP status of the unreadable response */
    public int statusCode() {
        return statusCode;
    }
}
