package io.github.unifysequences.models;

import com.google.gson.JsonObject;
import io.github.unifysequences.internal.Required;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One row of an enrollment steps query job: a step of an enrollment as the Bulk API exports it.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class SequenceEnrollmentStep {
    private final String id;
    private final OffsetDateTime updatedAt;
    private final @Nullable StepType type;
    private final EnrollmentStepStatus status;
    private final boolean isBlocked;
    private final boolean isBounced;
    private final boolean isCanceled;
    private final boolean isOptedOut;
    private final boolean isPaused;
    private final boolean isReplied;
    private final BulkSequence sequence;
    private final @Nullable Integer stepNumber;
    private final @Nullable OffsetDateTime startedAt;
    private final @Nullable OffsetDateTime endedAt;
    private final String enrollmentId;
    private final BulkMailbox mailbox;
    private final BulkPerson person;
    private final @Nullable BulkEmailMessage emailMessage;
    private final @Nullable ReplyMessage replyEmailMessage;
    private final RawJson rawJson;

    private SequenceEnrollmentStep(Builder builder) {
        this.id = Required.field(builder.id, "SequenceEnrollmentStep", "id");
        this.updatedAt = Required.field(builder.updatedAt, "SequenceEnrollmentStep", "updatedAt");
        this.type = builder.type;
        this.status = Required.field(builder.status, "SequenceEnrollmentStep", "status");
        this.isBlocked = builder.isBlocked;
        this.isBounced = builder.isBounced;
        this.isCanceled = builder.isCanceled;
        this.isOptedOut = builder.isOptedOut;
        this.isPaused = builder.isPaused;
        this.isReplied = builder.isReplied;
        this.sequence = Required.field(builder.sequence, "SequenceEnrollmentStep", "sequence");
        this.stepNumber = builder.stepNumber;
        this.startedAt = builder.startedAt;
        this.endedAt = builder.endedAt;
        this.enrollmentId = Required.field(builder.enrollmentId, "SequenceEnrollmentStep", "enrollmentId");
        this.mailbox = Required.field(builder.mailbox, "SequenceEnrollmentStep", "mailbox");
        this.person = Required.field(builder.person, "SequenceEnrollmentStep", "person");
        this.emailMessage = builder.emailMessage;
        this.replyEmailMessage = builder.replyEmailMessage;
        this.rawJson = builder.rawJson;
    }

    /** @return the enrollment step id */
    public String id() {
        return id;
    }

    /** @return when the step last changed */
    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    /** @return the step's type, if known yet */
    public Optional<StepType> type() {
        return Optional.ofNullable(type);
    }

    /** @return the step's status */
    public EnrollmentStepStatus status() {
        return status;
    }

    /** @return whether sending is blocked */
    public boolean isBlocked() {
        return isBlocked;
    }

    /** @return whether the step's email bounced */
    public boolean isBounced() {
        return isBounced;
    }

    /** @return whether the step was cancelled */
    public boolean isCanceled() {
        return isCanceled;
    }

    /** @return whether the person opted out */
    public boolean isOptedOut() {
        return isOptedOut;
    }

    /** @return whether the step is paused */
    public boolean isPaused() {
        return isPaused;
    }

    /** @return whether the person replied */
    public boolean isReplied() {
        return isReplied;
    }

    /** @return the sequence, with the version the step ran on */
    public BulkSequence sequence() {
        return sequence;
    }

    /** @return the 1-based position in the enrollment, once fixed (branching sequences fix it late) */
    public Optional<Integer> stepNumber() {
        return Optional.ofNullable(stepNumber);
    }

    /** @return when the step started, once it has */
    public Optional<OffsetDateTime> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    /** @return when the step ended, once it has */
    public Optional<OffsetDateTime> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    /** @return the enrollment the step belongs to */
    public String enrollmentId() {
        return enrollmentId;
    }

    /** @return the enrollment's mailbox */
    public BulkMailbox mailbox() {
        return mailbox;
    }

    /** @return the enrollment's person */
    public BulkPerson person() {
        return person;
    }

    /** @return the email the step sent, if it sent one */
    public Optional<BulkEmailMessage> emailMessage() {
        return Optional.ofNullable(emailMessage);
    }

    /** @return the person's reply, if they replied */
    public Optional<ReplyMessage> replyEmailMessage() {
        return Optional.ofNullable(replyEmailMessage);
    }

    /** @return the row as received, including fields this SDK version does not know */
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
        builder.updatedAt = updatedAt;
        builder.type = type;
        builder.status = status;
        builder.isBlocked = isBlocked;
        builder.isBounced = isBounced;
        builder.isCanceled = isCanceled;
        builder.isOptedOut = isOptedOut;
        builder.isPaused = isPaused;
        builder.isReplied = isReplied;
        builder.sequence = sequence;
        builder.stepNumber = stepNumber;
        builder.startedAt = startedAt;
        builder.endedAt = endedAt;
        builder.enrollmentId = enrollmentId;
        builder.mailbox = mailbox;
        builder.person = person;
        builder.emailMessage = emailMessage;
        builder.replyEmailMessage = replyEmailMessage;
        builder.rawJson = rawJson;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SequenceEnrollmentStep that
                && Objects.equals(id, that.id)
                && Objects.equals(updatedAt, that.updatedAt)
                && Objects.equals(type, that.type)
                && Objects.equals(status, that.status)
                && isBlocked == that.isBlocked
                && isBounced == that.isBounced
                && isCanceled == that.isCanceled
                && isOptedOut == that.isOptedOut
                && isPaused == that.isPaused
                && isReplied == that.isReplied
                && Objects.equals(sequence, that.sequence)
                && Objects.equals(stepNumber, that.stepNumber)
                && Objects.equals(startedAt, that.startedAt)
                && Objects.equals(endedAt, that.endedAt)
                && Objects.equals(enrollmentId, that.enrollmentId)
                && Objects.equals(mailbox, that.mailbox)
                && Objects.equals(person, that.person)
                && Objects.equals(emailMessage, that.emailMessage)
                && Objects.equals(replyEmailMessage, that.replyEmailMessage)
                && Objects.equals(rawJson, that.rawJson);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                id,
                updatedAt,
                type,
                status,
                isBlocked,
                isBounced,
                isCanceled,
                isOptedOut,
                isPaused,
                isReplied,
                sequence,
                stepNumber,
                startedAt,
                endedAt,
                enrollmentId,
                mailbox,
                person,
                emailMessage,
                replyEmailMessage,
                rawJson);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "SequenceEnrollmentStep[" + "id=" + id()
                + ", updatedAt=" + updatedAt()
                + ", type=" + type()
                + ", status=" + status()
                + ", isBlocked=" + isBlocked()
                + ", isBounced=" + isBounced()
                + ", isCanceled=" + isCanceled()
                + ", isOptedOut=" + isOptedOut()
                + ", isPaused=" + isPaused()
                + ", isReplied=" + isReplied()
                + ", sequence=" + sequence()
                + ", stepNumber=" + stepNumber()
                + ", startedAt=" + startedAt()
                + ", endedAt=" + endedAt()
                + ", enrollmentId=" + enrollmentId()
                + ", mailbox=" + mailbox()
                + ", person=" + person()
                + ", emailMessage=" + emailMessage()
                + ", replyEmailMessage=" + replyEmailMessage()
                + ", rawJson=" + rawJson() + "]";
    }

    /**
     * Builds a {@link SequenceEnrollmentStep}, for tests and fixtures; {@link #build()} checks that every required
     *     field is set.
     */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable OffsetDateTime updatedAt;
        private @Nullable StepType type;
        private @Nullable EnrollmentStepStatus status;
        private boolean isBlocked;
        private boolean isBounced;
        private boolean isCanceled;
        private boolean isOptedOut;
        private boolean isPaused;
        private boolean isReplied;
        private @Nullable BulkSequence sequence;
        private @Nullable Integer stepNumber;
        private @Nullable OffsetDateTime startedAt;
        private @Nullable OffsetDateTime endedAt;
        private @Nullable String enrollmentId;
        private @Nullable BulkMailbox mailbox;
        private @Nullable BulkPerson person;
        private @Nullable BulkEmailMessage emailMessage;
        private @Nullable ReplyMessage replyEmailMessage;
        private RawJson rawJson = RawJson.of(new JsonObject());

        private Builder() {}

        /**
         * @param id the enrollment step id; required
         * @return this builder
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * @param updatedAt when the step last changed; required
         * @return this builder
         */
        public Builder updatedAt(OffsetDateTime updatedAt) {
            this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
            return this;
        }

        /**
         * @param type the step's type, if known yet; {@code null} for none
         * @return this builder
         */
        public Builder type(@Nullable StepType type) {
            this.type = type;
            return this;
        }

        /**
         * @param status the step's status; required
         * @return this builder
         */
        public Builder status(EnrollmentStepStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * @param isBlocked whether sending is blocked
         * @return this builder
         */
        public Builder isBlocked(boolean isBlocked) {
            this.isBlocked = isBlocked;
            return this;
        }

        /**
         * @param isBounced whether the step's email bounced
         * @return this builder
         */
        public Builder isBounced(boolean isBounced) {
            this.isBounced = isBounced;
            return this;
        }

        /**
         * @param isCanceled whether the step was cancelled
         * @return this builder
         */
        public Builder isCanceled(boolean isCanceled) {
            this.isCanceled = isCanceled;
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
         * @param isPaused whether the step is paused
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
         * @param sequence the sequence, with the version the step ran on; required
         * @return this builder
         */
        public Builder sequence(BulkSequence sequence) {
            this.sequence = Objects.requireNonNull(sequence, "sequence");
            return this;
        }

        /**
         * @param stepNumber the 1-based position in the enrollment, once fixed (branching sequences fix it late);
         *     {@code null} for none
         * @return this builder
         */
        public Builder stepNumber(@Nullable Integer stepNumber) {
            this.stepNumber = stepNumber;
            return this;
        }

        /**
         * @param startedAt when the step started, once it has; {@code null} for none
         * @return this builder
         */
        public Builder startedAt(@Nullable OffsetDateTime startedAt) {
            this.startedAt = startedAt;
            return this;
        }

        /**
         * @param endedAt when the step ended, once it has; {@code null} for none
         * @return this builder
         */
        public Builder endedAt(@Nullable OffsetDateTime endedAt) {
            this.endedAt = endedAt;
            return this;
        }

        /**
         * @param enrollmentId the enrollment the step belongs to; required
         * @return this builder
         */
        public Builder enrollmentId(String enrollmentId) {
            this.enrollmentId = Objects.requireNonNull(enrollmentId, "enrollmentId");
            return this;
        }

        /**
         * @param mailbox the enrollment's mailbox; required
         * @return this builder
         */
        public Builder mailbox(BulkMailbox mailbox) {
            this.mailbox = Objects.requireNonNull(mailbox, "mailbox");
            return this;
        }

        /**
         * @param person the enrollment's person; required
         * @return this builder
         */
        public Builder person(BulkPerson person) {
            this.person = Objects.requireNonNull(person, "person");
            return this;
        }

        /**
         * @param emailMessage the email the step sent, if it sent one; {@code null} for none
         * @return this builder
         */
        public Builder emailMessage(@Nullable BulkEmailMessage emailMessage) {
            this.emailMessage = emailMessage;
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
         * @param rawJson the row as received, including fields this SDK version does not know; an empty object
         *     unless set
         * @return this builder
         */
        public Builder rawJson(RawJson rawJson) {
            this.rawJson = Objects.requireNonNull(rawJson, "rawJson");
            return this;
        }

        /**
         * @return a new {@code SequenceEnrollmentStep}
         * @throws IllegalStateException if a required field ({@code id}, {@code updatedAt}, {@code status}, {@code
         *     sequence}, {@code enrollmentId}, {@code mailbox}, {@code person}) was not set
         */
        public SequenceEnrollmentStep build() {
            return new SequenceEnrollmentStep(this);
        }
    }
}
