package io.github.unifysequences.errors;

/**
 * 403 Forbidden: the key is valid but may not perform this call (for example a Bulk API call with a key that is not user-backed).
 */
public class PermissionDeniedException extends UnifyServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception from a failed call.
     *
     * @param context the request line and the error envelope
     */
    public PermissionDeniedException(ErrorContext context) {
        super(context);
    }
}
