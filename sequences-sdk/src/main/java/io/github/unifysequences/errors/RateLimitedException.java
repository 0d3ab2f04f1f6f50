package io.github.unifysequences.errors;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 429 {@code rate_limited}: the account exceeded its request budget (100,000 requests per five
 * minutes). The SDK retries 429s itself, waiting as long as {@code Retry-After} asks up to a cap; this is
 * thrown when the retries are used up or the server asks for a longer wait than the cap.
 */
public class RateLimitedException extends UnifyServiceException {
    private static final long serialVersionUID = 1L;
    /** The wait the server asked for, or null. */
    private final @Nullable Duration retryAfter;

    /**
     * Creates an exception from a failed call.
     *
     * @param context the request line and the error envelope
     * @param retryAfter the wait the server asked for, or {@code null} if it gave none
     */
    public RateLimitedException(ErrorContext context, @Nullable Duration retryAfter) {
        super(context);
        this.retryAfter = retryAfter;
    }

    /** @return how long the server asked to wait before the next request, from {@code Retry-After} */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
