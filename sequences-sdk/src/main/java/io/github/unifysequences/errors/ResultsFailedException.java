package io.github.unifysequences.errors;

/**
 * 409 {@code results_failed}: the query job failed and has no results. The job's {@code errorCode()} says why.
 */
public class ResultsFailedException extends ConflictException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception from a failed call.
     *
     * @param context the request line and the error envelope
     */
    public ResultsFailedException(ErrorContext context) {
        super(context);
    }
}
