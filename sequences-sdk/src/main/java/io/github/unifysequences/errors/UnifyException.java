package io.github.unifysequences.errors;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception the SDK throws. All SDK exceptions are unchecked.
 *
 * <p>Catch this type to handle any failure of a Unify call; catch a subclass to react to one kind:
 * {@link UnifyServiceException} when the API answered with an error status, {@link UnifyIoException}
 * when the network failed, {@link InvalidResponseException} when the answer could not be read.
 * No exception message or {@code toString()} ever contains the API key.
 *
 * <p>{@link #outcomeUnknown()} tells whether a failed write may nevertheless have been applied.
 */
public class UnifyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Appended to the message once the outcome is known to be unknown. */
    private static final String OUTCOME_UNKNOWN_NOTE =
            " [outcome unknown: the request reached the server and may have been"
                    + " applied; retrieve the resource before trying again]";
    /** Set once, by the SDK's pipeline, before the exception reaches the caller. */
    private volatile boolean outcomeUnknown;

    /**
     * Creates an exception.
     *
     * @param message what went wrong
     * @param cause the underlying failure, or {@code null}
     */
    public UnifyException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether the failed request was a write that reached the server and failed in a way that hides whether it
     * took effect: a timeout or dropped connection after sending, a 408 or a 5xx answer, or an ambiguous
     * enrollment create whose follow-up lookup failed. The SDK does not resend such a write when repeating it
     * could act twice ({@code approve}, an enrollment step update, a query-job create); check the resource
     * (retrieve or list) before trying again. Always {@code false} for reads and for failures the server
     * answered definitively (a 4xx other than 408, or a failure before anything was sent).
     *
     * @return {@code true} if the request may have been applied despite this exception
     */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    /**
     * Records that the request may have been applied (see {@link #outcomeUnknown()}); the SDK calls this as it
     * gives up on an ambiguous write, and the message then says so.
     */
    public void markOutcomeUnknown() {
        outcomeUnknown = true;
    }

    @Override
    public @Nullable String getMessage() {
        String message = super.getMessage();
        return outcomeUnknown ? message + OUTCOME_UNKNOWN_NOTE : message;
    }
}
