package io.github.unifysequences.errors;

/**
 * 401 Unauthorized: the API key is missing, invalid or revoked. Not retried.
 */
public class UnauthorizedException extends UnifyServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception from a failed call.
     *
     * @param context the request line and the error envelope
     */
    public UnauthorizedException(ErrorContext context) {
        super(context);
    }
}
