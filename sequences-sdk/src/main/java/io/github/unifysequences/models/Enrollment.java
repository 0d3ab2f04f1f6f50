package io.github.unifysequences.models;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * A person enrolled in a sequence, sending from a mailbox.
 *
 * @param id the enrollment id
 * @param createdAt when the enrollment was created
 * @param updatedAt when the enrollment last changed
 * @param sequence the sequence enrolled in
 * @param person the person enrolled
 * @param mailbox the mailbox the emails are sent from
 * @param enrolledByPlay the play that created the enrollment, if a play did
 * @param replyEmailMessage the person's reply, if they replied
 * @param status draft, in progress or finished
 * @param isBlocked whether sending is blocked (for example by a do-not-contact rule)
 * @param isBounced whether an email to the person bounced
 * @param isCanceled whether the enrollment was cancelled
 * @param isExcluded whether the person was excluded from the sequence
 * @param isOptedOut whether the person opted out
 * @param isPaused whether the enrollment is paused
 * @param isReplied whether the person replied
 * @param startedAt when the first step started, once it has
 * @param endedAt when the enrollment ended, once it has
 * @param isDraftApprovalPending whether a draft enrollment awaits approval; empty when the API did not send the field
 * @param rawJson the enrollment as received, including fields this SDK version does not know
 */
public record Enrollment(
        UUID id,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        SequenceRef sequence,
        Person person,
        Mailbox mailbox,
        Optional<Play> enrolledByPlay,
        Optional<ReplyMessage> replyEmailMessage,
        EnrollmentStatus status,
        boolean isBlocked,
        boolean isBounced,
        boolean isCanceled,
        boolean isExcluded,
        boolean isOptedOut,
        boolean isPaused,
        boolean isReplied,
        Optional<OffsetDateTime> startedAt,
        Optional<OffsetDateTime> endedAt,
        Optional<Boolean> isDraftApprovalPending,
        RawJson rawJson) {
}
