package io.github.unifysequences.sandbox;

import java.util.List;
import java.util.UUID;

/**
 * A query job. Its rows are snapshotted (immutable references) when it is created, and it reports
 * IN_PROGRESS until the processing time has passed on the sandbox clock; state moves lazily
 * whenever the job is looked at, so no background thread is needed and advancing the clock is enough.
 */
final class QueryJob {
    /** A consistent reading of the job at one instant. */
    record View(
            UUID id,
            Enums.JobStatus status,
            Integer totalRows,
            String errorCode,
            long createdAt,
            long expiresAt,
            long canceledAt) {}

    final UUID id;
    private final long createdAt;
    private final long readyAt;
    private final long expiresAt;
    /** Non-null when fault injection made this job fail. */
    private final String failureCode;

    private final int totalRows;
    private List<?> rows;
    private Enums.JobStatus status = Enums.JobStatus.IN_PROGRESS;
    private long canceledAt = Json.NO_TIME;

    QueryJob(UUID id, long createdAt, long readyAt, long expiresAt, String failureCode, List<?> rows) {
        this.id = id;
        this.createdAt = createdAt;
        this.readyAt = readyAt;
        this.expiresAt = expiresAt;
        this.failureCode = failureCode;
        this.rows = rows;
        this.totalRows = rows.size();
    }

    synchronized View view(long now) {
        if (status == Enums.JobStatus.IN_PROGRESS && now >= readyAt) {
            status = failureCode == null ? Enums.JobStatus.FINISHED : Enums.JobStatus.FAILED;
        }
        if ((status == Enums.JobStatus.FINISHED || status == Enums.JobStatus.IN_PROGRESS) && now >= expiresAt) {
            status = Enums.JobStatus.EXPIRED;
        }
        if (status != Enums.JobStatus.FINISHED && status != Enums.JobStatus.IN_PROGRESS) {
            rows = null;
        }
        boolean counted = status == Enums.JobStatus.FINISHED || status == Enums.JobStatus.EXPIRED;
        return new View(
                id,
                status,
                counted ? totalRows : null,
                status == Enums.JobStatus.FAILED ? failureCode : null,
                createdAt,
                expiresAt,
                canceledAt);
    }

    /** Cancels an IN_PROGRESS job; returns false (and changes nothing) otherwise. */
    synchronized boolean cancel(long now) {
        if (view(now).status() != Enums.JobStatus.IN_PROGRESS) {
            return false;
        }
        status = Enums.JobStatus.CANCELED;
        canceledAt = now;
        rows = null;
        return true;
    }

    /** The frozen rows of a FINISHED job (callers check the status first). */
    synchronized List<?> rows() {
        return rows;
    }
}
