package io.github.unifysequences.models;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One row of an enrollments query job: an enrollment as the Bulk API exports it. Unlike {@link Enrollment}, its
 * ids are the API's plain strings.
 *
 * @param id the enrollment id
 * @param updatedAt when the enrollment last changed
 * @param status draft, in progress or finished
 * @param isBlocked whether sending is blocked
 * @param isBounced whether an email to the person bounced
 * @param isCanceled whether the enrollment was cancelled
 * @param isOptedOut whether the person opted out
 * @param isPaused whether the enrollment is paused
 * @param isReplied whether the person replied
 * @param version the enrollment's version, if known
 * @param startedAt when the first step started, once it has
 * @param endedAt when the enrollment ended, once it has
 * @param sequence the sequence enrolled in
 * @param mailbox the mailbox the emails are sent from
 * @param person the person enrolled
 * @param enrolledByPlay the play that created the enrollment, if a play did
 * @param replyEmailMessage the person's reply, if they replied
 * @param rawJson the row as received, including fields this SDK version does not know
 */
public record SequenceEnrollment(
        String id,
        OffsetDateTime updatedAt,
        EnrollmentStatus status,
        boolean isBlocked,
        boolean isBounced,
        boolean isCanceled,
        boolean isOptedOut,
        boolean isPaused,
        boolean isReplied,
        Optional<Integer> version,
        Optional<OffsetDateTime> startedAt,
        Optional<OffsetDateTime> endedAt,
        BulkSequence sequence,
        BulkMailbox mailbox,
        BulkPerson person,
        Optional<BulkPlay> enrolledByPlay,
        Optional<ReplyMessage> replyEmailMessage,
        RawJson rawJson) {
}
