package io.github.unifysequences.core;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A request for an operation this SDK version does not wrap yet (for example one a newer spec added), sent
 * through the client's own pipeline: the API key, the rate limiter, retries by idempotency, typed exceptions and
 * log redaction all apply. Immutable; validated by {@link Builder#build()}.
 *
 * <pre>{@code
 * RawResponse<RawJson> mailboxes = client.rawRequest(RawRequest.builder()
 *         .method("GET")
 *         .path("/mailboxes")
 *         .putQueryParameter("limit", "10")
 *         .build());
 * }</pre>
 *
 * <p>Retries follow the method unless {@link Builder#idempotent(boolean)} says otherwise: GET, HEAD, PUT and
 * DELETE are repeated after a transient failure; POST and PATCH only when the request provably did not reach
 * the server (or got 429), as for the SDK's own operations.
 */
public final class RawRequest {
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE");

    private final String method;
    private final String path;
    private final Map<String, List<String>> query;
    private final @Nullable JsonObject body;
    private final boolean idempotent;
    /** As set on the builder; {@code null} when {@link #idempotent} follows the method, as a copy's then does. */
    private final @Nullable Boolean idempotentSetting;

    private RawRequest(Builder b) {
        String upper = b.method == null ? null : b.method.toUpperCase(Locale.ROOT);
        if (upper == null || !METHODS.contains(upper)) {
            throw new IllegalArgumentException("method must be one of " + METHODS + ", was " + b.method);
        }
        this.method = upper;
        if (b.path == null
                || b.path.isBlank()
                || b.path.contains("://")
                || b.path.startsWith("//")
                || b.path.contains("?")
                || b.path.contains("#")) {
            throw new IllegalArgumentException("path must be a path under the base URL such as /mailboxes, without a"
                    + " host, query or fragment (use putQueryParameter), was "
                    + (b.path == null ? "null" : "'" + b.path + "'"));
        }
        if (b.body != null && (method.equals("GET") || method.equals("HEAD"))) {
            throw new IllegalArgumentException("body: a " + method + " request cannot carry one");
        }
        this.path = b.path;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        b.query.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.query = Collections.unmodifiableMap(copy);
        this.body = b.body == null ? null : b.body.deepCopy();
        this.idempotent = b.idempotent != null ? b.idempotent : IDEMPOTENT.contains(method);
        this.idempotentSetting = b.idempotent;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the HTTP method, upper case */
    public String method() {
        return method;
    }

    /** @return the path relative to the client's base URL, e.g. {@code /mailboxes} */
    public String path() {
        return path;
    }

    /** @return the query parameters in order, each with its values (a parameter with several is sent repeated) */
    public Map<String, List<String>> query() {
        return query;
    }

    /** @return a copy of the JSON body, if any */
    public Optional<JsonObject> body() {
        return Optional.ofNullable(body).map(JsonObject::deepCopy);
    }

    /** @return whether a transient failure may be retried by sending the request again */
    public boolean idempotent() {
        return idempotent;
    }

    /**
     * @return a builder holding every part of this request (an idempotency set explicitly stays set; one that
     *     follows the method keeps following it); building it unchanged gives an equal request
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.method = method;
        builder.path = path;
        query.forEach((name, values) -> builder.query.put(name, new ArrayList<>(values)));
        builder.body = body;
        builder.idempotent = idempotentSetting;
        return builder;
    }

    /** Equal when the same request would be sent, and retried alike. */
    @Override
    public boolean equals(Object other) {
        return other instanceof RawRequest that
                && method.equals(that.method)
                && path.equals(that.path)
                && query.equals(that.query)
                && Objects.equals(body, that.body)
                && idempotent == that.idempotent
                && Objects.equals(idempotentSetting, that.idempotentSetting);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, path, query, body, idempotent, idempotentSetting);
    }

    @Override
    public String toString() {
        return "RawRequest{" + method + " " + path + ", query=" + query.keySet() + ", body=" + (body != null) + "}";
    }

    /** Not thread-safe. */
    public static final class Builder {
        private @Nullable String method;
        private @Nullable String path;
        private final Map<String, List<String>> query = new LinkedHashMap<>();
        private @Nullable JsonObject body;
        private @Nullable Boolean idempotent;

        private Builder() {}

        /**
         * @param method GET, HEAD, POST, PUT, PATCH or DELETE
         * @return this builder
         */
        public Builder method(String method) {
            this.method = method;
            return this;
        }

        /**
         * @param path the path under the client's base URL, e.g. {@code /mailboxes} or {@code /sequences/{uuid}};
         *     each segment is percent-encoded as needed
         * @return this builder
         */
        public Builder path(String path) {
            this.path = path;
            return this;
        }

        /**
         * Adds a query parameter; calling it again with the same name adds another value.
         *
         * @param name the parameter's wire name
         * @param value its value as sent
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or the value null
         */
        public Builder putQueryParameter(String name, String value) {
            if (name == null || name.isBlank() || value == null) {
                throw new IllegalArgumentException(
                        "a query parameter needs a name and a value, was " + name + "=" + value);
            }
            query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            return this;
        }

        /**
         * @param body the JSON body, sent as {@code application/json}; copied. {@code null} sends none (the default)
         * @return this builder
         */
        public Builder body(@Nullable JsonObject body) {
            this.body = body == null ? null : body.deepCopy();
            return this;
        }

        /**
         * @param idempotent whether sending the request twice is harmless; defaults to the method's HTTP semantics
         * @return this builder
         */
        public Builder idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException for an unknown method, a path with a host, query or fragment, or a
         *     body on GET or HEAD
         */
        public RawRequest build() {
            return new RawRequest(this);
        }
    }
}
