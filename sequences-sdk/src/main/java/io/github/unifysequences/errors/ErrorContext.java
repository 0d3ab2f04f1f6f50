package io.github.unifysequences.errors;

import com.google.gson.JsonObject;
import io.github.unifysequences.internal.Required;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the SDK knows about a failed call: the request line and the API's error envelope.
 *
 * <p>Immutable. Instances come from the client, or from {@link #builder()} (to build an exception in a test
 * double); there is no public constructor, so a detail the SDK adds later is an addition here, not a break
 * (issue #14). Two values are equal when all their fields are.
 */
public final class ErrorContext {

    /** How many characters of an error body {@link #bodyExcerpt()} keeps: enough to read, bounded whatever the server sends. */
    public static final int EXCERPT_CHARS = 2_000;

    private final int statusCode;
    private final @Nullable String apiStatus;
    private final @Nullable String apiMessage;
    private final String method;
    private final String path;
    private final Map<String, List<String>> headers;
    private final JsonObject body;
    private final String bodyExcerpt;

    private ErrorContext(Builder builder) {
        this.statusCode = Required.field(builder.statusCode, "ErrorContext", "statusCode");
        this.apiStatus = builder.apiStatus;
        this.apiMessage = builder.apiMessage;
        this.method = Required.field(builder.method, "ErrorContext", "method");
        this.path = Required.field(builder.path, "ErrorContext", "path");
        this.headers = Map.copyOf(builder.headers);
        this.body = builder.body.deepCopy();
        String excerpt = builder.bodyExcerpt;
        this.bodyExcerpt = excerpt.length() > EXCERPT_CHARS ? excerpt.substring(0, EXCERPT_CHARS) + "…" : excerpt;
    }

    /** @return the HTTP status code */
    public int statusCode() {
        return statusCode;
    }

    /** @return the envelope's {@code status} string (for example {@code "not_found"}), if the body had one */
    public Optional<String> apiStatus() {
        return Optional.ofNullable(apiStatus);
    }

    /** @return the envelope's human-readable {@code message}, if the body had one (optional on 400) */
    public Optional<String> apiMessage() {
        return Optional.ofNullable(apiMessage);
    }

    /** @return the HTTP method of the request */
    public String method() {
        return method;
    }

    /** @return the URL path of the request, without host or query */
    public String path() {
        return path;
    }

    /** @return the response headers (names in lower case); an immutable map */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** @return a copy of the parsed error body; an empty object when the body was not a JSON object */
    public JsonObject body() {
        return body.deepCopy();
    }

    /**
     * @return the start of the body as received (UTF-8, at most {@link #EXCERPT_CHARS} characters and an ellipsis,
     *     the API key redacted), so a body that is not the documented envelope can still be read; empty for no body
     */
    public String bodyExcerpt() {
        return bodyExcerpt;
    }

    /**
     * @param name a header name, matched case-insensitively
     * @return the first value of the response header, if present
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** @return a builder with no request line, no envelope, no headers and an empty body */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.statusCode = statusCode;
        builder.apiStatus = apiStatus;
        builder.apiMessage = apiMessage;
        builder.method = method;
        builder.path = path;
        builder.headers = headers;
        builder.body = body;
        builder.bodyExcerpt = bodyExcerpt;
        return builder;
    }

    /**
     * The exception message: the status line of the envelope; when it has no {@code message}, the problems the
     * exception read from the body instead (a 400's {@code errors[]}), or, when the body has neither {@code status}
     * nor {@code message}, a short excerpt of what it held.
     *
     * @param problems what the body says is wrong, beside its message; empty when nothing
     */
    String describe(String problems) {
        String detail = apiMessage == null && !problems.isEmpty()
                ? ": " + problems
                : apiStatus == null && apiMessage == null && !bodyExcerpt.isBlank()
                        ? ": " + (bodyExcerpt.length() > 200 ? bodyExcerpt.substring(0, 200) + "…" : bodyExcerpt)
                        : "";
        return statusCode + (apiStatus == null ? "" : " " + apiStatus)
                + (apiMessage == null ? "" : ": " + apiMessage) + detail
                + " (" + method + " " + path + ")";
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ErrorContext that
                && statusCode == that.statusCode
                && Objects.equals(apiStatus, that.apiStatus)
                && Objects.equals(apiMessage, that.apiMessage)
                && method.equals(that.method)
                && path.equals(that.path)
                && headers.equals(that.headers)
                && body.equals(that.body)
                && bodyExcerpt.equals(that.bodyExcerpt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(statusCode, apiStatus, apiMessage, method, path, headers, body, bodyExcerpt);
    }

    /** Without the body and headers, which may hold personal data; {@link #body()} and {@link #headers()} have them. */
    @Override
    public String toString() {
        return "ErrorContext[" + describe("") + "]";
    }

    /**
     * Builds an {@link ErrorContext}, for example to throw a {@link NotFoundException} from a test double;
     * {@link #build()} checks that the status code and the request line are set.
     */
    public static final class Builder {
        private @Nullable Integer statusCode;
        private @Nullable String apiStatus;
        private @Nullable String apiMessage;
        private @Nullable String method;
        private @Nullable String path;
        private Map<String, List<String>> headers = Map.of();
        private JsonObject body = new JsonObject();
        private String bodyExcerpt = "";

        private Builder() {}

        /**
         * @param statusCode the HTTP status code; required
         * @return this builder
         */
        public Builder statusCode(int statusCode) {
            this.statusCode = statusCode;
            return this;
        }

        /**
         * @param apiStatus the envelope's {@code status} string (for example {@code "not_found"}); {@code null} for
         *     none
         * @return this builder
         */
        public Builder apiStatus(@Nullable String apiStatus) {
            this.apiStatus = apiStatus;
            return this;
        }

        /**
         * @param apiMessage the envelope's human-readable {@code message}; {@code null} for none
         * @return this builder
         */
        public Builder apiMessage(@Nullable String apiMessage) {
            this.apiMessage = apiMessage;
            return this;
        }

        /**
         * @param method the HTTP method of the request; required
         * @return this builder
         */
        public Builder method(String method) {
            this.method = Objects.requireNonNull(method, "method");
            return this;
        }

        /**
         * @param path the URL path of the request, without host or query; required
         * @return this builder
         */
        public Builder path(String path) {
            this.path = Objects.requireNonNull(path, "path");
            return this;
        }

        /**
         * @param headers the response headers (names in lower case), copied when built; none unless set
         * @return this builder
         */
        public Builder headers(Map<String, List<String>> headers) {
            this.headers = Objects.requireNonNull(headers, "headers");
            return this;
        }

        /**
         * @param body the parsed error body, copied when built; an empty object unless set
         * @return this builder
         */
        public Builder body(JsonObject body) {
            this.body = Objects.requireNonNull(body, "body");
            return this;
        }

        /**
         * @param bodyExcerpt the start of the body as received; cut to {@link #EXCERPT_CHARS} characters when built;
         *     empty unless set
         * @return this builder
         */
        public Builder bodyExcerpt(String bodyExcerpt) {
            this.bodyExcerpt = Objects.requireNonNull(bodyExcerpt, "bodyExcerpt");
            return this;
        }

        /**
         * @return a new {@code ErrorContext}
         * @throws IllegalStateException if a required field ({@code statusCode}, {@code method}, {@code path}) was
         *     not set
         */
        public ErrorContext build() {
            return new ErrorContext(this);
        }
    }
}
