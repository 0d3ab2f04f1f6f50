package io.github.unifysequences.errors;

/**
 * 409 Conflict: the request conflicts with the current state. See {@link AlreadyEnrolledException} and {@link StateConflictException} for the two documented kinds; approving an enrollment that is not awaiting approval arrives as this type.
 */
public class ConflictException extends UnifyServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception from a failed call.
     *
     * @param context the request line and the error envelope
     */
    public ConflictException(ErrorContext context) {
        super(context);
    }
}
