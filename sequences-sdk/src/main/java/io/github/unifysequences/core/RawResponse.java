package io.github.unifysequences.core;

import io.github.unifysequences.internal.Required;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A successful response with its HTTP details: what {@code withRawResponse()} views return.
 *
 * <pre>{@code
 * RawResponse<Sequence> raw = client.sequences().withRawResponse().retrieve(sequenceId);
 * String requestId = raw.header("x-request-id").orElse("-");
 * Sequence sequence = raw.body();
 * }</pre>
 *
 * <p>Immutable and safe to share between threads. Two values are equal when their status codes, headers and
 * bodies are. Instances come from the client, or from {@link #of(int, Map, Object)} and {@link #builder()} (for test
 * doubles of the raw views); there is no public constructor, so a detail added later is an addition, not a break
 * (issue #14).
 *
 * @param <T> the type of the parsed body
 */
public final class RawResponse<T> {
    private final int statusCode;
    private final T body;
    /** Builds {@link #headers} on first use; null when the map was given. */
    private final @Nullable Supplier<? extends Map<String, List<String>>> headerSource;

    private volatile @Nullable Map<String, List<String>> headers;

    private RawResponse(int statusCode, Map<String, List<String>> headers, T body) {
        this.statusCode = statusCode;
        this.headerSource = null;
        this.headers = Map.copyOf(headers);
        this.body = body;
    }

    private RawResponse(int statusCode, Supplier<? extends Map<String, List<String>>> headers, T body) {
        this.statusCode = statusCode;
        this.headerSource = headers;
        this.body = body;
    }

    /**
     * Creates the value with headers that are built only if they are asked for: most callers of the SDK never
     * look at them, so the client does not build a map for every response.
     *
     * @param statusCode the HTTP status code (2xx)
     * @param headers builds the response headers, names in lower case, on first use; may be called more than
     *     once by racing threads, so it must give equal maps each time; the map it returns is copied
     * @param body the parsed body
     * @param <T> the type of the parsed body
     * @return the value
     */
    public static <T> RawResponse<T> of(int statusCode, Supplier<? extends Map<String, List<String>>> headers, T body) {
        return new RawResponse<>(statusCode, Objects.requireNonNull(headers, "headers"), body);
    }

    /**
     * Creates the value; the headers are copied so it stays immutable.
     *
     * @param statusCode the HTTP status code (2xx)
     * @param headers the response headers, names in lower case
     * @param body the parsed body
     * @param <T> the type of the parsed body
     * @return the value
     */
    public static <T> RawResponse<T> of(int statusCode, Map<String, List<String>> headers, T body) {
        return new RawResponse<>(statusCode, headers, body);
    }

    /**
     * @param <T> the type of the parsed body
     * @return a builder of a 200 response with no headers and no body yet, for test doubles of the raw views
     */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder<T> toBuilder() {
        Builder<T> builder = new Builder<>();
        builder.statusCode = statusCode;
        builder.headers = headers();
        builder.body = body;
        return builder;
    }

    /** @return the HTTP status code (2xx) */
    public int statusCode() {
        return statusCode;
    }

    /** @return the response headers, names in lower case; an immutable map */
    public Map<String, List<String>> headers() {
        Map<String, List<String>> map = headers;
        if (map == null) {
            // Racing threads may both build the map; they build equal ones, so either may win. Not null: one of
            // headers and headerSource is always set.
            map = Map.copyOf(Objects.requireNonNull(headerSource).get());
            headers = map;
        }
        return map;
    }

    /** @return the parsed body */
    public T body() {
        return body;
    }

    /**
     * @param name a header name, matched case-insensitively
     * @return the first value of the header, if present
     */
    public Optional<String> header(String name) {
        List<String> values = headers().get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RawResponse<?> that
                && statusCode == that.statusCode
                && headers().equals(that.headers())
                && Objects.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Integer.hashCode(statusCode) + headers().hashCode()) + Objects.hashCode(body);
    }

    @Override
    public String toString() {
        return "RawResponse[statusCode=" + statusCode + ", headers=" + headers() + ", body=" + body + "]";
    }

    /**
     * Builds a {@link RawResponse}, for test doubles of the raw views; {@link #build()} checks that the body is set.
     *
     * @param <T> the type of the parsed body
     */
    public static final class Builder<T> {
        private int statusCode = 200;
        private Map<String, List<String>> headers = Map.of();
        private @Nullable T body;

        private Builder() {}

        /**
         * @param statusCode the HTTP status code (2xx); 200 unless set
         * @return this builder
         */
        public Builder<T> statusCode(int statusCode) {
            this.statusCode = statusCode;
            return this;
        }

        /**
         * @param headers the response headers, names in lower case, copied when built; none unless set
         * @return this builder
         */
        public Builder<T> headers(Map<String, List<String>> headers) {
            this.headers = Objects.requireNonNull(headers, "headers");
            return this;
        }

        /**
         * @param body the parsed body; required
         * @return this builder
         */
        public Builder<T> body(T body) {
            this.body = Objects.requireNonNull(body, "body");
            return this;
        }

        /**
         * @return a new {@code RawResponse}
         * @throws IllegalStateException if the body was not set
         */
        public RawResponse<T> build() {
            return new RawResponse<>(statusCode, headers, Required.field(body, "RawResponse", "body"));
        }
    }
}
