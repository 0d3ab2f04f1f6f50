package io.github.unifysequences.errors;

/**
 * 410 {@code results_expired}: the query job expired (24 hours after creation) and its results are gone. Create a new job.
 */
public class ResultsExpiredException extends UnifyServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception from a failed call.
     *
     * @param context the request line and the error envelope
     */
    public ResultsExpiredException(ErrorContext context) {
        super(context);
    }
}
