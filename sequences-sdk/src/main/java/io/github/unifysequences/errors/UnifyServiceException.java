package io.github.unifysequences.errors;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API answered with an error status. The message reads like
 * {@code 404 not_found: Sequence not found (GET /sequences/v1/sequences/5d0f...)}.
 *
 * <p>The status, and for 409 the envelope's {@code status} (the spec's discriminator), choose the type thrown; any
 * body maps, one that is not the envelope by its HTTP status alone. A test sends each row over HTTP and checks the
 * type, so this table is what the SDK does:
 *
 * <table class="striped">
 * <caption>Error responses and the exception thrown for each</caption>
 * <thead><tr><th>HTTP status</th><th>envelope {@code status}, or what else decides</th><th>thrown</th></tr>
 * </thead>
 * <tbody>
 * <tr><td>400</td><td>any</td><td>{@link BadRequestException}</td></tr>
 * <tr><td>400</td><td>an enrollment-step update refused with {@code version_mismatch}</td>
 *     <td>{@link VersionConflictException}</td></tr>
 * <tr><td>401</td><td>any</td><td>{@link UnauthorizedException}</td></tr>
 * <tr><td>403</td><td>any</td><td>{@link PermissionDeniedException}</td></tr>
 * <tr><td>404</td><td>any</td><td>{@link NotFoundException}</td></tr>
 * <tr><td>409</td><td>{@code conflict} with {@code active_sequence_id} and {@code active_enrollment_id}</td>
 *     <td>{@link AlreadyEnrolledException}</td></tr>
 * <tr><td>409</td><td>{@code state_conflict} with {@code current_is_paused}</td>
 *     <td>{@link StateConflictException}</td></tr>
 * <tr><td>409</td><td>{@code results_not_ready}</td><td>{@link ResultsNotReadyException}</td></tr>
 * <tr><td>409</td><td>{@code results_failed}</td><td>{@link ResultsFailedException}</td></tr>
 * <tr><td>409</td><td>{@code results_canceled}</td><td>{@link ResultsCanceledException}</td></tr>
 * <tr><td>409</td><td>{@code job_not_cancelable}</td><td>{@link JobNotCancelableException}</td></tr>
 * <tr><td>409</td><td>any, on an enrollment-step update</td>
 *     <td>{@link VersionConflictException}</td></tr>
 * <tr><td>409</td><td>any other</td><td>{@link ConflictException}</td></tr>
 * <tr><td>410</td><td>any</td><td>{@link ResultsExpiredException}</td></tr>
 * <tr><td>413</td><td>any</td><td>{@link ResultsPageTooLargeException}</td></tr>
 * <tr><td>429</td><td>any</td><td>{@link RateLimitedException}</td></tr>
 * <tr><td>500 to 599</td><td>any</td><td>{@link InternalServerException}</td></tr>
 * <tr><td>any other, e.g. 408, 418, 422</td><td>any</td><td>{@code UnifyServiceException}</td></tr>
 * </tbody>
 * </table>
 */
public class UnifyServiceException extends UnifyException {
    private static final long serialVersionUID = 1L;
    private final transient ErrorContext context;

    /**
     * Creates an exception from a failed call.
     *
     * @param context the request line and the error envelope
     */
    public UnifyServiceException(ErrorContext context) {
        this(context, "");
    }

    /**
     * Creates an exception from a failed call whose body says what is wrong beside, or instead of, its message.
     *
     * @param context the request line and the error envelope
     * @param problems what the body says is wrong, put in the exception message when the envelope has no
     *     {@code message}; empty when nothing
     */
    protected UnifyServiceException(ErrorContext context, String problems) {
        super(context.describe(problems), null);
        this.context = context;
    }

    /** @return the HTTP status code */
    public int statusCode() {
        return context.statusCode();
    }

    /** @return the envelope's {@code status} string, such as {@code "conflict"}, when the body had one */
    public Optional<String> apiStatus() {
        return context.apiStatus();
    }

    /** @return the envelope's human-readable message, when the body had one */
    public Optional<String> apiMessage() {
        return context.apiMessage();
    }

    /** @return the HTTP method of the failed request */
    public String method() {
        return context.method();
    }

    /** @return the URL path of the failed request */
    public String path() {
        return context.path();
    }

    /** @return the response headers, names in lower case */
    public Map<String, List<String>> headers() {
        return context.headers();
    }

    /** @return everything known about the failed call, including the parsed body */
    public ErrorContext context() {
        return context;
    }
}
