package io.github.unifysequences.errors;

/**
 * 409 {@code job_not_cancelable}: only an {@code IN_PROGRESS} query job can be cancelled; this one has already finished, failed, expired or been cancelled.
 */
public class JobNotCancelableException extends ConflictException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception from a failed call.
     *
     * @param context the request line and the error envelope
     */
    public JobNotCancelableException(ErrorContext context) {
        super(context);
    }
}
