package io.github.unifysequences.core;

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
 * bodies are.
 *
 * @param <T> the type of the parsed body
 */
public final class RawResponse<T> {
    private final int statusCode;
    private final T body;
    /** Builds {@link #headers} on first use; null when the map was given. */
    private final @Nullable Supplier<? extends Map<String, List<String>>> headerSource;

    private volatile @Nullable Map<String, List<String>> headers;

    /**
     * Creates the value; collections are copied so it stays immutable.
     *
     * @param statusCode the HTTP status code (2xx)
     * @param headers the response headers, names in lower case
     * @param body the parsed body
     */
    public RawResponse(int statusCode, Map<String, List<String>> headers, T body) {
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
}
