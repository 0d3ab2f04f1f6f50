package io.github.unifysequences.errors;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the SDK knows about a failed call: the request line and the API's error envelope.
 *
 * @param statusCode the HTTP status code
 * @param apiStatus the envelope's {@code status} string (for example {@code "not_found"}), if the body had one
 * @param apiMessage the envelope's human-readable {@code message}, if the body had one (optional on 400)
 * @param method the HTTP method of the request
 * @param path the URL path of the request, without host or query
 * @param headers the response headers (names in lower case)
 * @param body the parsed error body; an empty object when the body was not a JSON object
 * @param bodyExcerpt the start of the body as received (UTF-8, at most {@link #EXCERPT_CHARS} characters, the
 *     API key redacted), so a body that is not the documented envelope can still be read; empty for no body
 */
public record ErrorContext(
        int statusCode,
        Optional<String> apiStatus,
        Optional<String> apiMessage,
        String method,
        String path,
        Map<String, List<String>> headers,
        JsonObject body,
        String bodyExcerpt) {

    /** How many characters of an error body {@link #bodyExcerpt()} keeps: enough to read, bounded whatever the server sends. */
    public static final int EXCERPT_CHARS = 2_000;

    /**
     * Creates the value; collections are copied so it stays immutable.
     *
     * @param statusCode the HTTP status code
     * @param apiStatus the envelope's {@code status} string (for example {@code "not_found"}), if the body had one
     * @param apiMessage the envelope's human-readable {@code message}, if the body had one (optional on 400)
     * @param method the HTTP method of the request
     * @param path the URL path of the request, without host or query
     * @param headers the response headers (names in lower case)
     * @param body the parsed error body; an empty object when the body was not a JSON object
     * @param bodyExcerpt the start of the body as received; cut to {@link #EXCERPT_CHARS} characters here
     */
    public ErrorContext {
        Objects.requireNonNull(apiStatus, "apiStatus");
        Objects.requireNonNull(apiMessage, "apiMessage");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bodyExcerpt, "bodyExcerpt");
        headers = Map.copyOf(headers);
        body = body.deepCopy();
        bodyExcerpt =
                bodyExcerpt.length() > EXCERPT_CHARS ? bodyExcerpt.substring(0, EXCERPT_CHARS) + "…" : bodyExcerpt;
    }

    /** @return a copy of the parsed error body */
    @Override
    public JsonObject body() {
        return body.deepCopy();
    }

    /**
     * @param name a header name, matched case-insensitively
     * @return the first value of the response header, if present
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The exception message: the status line of the envelope; when it has no {@code message}, the problems the
     * exception read from the body instead (a 400's {@code errors[]}), or, when the body has neither {@code status}
     * nor {@code message}, a short excerpt of what it held.
     *
     * @param problems what the body says is wrong, beside its message; empty when nothing
     */
    String describe(String problems) {
        String detail = apiMessage.isEmpty() && !problems.isEmpty()
                ? ": " + problems
                : apiStatus.isEmpty() && apiMessage.isEmpty() && !bodyExcerpt.isBlank()
                        ? ": " + (bodyExcerpt.length() > 200 ? bodyExcerpt.substring(0, 200) + "…" : bodyExcerpt)
                        : "";
        return statusCode + apiStatus.map(s -> " " + s).orElse("")
                + apiMessage.map(m -> ": " + m).orElse("") + detail
                + " (" + method + " " + path + ")";
    }

    /** Without the body and headers, which may hold personal data; {@link #body()} and {@link #headers()} have them. */
    @Override
    public String toString() {
        return "ErrorContext[" + describe("") + "]";
    }
}
