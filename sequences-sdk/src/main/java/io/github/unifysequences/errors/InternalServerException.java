package io.github.unifysequences.errors;

/**
 * 5xx: the API failed. Retried automatically for idempotent operations; thrown once the retries are used up.
 */
public class InternalServerException extends UnifyServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception from a failed call.
     *
     * @param context the request line and the error envelope
     */
    public InternalServerException(ErrorContext context) {
        super(context);
    }
}
