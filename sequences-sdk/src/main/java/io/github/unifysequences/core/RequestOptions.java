package io.github.unifysequences.core;

import io.github.unifysequences.models.Check;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Settings for one call that override the client's: the per-attempt timeout, the number of retries and
 * extra headers. Immutable; build with {@link #builder()}.
 *
 * <pre>{@code
 * RequestOptions slowCall = RequestOptions.builder()
 *         .timeout(Duration.ofMinutes(2))
 *         .maxRetries(0)
 *         .header("x-request-source", "nightly-sync")
 *         .build();
 * client.sequences().retrieve(sequenceId, slowCall);
 * }</pre>
 */
public final class RequestOptions {
    /** RFC 9110 tchar: what a header name may hold. */
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final RequestOptions NONE = builder().build();
    private static final Set<String> RESERVED = Set.of("x-api-key", "user-agent", "x-unify-sdk-attempt");

    private final Duration timeout;
    private final Integer maxRetries;
    private final Map<String, String> headers;

    private RequestOptions(Builder builder) {
        this.timeout = builder.timeout;
        this.maxRetries = builder.maxRetries;
        this.headers = Map.copyOf(builder.headers);
    }

    /** @return options that override nothing */
    public static RequestOptions none() {
        return NONE;
    }

    /** @return a builder with nothing overridden */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the per-attempt call timeout for this call, if overridden */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** @return the maximum number of retries for this call, if overridden */
    public Optional<Integer> maxRetries() {
        return Optional.ofNullable(maxRetries);
    }

    /** @return extra headers sent with every attempt of this call */
    public Map<String, String> headers() {
        return headers;
    }

    @Override
    public String toString() {
        return "RequestOptions{timeout=" + timeout + ", maxRetries=" + maxRetries + ", headers=" + headers.keySet() + "}";
    }

    /** Builds {@link RequestOptions}. Not thread-safe. */
    public static final class Builder {
        private Duration timeout;
        private Integer maxRetries;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Bounds each attempt of this call (connect, write, server time and reading the body).
         *
         * @param timeout a positive duration of at most a day
         * @return this builder
         * @throws IllegalArgumentException naming the setting, if it is null, not positive or longer than a day
         */
        public Builder timeout(Duration timeout) {
            this.timeout = Check.duration("timeout", timeout);
            return this;
        }

        /**
         * Sets how many times this call may be retried after the first attempt.
         *
         * @param maxRetries 0 or more; 0 disables retries for this call
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * Adds a header to every attempt of this call. The SDK's own headers ({@code x-api-key},
         * {@code User-Agent}, {@code x-unify-sdk-attempt}) cannot be overridden.
         *
         * @param name the header name
         * @param value the header value
         * @return this builder
         */
        public Builder header(String name, String value) {
            if (name == null || name.isBlank() || value == null) {
                throw new IllegalArgumentException("header name and value are required");
            }
            // Checked here, not by OkHttp when the request is built: a CR or LF would otherwise end the header.
            if (!TOKEN.matcher(name).matches()) {
                throw new IllegalArgumentException("header name must be an RFC 9110 token (letters, digits, !#$%&'*+-.^_`|~), was '"
                        + name.replaceAll("\\p{Cntrl}", "?") + "'");
            }
            if (value.chars().anyMatch(c -> c != '\t' && (c < 0x20 || c == 0x7f))) {
                throw new IllegalArgumentException("header " + name + " must not hold control characters such as CR or LF");
            }
            if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("header " + name + " is set by the SDK and cannot be overridden");
            }
            headers.put(name, value);
            return this;
        }

        /** @return the options */
        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
