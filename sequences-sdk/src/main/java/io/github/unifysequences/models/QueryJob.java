package io.github.unifysequences.models;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A Bulk API query job: an export of enrollments or enrollment steps that the API prepares in the background.
 * Create and cancel answer only part of the job; the other fields are then empty.
 *
 * @param id the job id ({@code job_id})
 * @param status the job's state; results exist once it is {@code FINISHED}
 * @param totalRows how many rows the results hold, once known
 * @param errorCode why the job failed, if it did
 * @param createdAt when the job was created; empty in the create and cancel answers
 * @param expiresAt when the job and its results expire; empty in the cancel answer
 * @param canceledAt when the job was cancelled, if it was
 * @param rawJson the job as received, including fields this SDK version does not know
 */
public record QueryJob(
        String id,
        QueryJobStatus status,
        OptionalLong totalRows,
        Optional<String> errorCode,
        Optional<OffsetDateTime> createdAt,
        Optional<OffsetDateTime> expiresAt,
        Optional<OffsetDateTime> canceledAt,
        RawJson rawJson) {

    /** @return whether the job has results to fetch */
    public boolean isFinished() {
        return status.value() == QueryJobStatus.Value.FINISHED;
    }
}
