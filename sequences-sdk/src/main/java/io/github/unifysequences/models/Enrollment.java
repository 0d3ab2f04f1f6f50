package io.github.unifysequences.models;

import com.google.gson.JsonObject;
import io.github.unifysequences.internal.Required;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person enrolled in a sequence, sending from a mailbox.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class Enrollment {
    private final UUID id;
    private final OffsetDateTime createdAt;
    private final OffsetDateTime updatedAt;
    private final SequenceRef sequence;
    private final Person person;
    private final Mailbox mailbox;
    private final @Nullable Play enrolledByPlay;
    private final @Nullable ReplyMessage replyEmailMessage;
    private final EnrollmentStatus status;
    private final boolean isBlocked;
    private final boolean isBounced;
    private final boolean isCanceled;
    private final boolean isExcluded;
    private final boolean isOptedOut;
    private final boolean isPaused;
    private final boolean isReplied;
    private final @Nullable OffsetDateTime startedAt;
    private final @Nullable OffsetDateTime endedAt;
    private final @Nullable Boolean isDraftApprovalPending;
    private final RawJson rawJson;

    private Enrollment(Builder builder) {
        this.id = Required.field(builder.id, "Enrollment", "id");
        this.createdAt = Required.field(builder.createdAt, "Enrollment", "createdAt");
        this.updatedAt = Required.field(builder.updatedAt, "Enrollment", "updatedAt");
        this.sequence = Required.field(builder.sequence, "Enrollment", "sequence");
        this.person = Required.field(builder.person, "Enrollment", "person");
        this.mailbox = Required.field(builder.mailbox, "Enrollment", "mailbox");
        this.enrolledByPlay = builder.enrolledByPlay;
        this.replyEmailMessage = builder.replyEmailMessage;
        this.status = Required.field(builder.status, "Enrollment", "status");
        this.isBlocked = builder.isBlocked;
        this.isBounced = builder.isBounced;
        this.isCanceled = builder.isCanceled;
        this.isExcluded = builder.isExcluded;
        this.isOptedOut = builder.isOptedOut;
        this.isPaused = builder.isPaused;
        this.isReplied = builder.isReplied;
        this.startedAt = builder.startedAt;
        this.endedAt = builder.endedAt;
        this.isDraftApprovalPending = builder.isDraftApprovalPending;
        this.rawJson = builder.rawJson;
    }

    /** @return the enrollment id */
    public UUID id() {
        return id;
    }

    /** @return when the enrollment was created */
    public OffsetDateTime createdAt() {
        return createdAt;
    }

    /** @return when the enrollment last changed */
    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    /** @return the sequence enrolled in */
    public SequenceRef sequence() {
        return sequence;
    }

    /** @return the person enrolled */
    public Person person() {
        return person;
    }

    /** @return the mailbox the emails are sent from */
    public Mailbox mailbox() {
        return mailbox;
    }

    /** @return the play that created the enrollment, if a play did */
    public Optional<Play> enrolledByPlay() {
        return Optional.ofNullable(enrolledByPlay);
    }

    /** @return the person's reply, if they replied */
    public Optional<ReplyMessage> replyEmailMessage() {
        return Optional.ofNullable(replyEmailMessage);
    }

    /** @return draft, in progress or finished */
    public EnrollmentStatus status() {
        return status;
    }

    /** @return whether sending is blocked (for example by a do-not-contact rule) */
    public boolean isBlocked() {
        return isBlocked;
    }

    /** @return whether an email to the person bounced */
    public boolean isBounced() {
        return isBounced;
    }

    /** @return whether the enrollment was cancelled */
    public boolean isCanceled() {
        return isCanceled;
    }

    /** @return whether the person was excluded from the sequence */
    public boolean isExcluded() {
        return isExcluded;
    }

    /** @return whether the person opted out */
    public boolean isOptedOut() {
        return isOptedOut;
    }

    /** @return whether the enrollment is paused */
    public boolean isPaused() {
        return isPaused;
    }

    /** @return whether the person replied */
    public boolean isReplied() {
        return isReplied;
    }

    /** @return when the first step started, once it has */
    public Optional<OffsetDateTime> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    /** @return when the enrollment ended, once it has */
    public Optional<OffsetDateTime> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    /** @return whether a draft enrollment awaits approval; empty when the API did not send the field */
    public Optional<Boolean> isDraftApprovalPending() {
        return Optional.ofNullable(isDraftApprovalPending);
    }

    /** @return the enrollment as received, including fields this SDK version does not know */
    public RawJson rawJson() {
        return rawJson;
    }

    /** @return a builder with every optional field empty, every flag false and every list empty */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.createdAt = createdAt;
        builder.updatedAt = updatedAt;
        builder.sequence = sequence;
        builder.person = person;
        builder.mailbox = mailbox;
        builder.enrolledByPlay = enrolledByPlay;
        builder.replyEmailMessage = replyEmailMessage;
        builder.status = status;
        builder.isBlocked = isBlocked;
        builder.isBounced = isBounced;
        builder.isCanceled = isCanceled;
        builder.isExcluded = isExcluded;
        builder.isOptedOut = isOptedOut;
        builder.isPaused = isPaused;
        builder.isReplied = isReplied;
        builder.startedAt = startedAt;
        builder.endedAt = endedAt;
        builder.isDraftApprovalPending = isDraftApprovalPending;
        builder.rawJson = rawJson;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Enrollment that
                && Objects.equals(id, that.id)
                && Objects.equals(createdAt, that.createdAt)
                && Objects.equals(updatedAt, that.updatedAt)
                && Objects.equals(sequence, that.sequence)
                && Objects.equals(person, that.person)
                && Objects.equals(mailbox, that.mailbox)
                && Objects.equals(enrolledByPlay, that.enrolledByPlay)
                && Objects.equals(replyEmailMessage, that.replyEmailMessage)
                && Objects.equals(status, that.status)
                && isBlocked == that.isBlocked
                && isBounced == that.isBounced
                && isCanceled == that.isCanceled
                && isExcluded == that.isExcluded
                && isOptedOut == that.isOptedOut
                && isPaused == that.isPaused
                && isReplied == that.isReplied
                && Objects.equals(startedAt, that.startedAt)
                && Objects.equals(endedAt, that.endedAt)
                && Objects.equals(isDraftApprovalPending, that.isDraftApprovalPending)
                && Objects.equals(rawJson, that.rawJson);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                id,
                createdAt,
                updatedAt,
                sequence,
                person,
                mailbox,
                enrolledByPlay,
                replyEmailMessage,
                status,
                isBlocked,
                isBounced,
                isCanceled,
                isExcluded,
                isOptedOut,
                isPaused,
                isReplied,
                startedAt,
                endedAt,
                isDraftApprovalPending,
                rawJson);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "Enrollment[" + "id=" + id()
                + ", createdAt=" + createdAt()
                + ", updatedAt=" + updatedAt()
                + ", sequence=" + sequence()
                + ", person=" + person()
                + ", mailbox=" + mailbox()
                + ", enrolledByPlay=" + enrolledByPlay()
                + ", replyEmailMessage=" + replyEmailMessage()
                + ", status=" + status()
                + ", isBlocked=" + isBlocked()
                + ", isBounced=" + isBounced()
                + ", isCanceled=" + isCanceled()
                + ", isExcluded=" + isExcluded()
                + ", isOptedOut=" + isOptedOut()
                + ", isPaused=" + isPaused()
                + ", isReplied=" + isReplied()
                + ", startedAt=" + startedAt()
                + ", endedAt=" + endedAt()
                + ", isDraftApprovalPending=" + isDraftApprovalPending()
                + ", rawJson=" + rawJson() + "]";
    }

    /**
     * Builds a {@link Enrollment}, for tests and fixtures; {@link #build()} checks that every required field is
     *     set.
     */
    public static final class Builder {
        private @Nullable UUID id;
        private @Nullable OffsetDateTime createdAt;
        private @Nullable OffsetDateTime updatedAt;
        private @Nullable SequenceRef sequence;
        private @Nullable Person person;
        private @Nullable Mailbox mailbox;
        private @Nullable Play enrolledByPlay;
        private @Nullable ReplyMessage replyEmailMessage;
        private @Nullable EnrollmentStatus status;
        private boolean isBlocked;
        private boolean isBounced;
        private boolean isCanceled;
        private boolean isExcluded;
        private boolean isOptedOut;
        private boolean isPaused;
        private boolean isReplied;
        private @Nullable OffsetDateTime startedAt;
        private @Nullable OffsetDateTime endedAt;
        private @Nullable Boolean isDraftApprovalPending;
        private RawJson rawJson = RawJson.of(new JsonObject());

        private Builder() {}

        /**
         * @param id the enrollment id; required
         * @return this builder
         */
        public Builder id(UUID id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * @param createdAt when the enrollment was created; required
         * @return this builder
         */
        public Builder createdAt(OffsetDateTime createdAt) {
            this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
            return this;
        }

        /**
         * @param updatedAt when the enrollment last changed; required
         * @return this builder
         */
        public Builder updatedAt(OffsetDateTime updatedAt) {
            this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
            return this;
        }

        /**
         * @param sequence the sequence enrolled in; required
         * @return this builder
         */
        public Builder sequence(SequenceRef sequence) {
            this.sequence = Objects.requireNonNull(sequence, "sequence");
            return this;
        }

        /**
         * @param person the person enrolled; required
         * @return this builder
         */
        public Builder person(Person person) {
            this.person = Objects.requireNonNull(person, "person");
            return this;
        }

        /**
         * @param mailbox the mailbox the emails are sent from; required
         * @return this builder
         */
        public Builder mailbox(Mailbox mailbox) {
            this.mailbox = Objects.requireNonNull(mailbox, "mailbox");
            return this;
        }

        /**
         * @param enrolledByPlay the play that created the enrollment, if a play did; {@code null} for none
         * @return this builder
         */
        public Builder enrolledByPlay(@Nullable Play enrolledByPlay) {
            this.enrolledByPlay = enrolledByPlay;
            return this;
        }

        /**
         * @param replyEmailMessage the person's reply, if they replied; {@code null} for none
         * @return this builder
         */
        public Builder replyEmailMessage(@Nullable ReplyMessage replyEmailMessage) {
            this.replyEmailMessage = replyEmailMessage;
            return this;
        }

        /**
         * @param status draft, in progress or finished; required
         * @return this builder
         */
        public Builder status(EnrollmentStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * @param isBlocked whether sending is blocked (for example by a do-not-contact rule)
         * @return this builder
         */
        public Builder isBlocked(boolean isBlocked) {
            this.isBlocked = isBlocked;
            return this;
        }

        /**
         * @param isBounced whether an email to the person bounced
         * @return this builder
         */
        public Builder isBounced(boolean isBounced) {
            this.isBounced = isBounced;
            return this;
        }

        /**
         * @param isCanceled whether the enrollment was cancelled
         * @return this builder
         */
        public Builder isCanceled(boolean isCanceled) {
            this.isCanceled = isCanceled;
            return this;
        }

        /**
         * @param isExcluded whether the person was excluded from the sequence
         * @return this builder
         */
        public Builder isExcluded(boolean isExcluded) {
            this.isExcluded = isExcluded;
            return this;
        }

        /**
         * @param isOptedOut whether the person opted out
         * @return this builder
         */
        public Builder isOptedOut(boolean isOptedOut) {
            this.isOptedOut = isOptedOut;
            return this;
        }

        /**
         * @param isPaused whether the enrollment is paused
         * @return this builder
         */
        public Builder isPaused(boolean isPaused) {
            this.isPaused = isPaused;
            return this;
        }

        /**
         * @param isReplied whether the person replied
         * @return this builder
         */
        public Builder isReplied(boolean isReplied) {
            this.isReplied = isReplied;
            return this;
        }

        /**
         * @param startedAt when the first step started, once it has; {@code null} for none
         * @return this builder
         */
        public Builder startedAt(@Nullable OffsetDateTime startedAt) {
            this.startedAt = startedAt;
            return this;
        }

        /**
         * @param endedAt when the enrollment ended, once it has; {@code null} for none
         * @return this builder
         */
        public Builder endedAt(@Nullable OffsetDateTime endedAt) {
            this.endedAt = endedAt;
            return this;
        }

        /**
         * @param isDraftApprovalPending whether a draft enrollment awaits approval; empty when the API did not send
         *     the field; {@code null} for none
         * @return this builder
         */
        public Builder isDraftApprovalPending(@Nullable Boolean isDraftApprovalPending) {
            this.isDraftApprovalPending = isDraftApprovalPending;
            return this;
        }

        /**
         * @param rawJson the enrollment as received, including fields this SDK version does not know; an empty
         *     object unless set
         * @return this builder
         */
        public Builder rawJson(RawJson rawJson) {
            this.rawJson = Objects.requireNonNull(rawJson, "rawJson");
            return this;
        }

        /**
         * @return a new {@code Enrollment}
         * @throws IllegalStateException if a required field ({@code id}, {@code createdAt}, {@code updatedAt},
         *     {@code sequence}, {@code person}, {@code mailbox}, {@code status}) was not set
         */
        public Enrollment build() {
            return new Enrollment(this);
        }
    }
}
