package io.github.unifysequences.errors;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The API answered, but the body could not be read as the documented JSON (not JSON, wrong shape, or a
 * required field missing). Not retried: the same request would most likely get the same answer.
 */
public class InvalidResponseException extends UnifyException {
    private static final long serialVersionUID = 1L;
    /** The HTTP status of the unreadable response. */
    private final int statusCode;
    /** What could not be read, as received; {@code null} when not kept. */
    private final @Nullable String json;

    /**
     * Creates an exception.
     *
     * @param message the method and path of the call and what could not be read
     * @param statusCode the HTTP status of the unreadable response
     * @param cause the parse failure, or {@code null}
     */
    public InvalidResponseException(String message, int statusCode, @Nullable Throwable cause) {
        this(message, statusCode, null, cause);
    }

    /**
     * Creates an exception that keeps what could not be read.
     *
     * @param message the method and path of the call and what could not be read; never the body's content
     * @param statusCode the HTTP status of the unreadable response
     * @param json the body (or item) as received, or {@code null}
     * @param cause the parse failure, or {@code null}
     */
    public InvalidResponseException(String message, int statusCode, @Nullable String json, @Nullable Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.json = json;
    }

    /**
     * What could not be read, as received, to read fields the SDK could not or to log it. It may hold personal data
     * and whatever the server put in it; it is not part of the message or {@code toString()}.
     *
     * @return the body (or, for {@link UnreadableItemException}, the item) as received, when it was kept
     */
    public Optional<String> json() {
        return Optional.ofNullable(json);
    }

    /** @return the HTTP status of the unreadable response */
    public int statusCode() {
        return statusCode;
    }
}
