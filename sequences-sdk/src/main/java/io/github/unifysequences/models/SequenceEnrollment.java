package io.github.unifysequences.models;

import com.google.gson.JsonObject;
import io.github.unifysequences.internal.Required;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One row of an enrollments query job: an enrollment as the Bulk API exports it. Unlike {@link Enrollment}, its
 * ids are the API's plain strings.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class SequenceEnrollment {
    private final String id;
    private final OffsetDateTime updatedAt;
    private final EnrollmentStatus status;
    private final boolean isBlocked;
    private final boolean isBounced;
    private final boolean isCanceled;
    private final boolean isOptedOut;
    private final boolean isPaused;
    private final boolean isReplied;
    private final @Nullable Integer version;
    private final @Nullable OffsetDateTime startedAt;
    private final @Nullable OffsetDateTime endedAt;
    private final BulkSequence sequence;
    private final BulkMailbox mailbox;
    private final BulkPerson person;
    private final @Nullable BulkPlay enrolledByPlay;
    private final @Nullable ReplyMessage replyEmailMessage;
    private final RawJson rawJson;

    private SequenceEnrollment(Builder builder) {
        this.id = Required.field(builder.id, "SequenceEnrollment", "id");
        this.updatedAt = Required.field(builder.updatedAt, "SequenceEnrollment", "updatedAt");
        this.status = Required.field(builder.status, "SequenceEnrollment", "status");
        this.isBlocked = builder.isBlocked;
        this.isBounced = builder.isBounced;
        this.isCanceled = builder.isCanceled;
        this.isOptedOut = builder.isOptedOut;
        this.isPaused = builder.isPaused;
        this.isReplied = builder.isReplied;
        this.version = builder.version;
        this.startedAt = builder.startedAt;
        this.endedAt = builder.endedAt;
        this.sequence = Required.field(builder.sequence, "SequenceEnrollment", "sequence");
        this.mailbox = Required.field(builder.mailbox, "SequenceEnrollment", "mailbox");
        this.person = Required.field(builder.person, "SequenceEnrollment", "person");
        this.enrolledByPlay = builder.enrolledByPlay;
        this.replyEmailMessage = builder.replyEmailMessage;
        this.rawJson = builder.rawJson;
    }

    /** @return the enrollment id */
    public String id() {
        return id;
    }

    /** @return when the enrollment last changed */
    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    /** @return draft, in progress or finished */
    public EnrollmentStatus status() {
        return status;
    }

    /** @return whether sending is blocked */
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

    /** @return the enrollment's version, if known */
    public Optional<Integer> version() {
        return Optional.ofNullable(version);
    }

    /** @return when the first step started, once it has */
    public Optional<OffsetDateTime> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    /** @return when the enrollment ended, once it has */
    public Optional<OffsetDateTime> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    /** @return the sequence enrolled in */
    public BulkSequence sequence() {
        return sequence;
    }

    /** @return the mailbox the emails are sent from */
    public BulkMailbox mailbox() {
        return mailbox;
    }

    /** @return the person enrolled */
    public BulkPerson person() {
        return person;
    }

    /** @return the play that created the enrollment, if a play did */
    public Optional<BulkPlay> enrolledByPlay() {
        return Optional.ofNullable(enrolledByPlay);
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
        builder.status = status;
        builder.isBlocked = isBlocked;
        builder.isBounced = isBounced;
        builder.isCanceled = isCanceled;
        builder.isOptedOut = isOptedOut;
        builder.isPaused = isPaused;
        builder.isReplied = isReplied;
        builder.version = version;
        builder.startedAt = startedAt;
        builder.endedAt = endedAt;
        builder.sequence = sequence;
        builder.mailbox = mailbox;
        builder.person = person;
        builder.enrolledByPlay = enrolledByPlay;
        builder.replyEmailMessage = replyEmailMessage;
        builder.rawJson = rawJson;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SequenceEnrollment that
                && Objects.equals(id, that.id)
                && Objects.equals(updatedAt, that.updatedAt)
                && Objects.equals(status, that.status)
                && isBlocked == that.isBlocked
                && isBounced == that.isBounced
                && isCanceled == that.isCanceled
                && isOptedOut == that.isOptedOut
                && isPaused == that.isPaused
                && isReplied == that.isReplied
                && Objects.equals(version, that.version)
                && Objects.equals(startedAt, that.startedAt)
                && Objects.equals(endedAt, that.endedAt)
                && Objects.equals(sequence, that.sequence)
                && Objects.equals(mailbox, that.mailbox)
                && Objects.equals(person, that.person)
                && Objects.equals(enrolledByPlay, that.enrolledByPlay)
                && Objects.equals(replyEmailMessage, that.replyEmailMessage)
                && Objects.equals(rawJson, that.rawJson);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                id,
                updatedAt,
                status,
                isBlocked,
                isBounced,
                isCanceled,
                isOptedOut,
                isPaused,
                isReplied,
                version,
                startedAt,
                endedAt,
                sequence,
                mailbox,
                person,
                enrolledByPlay,
                replyEmailMessage,
                rawJson);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "SequenceEnrollment[" + "id=" + id()
                + ", updatedAt=" + updatedAt()
                + ", status=" + status()
                + ", isBlocked=" + isBlocked()
                + ", isBounced=" + isBounced()
                + ", isCanceled=" + isCanceled()
                + ", isOptedOut=" + isOptedOut()
                + ", isPaused=" + isPaused()
                + ", isReplied=" + isReplied()
                + ", version=" + version()
                + ", startedAt=" + startedAt()
                + ", endedAt=" + endedAt()
                + ", sequence=" + sequence()
                + ", mailbox=" + mailbox()
                + ", person=" + person()
                + ", enrolledByPlay=" + enrolledByPlay()
                + ", replyEmailMessage=" + replyEmailMessage()
                + ", rawJson=" + rawJson() + "]";
    }

    /**
     * Builds a {@link SequenceEnrollment}, for tests and fixtures; {@link #build()} checks that every required
     *     field is set.
     */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable OffsetDateTime updatedAt;
        private @Nullable EnrollmentStatus status;
        private boolean isBlocked;
        private boolean isBounced;
        private boolean isCanceled;
        private boolean isOptedOut;
        private boolean isPaused;
        private boolean isReplied;
        private @Nullable Integer version;
        private @Nullable OffsetDateTime startedAt;
        private @Nullable OffsetDateTime endedAt;
        private @Nullable BulkSequence sequence;
        private @Nullable BulkMailbox mailbox;
        private @Nullable BulkPerson person;
        private @Nullable BulkPlay enrolledByPlay;
        private @Nullable ReplyMessage replyEmailMessage;
        private RawJson rawJson = RawJson.of(new JsonObject());

        private Builder() {}

        /**
         * @param id the enrollment id; required
         * @return this builder
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
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
         * @param status draft, in progress or finished; required
         * @return this builder
         */
        public Builder status(EnrollmentStatus status) {
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
         * @param version the enrollment's version, if known; {@code null} for none
         * @return this builder
         */
        public Builder version(@Nullable Integer version) {
            this.version = version;
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
         * @param sequence the sequence enrolled in; required
         * @return this builder
         */
        public Builder sequence(BulkSequence sequence) {
            this.sequence = Objects.requireNonNull(sequence, "sequence");
            return this;
        }

        /**
         * @param mailbox the mailbox the emails are sent from; required
         * @return this builder
         */
        public Builder mailbox(BulkMailbox mailbox) {
            this.mailbox = Objects.requireNonNull(mailbox, "mailbox");
            return this;
        }

        /**
         * @param person the person enrolled; required
         * @return this builder
         */
        public Builder person(BulkPerson person) {
            this.person = Objects.requireNonNull(person, "person");
            return this;
        }

        /**
         * @param enrolledByPlay the play that created the enrollment, if a play did; {@code null} for none
         * @return this builder
         */
        public Builder enrolledByPlay(@Nullable BulkPlay enrolledByPlay) {
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
         * @param rawJson the row as received, including fields this SDK version does not know; an empty object
         *     unless set
         * @return this builder
         */
        public Builder rawJson(RawJson rawJson) {
            this.rawJson = Objects.requireNonNull(rawJson, "rawJson");
            return this;
        }

        /**
         * @return a new {@code SequenceEnrollment}
         * @throws IllegalStateException if a required field ({@code id}, {@code updatedAt}, {@code status}, {@code
         *     sequence}, {@code mailbox}, {@code person}) was not set
         */
        public SequenceEnrollment build() {
            return new SequenceEnrollment(this);
        }
    }
}
