package io.github.unifysequences.errors;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API answered with an error status. Subclasses exist for each documented status; other statuses
 * (for example 403 or 408) arrive as this type. The message reads like
 * {@code 404 not_found: Sequence not found (GET /sequences/v1/sequences/5d0f...)}.
 */
public class UnifyServiceException extends UnifyException {
    private static final long serialVersionUID = 1L;
    private final transient ErrorContext context;

    /**
     * Creates an exception from a failed call.
     *
     * @param context the request line and the error envelope
     */
    public UnifyServiceException(ErrorContext context) {
        super(context.describe(), null);
        this.context = context;
    }

    /** @return the HTTP status code */
    public int statusCode() {
        return context.statusCode();
    }

    /** @return the envelope's {@code status} string, such as {@code "conflict"}, when the body had one */
    public Optional<String> apiStatus() {
        return context.apiStatus();
    }

    /** @return the envelope's human-readable message, when the body had one */
    public Optional<String> apiMessage() {
        return context.apiMessage();
    }

    /** @return the HTTP method of the failed request */
    public String method() {
        return context.method();
    }

    /** @return the URL path of the failed request */
    public String path() {
        return context.path();
    }

    /** @return the response headers, names in lower case */
    public Map<String, List<String>> headers() {
        return context.headers();
    }

    /** @return everything known about the failed call, including the parsed body */
    public ErrorContext context() {
        return context;
    }
}
