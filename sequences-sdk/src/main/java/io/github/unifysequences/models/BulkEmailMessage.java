package io.github.unifysequences.models;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The email an enrollment step sent, in a Bulk API result row.
 *
 * @param id the message id
 * @param subject the subject, if it had one
 * @param sentAt when it was sent, once it was
 * @param fromEmailAddress the sending address, if known
 * @param isBounced whether it bounced
 * @param isOptedOut whether the recipient opted out from it
 * @param clicks how many link clicks were tracked
 * @param opens how many opens were tracked
 */
public record BulkEmailMessage(String id, Optional<String> subject, Optional<OffsetDateTime> sentAt,
        Optional<String> fromEmailAddress, boolean isBounced, boolean isOptedOut, int clicks, int opens) {
}
