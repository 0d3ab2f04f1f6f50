package io.github.unifysequences.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request that ends in one of the spec's error envelopes. Handlers throw it; the server turns
 * it into a response with {@link ErrorEnvelope}, so every error body is written in one place.
 */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int httpStatus;
    final String status;
    final transient List<Map<String, Object>> errors;
    final transient Map<String, Object> extra = new LinkedHashMap<>();
    final transient Map<String, String> headers = new LinkedHashMap<>();

    ApiException(int httpStatus, String status, String message, List<Map<String, Object>> errors) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
        this.status = status;
        this.errors = errors;
    }

    ApiException(int httpStatus, String status, String message) {
        this(httpStatus, status, message, null);
    }

    ApiException with(String field, Object value) {
        extra.put(field, value);
        return this;
    }

    /** Adds a response header; a null value adds nothing. */
    ApiException withHeader(String name, String value) {
        if (value != null) {
            headers.put(name, value);
        }
        return this;
    }

    static ApiException badRequest(String message, List<Map<String, Object>> errors) {
        return new ApiException(400, "bad_request", message, errors);
    }

    /** A 400 with a single {@code errors[]} item; {@code path} names the offending parameter or field. */
    static ApiException badRequest(String code, String message, Object... path) {
        return badRequest(message, List.of(Validation.item(code, message, path)));
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    static ApiException conflict(String status, String message) {
        return new ApiException(409, status, message);
    }
}
