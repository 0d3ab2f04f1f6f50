package io.github.unifysequences.models;

import io.github.unifysequences.internal.Required;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The email an enrollment step sent, in a Bulk API result row.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class BulkEmailMessage {
    private final String id;
    private final @Nullable String subject;
    private final @Nullable OffsetDateTime sentAt;
    private final @Nullable String fromEmailAddress;
    private final boolean isBounced;
    private final boolean isOptedOut;
    private final int clicks;
    private final int opens;

    private BulkEmailMessage(Builder builder) {
        this.id = Required.field(builder.id, "BulkEmailMessage", "id");
        this.subject = builder.subject;
        this.sentAt = builder.sentAt;
        this.fromEmailAddress = builder.fromEmailAddress;
        this.isBounced = builder.isBounced;
        this.isOptedOut = builder.isOptedOut;
        this.clicks = builder.clicks;
        this.opens = builder.opens;
    }

    /** @return the message id */
    public String id() {
        return id;
    }

    /** @return the subject, if it had one */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    /** @return when it was sent, once it was */
    public Optional<OffsetDateTime> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    /** @return the sending address, if known */
    public Optional<String> fromEmailAddress() {
        return Optional.ofNullable(fromEmailAddress);
    }

    /** @return whether it bounced */
    public boolean isBounced() {
        return isBounced;
    }

    /** @return whether the recipient opted out from it */
    public boolean isOptedOut() {
        return isOptedOut;
    }

    /** @return how many link clicks were tracked */
    public int clicks() {
        return clicks;
    }

    /** @return how many opens were tracked */
    public int opens() {
        return opens;
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
        builder.sentAt = sentAt;
        builder.fromEmailAddress = fromEmailAddress;
        builder.isBounced = isBounced;
        builder.isOptedOut = isOptedOut;
        builder.clicks = clicks;
        builder.opens = opens;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof BulkEmailMessage that
                && Objects.equals(id, that.id)
                && Objects.equals(subject, that.subject)
                && Objects.equals(sentAt, that.sentAt)
                && Objects.equals(fromEmailAddress, that.fromEmailAddress)
                && isBounced == that.isBounced
                && isOptedOut == that.isOptedOut
                && clicks == that.clicks
                && opens == that.opens;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, subject, sentAt, fromEmailAddress, isBounced, isOptedOut, clicks, opens);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "BulkEmailMessage[" + "id=" + id()
                + ", subject=" + subject()
                + ", sentAt=" + sentAt()
                + ", fromEmailAddress=" + fromEmailAddress()
                + ", isBounced=" + isBounced()
                + ", isOptedOut=" + isOptedOut()
                + ", clicks=" + clicks()
                + ", opens=" + opens() + "]";
    }

    /**
     * Builds a {@link BulkEmailMessage}, for tests and fixtures; {@link #build()} checks that every required field
     *     is set.
     */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable String subject;
        private @Nullable OffsetDateTime sentAt;
        private @Nullable String fromEmailAddress;
        private boolean isBounced;
        private boolean isOptedOut;
        private int clicks;
        private int opens;

        private Builder() {}

        /**
         * @param id the message id; required
         * @return this builder
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * @param subject the subject, if it had one; {@code null} for none
         * @return this builder
         */
        public Builder subject(@Nullable String subject) {
            this.subject = subject;
            return this;
        }

        /**
         * @param sentAt when it was sent, once it was; {@code null} for none
         * @return this builder
         */
        public Builder sentAt(@Nullable OffsetDateTime sentAt) {
            this.sentAt = sentAt;
            return this;
        }

        /**
         * @param fromEmailAddress the sending address, if known; {@code null} for none
         * @return this builder
         */
        public Builder fromEmailAddress(@Nullable String fromEmailAddress) {
            this.fromEmailAddress = fromEmailAddress;
            return this;
        }

        /**
         * @param isBounced whether it bounced
         * @return this builder
         */
        public Builder isBounced(boolean isBounced) {
            this.isBounced = isBounced;
            return this;
        }

        /**
         * @param isOptedOut whether the recipient opted out from it
         * @return this builder
         */
        public Builder isOptedOut(boolean isOptedOut) {
            this.isOptedOut = isOptedOut;
            return this;
        }

        /**
         * @param clicks how many link clicks were tracked
         * @return this builder
         */
        public Builder clicks(int clicks) {
            this.clicks = clicks;
            return this;
        }

        /**
         * @param opens how many opens were tracked
         * @return this builder
         */
        public Builder opens(int opens) {
            this.opens = opens;
            return this;
        }

        /**
         * @return a new {@code BulkEmailMessage}
         * @throws IllegalStateException if a required field ({@code id}) was not set
         */
        public BulkEmailMessage build() {
            return new BulkEmailMessage(this);
        }
    }
}
