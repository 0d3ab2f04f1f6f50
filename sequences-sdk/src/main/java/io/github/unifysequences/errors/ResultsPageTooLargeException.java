package io.github.unifysequences.errors;

/**
 * 413 {@code results_page_too_large}: the requested {@code page_size} is above what the API serves (2,000 rows as JSON, 10,000 as NDJSON).
 */
public class ResultsPageTooLargeException extends UnifyServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception from a failed call.
     *
     * @param context the request line and the error envelope
     */
    public ResultsPageTooLargeException(ErrorContext context) {
        super(context);
    }
}
