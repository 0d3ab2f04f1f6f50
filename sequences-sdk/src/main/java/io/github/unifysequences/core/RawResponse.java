package io.github.unifysequences.core;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A successful response with its HTTP details: what {@code withRawResponse()} views return.
 *
 * <pre>{@code
 * RawResponse<Sequence> raw = client.sequences().withRawResponse().retrieve(sequenceId);
 * String requestId = raw.header("x-request-id").orElse("-");
 * Sequence sequence = raw.body();
 * }</pre>
 *
 * @param statusCode the HTTP status code (2xx)
 * @param headers the response headers, names in lower case
 * @param body the parsed body
 * @param <T> the type of the parsed body
 */
public record RawResponse<T>(int statusCode, Map<String, List<String>> headers, T body) {

    /**
     * Creates the value; collections are copied so it stays immutable.
     *
     * @param statusCode the HTTP status code (2xx)
     * @param headers the response headers, names in lower case
     * @param body the parsed body
     */
    public RawResponse {
        headers = Map.copyOf(headers);
    }

    /**
     * @param name a header name, matched case-insensitively
     * @return the first value of the header, if present
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
