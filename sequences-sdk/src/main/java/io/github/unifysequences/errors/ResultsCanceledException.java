package io.github.unifysequences.errors;

/**
 * 409 {@code results_canceled}: the query job was cancelled and has no results.
 */
public class ResultsCanceledException extends ConflictException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception from a failed call.
     *
     * @param context the request line and the error envelope
     */
    public ResultsCanceledException(ErrorContext context) {
        super(context);
    }
}
