package io.github.unifysequences.models;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One row of an enrollment steps query job: a step of an enrollment as the Bulk API exports it.
 *
 * @param id the enrollment step id
 * @param updatedAt when the step last changed
 * @param type the step's type, if known yet
 * @param status the step's status
 * @param isBlocked whether sending is blocked
 * @param isBounced whether the step's email bounced
 * @param isCanceled whether the step was cancelled
 * @param isOptedOut whether the person opted out
 * @param isPaused whether the step is paused
 * @param isReplied whether the person replied
 * @param sequence the sequence, with the version the step ran on
 * @param stepNumber the 1-based position in the enrollment, once fixed (branching sequences fix it late)
 * @param startedAt when the step started, once it has
 * @param endedAt when the step ended, once it has
 * @param enrollmentId the enrollment the step belongs to
 * @param mailbox the enrollment's mailbox
 * @param person the enrollment's person
 * @param emailMessage the email the step sent, if it sent one
 * @param replyEmailMessage the person's reply, if they replied
 * @param rawJson the row as received, including fields this SDK version does not know
 */
public record SequenceEnrollmentStep(
        String id,
        OffsetDateTime updatedAt,
        Optional<StepType> type,
        EnrollmentStepStatus status,
        boolean isBlocked,
        boolean isBounced,
        boolean isCanceled,
        boolean isOptedOut,
        boolean isPaused,
        boolean isReplied,
        BulkSequence sequence,
        Optional<Integer> stepNumber,
        Optional<OffsetDateTime> startedAt,
        Optional<OffsetDateTime> endedAt,
        String enrollmentId,
        BulkMailbox mailbox,
        BulkPerson person,
        Optional<BulkEmailMessage> emailMessage,
        Optional<ReplyMessage> replyEmailMessage,
        RawJson rawJson) {
}
