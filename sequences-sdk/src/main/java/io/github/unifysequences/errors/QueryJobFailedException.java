package io.github.unifysequences.errors;

import io.github.unifysequences.models.QueryJobStatus;
import org.jspecify.annotations.Nullable;

/**
 * An export stopped because its query job did not deliver: it failed, expired or was cancelled, before or during
 * the download. {@link #rowsDelivered()} says how many rows the caller already received; the cause, when there is
 * one, is the API's answer (for example {@link ResultsExpiredException}).
 *
 * <pre>{@code
 * } catch (QueryJobFailedException e) {
 *     log.warn("job {} ended {} after {} rows", e.jobId(), e.status(), e.rowsDelivered());
 * }
 * }</pre>
 */
public class QueryJobFailedException extends UnifyException {
    private static final long serialVersionUID = 1L;
    /** The job that failed. */
    private final String jobId;
    /** Its state when the export stopped. */
    private final transient QueryJobStatus status;
    /** Rows handed to the caller before it stopped. */
    private final long rowsDelivered;

    /**
     * Creates an exception.
     *
     * @param jobId the job that failed
     * @param status its state when the export stopped
     * @param rowsDelivered rows handed to the caller before it stopped
     * @param detail what the job or the API reported
     * @param cause the API's answer, or {@code null} when the job's own status told
     */
    public QueryJobFailedException(
            String jobId, QueryJobStatus status, long rowsDelivered, String detail, @Nullable Throwable cause) {
        super(
                "Query job " + jobId + " is " + status + " (" + detail + "); " + rowsDelivered
                        + " rows were delivered before it stopped",
                cause);
        this.jobId = jobId;
        this.status = status;
        this.rowsDelivered = rowsDelivered;
    }

    /** @return the job that failed */
    public String jobId() {
        return jobId;
    }

    /** @return the job's state when the export stopped: {@code FAILED}, {@code EXPIRED}, {@code CANCELED} or one this SDK does not know */
    public QueryJobStatus status() {
        return status;
    }

    /** @return rows handed to the caller before the export stopped */
    public long rowsDelivered() {
        return rowsDelivered;
    }
}
