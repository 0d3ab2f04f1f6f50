package io.github.unifysequences.errors;

/**
 * 409 {@code results_not_ready}: the query job has not finished, so it has no results yet. Poll the job (with backoff) until it is {@code FINISHED}, or use the export, which waits for you.
 */
public class ResultsNotReadyException extends ConflictException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception from a failed call.
     *
     * @param context the request line and the error envelope
     */
    public ResultsNotReadyException(ErrorContext context) {
        super(context);
    }
}
