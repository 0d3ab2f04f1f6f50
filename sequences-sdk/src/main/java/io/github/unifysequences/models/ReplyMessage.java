package io.github.unifysequences.models;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The person's reply to a sequence email.
 *
 * @param id the message id
 * @param subject the reply's subject, if it had one
 * @param classifications how Unify classified the reply
 * @param receivedAt when the reply arrived, if known
 */
public record ReplyMessage(UUID id, Optional<String> subject, List<ReplyClassification> classifications, Optional<OffsetDateTime> receivedAt) {

    /**
     * Creates the value; collections are copied so it stays immutable.
     *
     * @param id the message id
     * @param subject the reply's subject, if it had one
     * @param classifications how Unify classified the reply
     * @param receivedAt when the reply arrived, if known
     */
    public ReplyMessage {
        classifications = List.copyOf(classifications);
    }
}
