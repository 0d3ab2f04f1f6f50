package io.github.unifysequences.models;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The person's reply to a sequence email.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class ReplyMessage {
    private final @Nullable UUID id;
    private final @Nullable String subject;
    private final List<ReplyClassification> classifications;
    private final @Nullable OffsetDateTime receivedAt;

    private ReplyMessage(Builder builder) {
        this.id = builder.id;
        this.subject = builder.subject;
        this.classifications = List.copyOf(builder.classifications);
        this.receivedAt = builder.receivedAt;
    }

    /** @return the message id; {@code null} when the API did not send it */
    public @Nullable UUID id() {
        return id;
    }

    /** @return the reply's subject, if it had one */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    /** @return how Unify classified the reply */
    public List<ReplyClassification> classifications() {
        return classifications;
    }

    /** @return when the reply arrived, if known */
    public Optional<OffsetDateTime> receivedAt() {
        return Optional.ofNullable(receivedAt);
    }

    /** @return a builder with every optional field empty, every flag false and every list empty */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.subject = subject;
        builder.classifications = classifications;
        builder.receivedAt = receivedAt;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ReplyMessage that
                && Objects.equals(id, that.id)
                && Objects.equals(subject, that.subject)
                && Objects.equals(classifications, that.classifications)
                && Objects.equals(receivedAt, that.receivedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, subject, classifications, receivedAt);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "ReplyMessage[" + "id=" + id()
                + ", subject=" + subject()
                + ", classifications=" + classifications()
                + ", receivedAt=" + receivedAt() + "]";
    }

    /**
     * Builds a {@link ReplyMessage}, for tests and fixtures; {@link #build()} checks that every required field is
     *     set.
     */
    public static final class Builder {
        private @Nullable UUID id;
        private @Nullable String subject;
        private List<ReplyClassification> classifications = List.of();
        private @Nullable OffsetDateTime receivedAt;

        private Builder() {}

        /**
         * @param id the message id; {@code null} when unknown
         * @return this builder
         */
        public Builder id(@Nullable UUID id) {
            this.id = id;
            return this;
        }

        /**
         * @param subject the reply's subject, if it had one; {@code null} for none
         * @return this builder
         */
        public Builder subject(@Nullable String subject) {
            this.subject = subject;
            return this;
        }

        /**
         * @param classifications how Unify classified the reply; copied on {@link #build()}
         * @return this builder
         */
        public Builder classifications(List<ReplyClassification> classifications) {
            this.classifications = Objects.requireNonNull(classifications, "classifications");
            return this;
        }

        /**
         * @param receivedAt when the reply arrived, if known; {@code null} for none
         * @return this builder
         */
        public Builder receivedAt(@Nullable OffsetDateTime receivedAt) {
            this.receivedAt = receivedAt;
            return this;
        }

        /**
         * @return a new {@code ReplyMessage}
         */
        public ReplyMessage build() {
            return new ReplyMessage(this);
        }
    }
}
