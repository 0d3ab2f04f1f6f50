package io.github.unifysequences.errors;

/**
 * 404 Not Found: the sequence, step or enrollment does not exist (or is not visible to this key).
 */
public class NotFoundException extends UnifyServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception from a failed call.
     *
     * @param context the request line and the error envelope
     */
    public NotFoundException(ErrorContext context) {
        super(context);
    }
}
