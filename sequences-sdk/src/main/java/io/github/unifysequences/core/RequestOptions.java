package io.github.unifysequences.core;

import io.github.unifysequences.internal.Check;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Settings for one call that override the client's: the per-attempt timeout, the deadline of the whole call, the
 * number of retries, the API key and extra headers. Immutable; build with {@link #builder()}.
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

    private final @Nullable Duration timeout;
    private final @Nullable Duration deadline;
    private final @Nullable Integer maxRetries;
    private final @Nullable String apiKey;
    private final Map<String, String> headers;

    private RequestOptions(Builder builder) {
        this.timeout = builder.timeout;
        this.deadline = builder.deadline;
        this.maxRetries = builder.maxRetries;
        this.apiKey = builder.apiKey;
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

    /** @return the bound on this whole call, across its attempts and backoff, if overridden */
    public Optional<Duration> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** @return the API key this call is sent with instead of the client's, if overridden */
    public Optional<String> apiKey() {
        return Optional.ofNullable(apiKey);
    }

    /** @return the maximum number of retries for this call, if overridden */
    public Optional<Integer> maxRetries() {
        return Optional.ofNullable(maxRetries);
    }

    /** @return extra headers sent with every attempt of this call */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * @return a builder holding every setting of these options; building it unchanged gives options equal to these
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.timeout = timeout;
        builder.deadline = deadline;
        builder.maxRetries = maxRetries;
        builder.apiKey = apiKey;
        builder.headers.putAll(headers);
        return builder;
    }

    /** Equal when every setting is, the API key included. */
    @Override
    public boolean equals(Object other) {
        return other instanceof RequestOptions that
                && Objects.equals(timeout, that.timeout)
                && Objects.equals(deadline, that.deadline)
                && Objects.equals(maxRetries, that.maxRetries)
                && Objects.equals(apiKey, that.apiKey)
                && headers.equals(that.headers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeout, deadline, maxRetries, apiKey, headers);
    }

    /** Never shows the API key, only whether one is set. */
    @Override
    public String toString() {
        return "RequestOptions{timeout=" + timeout + ", deadline=" + deadline + ", maxRetries=" + maxRetries
                + ", apiKey=" + (apiKey == null ? "client's" : "set") + ", headers=" + headers.keySet() + "}";
    }

    /** Builds {@link RequestOptions}. Not thread-safe. */
    public static final class Builder {
        private @Nullable Duration timeout;
        private @Nullable Duration deadline;
        private @Nullable Integer maxRetries;
        private @Nullable String apiKey;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Builder() {}

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
         * Bounds this whole call: its attempts, the waits between them and any wait for the rate limiter (AWS SDK
         * v2's {@code apiCallTimeout}; {@link #timeout} is the per-attempt bound). When it passes, the attempt in
         * flight is cancelled, or a backoff that would end after it is not started, and the call fails with a
         * {@link io.github.unifysequences.errors.UnifyTimeoutException} naming the deadline and the attempts made.
         *
         * @param deadline a positive duration, counted from the call
         * @return this builder
         */
        public Builder deadline(Duration deadline) {
            if (deadline == null || deadline.isNegative() || deadline.isZero()) {
                throw new IllegalArgumentException("deadline must be positive, was " + deadline);
            }
            this.deadline = deadline;
            return this;
        }

        /**
         * Sends this call with another API key than the client's, for a service acting for several Unify
         * workspaces. Like the client's key it is sent only as {@code x-api-key}, shown as {@code ██} in logs and
         * removed from exception messages and from this object's {@code toString()}.
         *
         * @param apiKey the key; printable ASCII without spaces
         * @return this builder
         * @throws IllegalArgumentException if the key is blank or not allowed in an HTTP header (the message does not
         *     include it)
         */
        public Builder apiKey(String apiKey) {
            if (apiKey == null || apiKey.isBlank() || !apiKey.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
                throw new IllegalArgumentException("apiKey must be non-blank printable ASCII without spaces");
            }
            this.apiKey = apiKey;
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
                throw new IllegalArgumentException(
                        "header name must be an RFC 9110 token (letters, digits, !#$%&'*+-.^_`|~), was '"
                                + name.replaceAll("\\p{Cntrl}", "?") + "'");
            }
            if (value.chars().anyMatch(c -> c != '\t' && (c < 0x20 || c == 0x7f))) {
                throw new IllegalArgumentException(
                        "header " + name + " must not hold control characters such as CR or LF");
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
