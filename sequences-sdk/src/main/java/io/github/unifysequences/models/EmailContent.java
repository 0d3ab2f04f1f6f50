package io.github.unifysequences.models;

import io.github.unifysequences.internal.Required;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The email an email step sends. Subjects and body may contain template tokens such as
 * {@code {{variable::person.firstName}}}.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class EmailContent {
    private final boolean isRootMessage;
    private final @Nullable String subject;
    private final @Nullable String fallbackSubject;
    private final String body;
    private final List<String> ccRecipients;
    private final List<String> bccRecipients;

    private EmailContent(Builder builder) {
        this.isRootMessage = builder.isRootMessage;
        this.subject = builder.subject;
        this.fallbackSubject = builder.fallbackSubject;
        this.body = Required.field(builder.body, "EmailContent", "body");
        this.ccRecipients = List.copyOf(builder.ccRecipients);
        this.bccRecipients = List.copyOf(builder.bccRecipients);
    }

    /** @return whether the email starts a new thread rather than replying in the previous one */
    public boolean isRootMessage() {
        return isRootMessage;
    }

    /** @return the subject; empty for a reply in the thread */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    /** @return the subject used when a token in {@code subject} cannot be resolved */
    public Optional<String> fallbackSubject() {
        return Optional.ofNullable(fallbackSubject);
    }

    /** @return the HTML body */
    public String body() {
        return body;
    }

    /** @return the addresses copied on the email */
    public List<String> ccRecipients() {
        return ccRecipients;
    }

    /** @return the addresses blind-copied on the email */
    public List<String> bccRecipients() {
        return bccRecipients;
    }

    /** @return a builder with every optional field empty, every flag false and every list empty */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.isRootMessage = isRootMessage;
        builder.subject = subject;
        builder.fallbackSubject = fallbackSubject;
        builder.body = body;
        builder.ccRecipients = ccRecipients;
        builder.bccRecipients = bccRecipients;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof EmailContent that
                && isRootMessage == that.isRootMessage
                && Objects.equals(subject, that.subject)
                && Objects.equals(fallbackSubject, that.fallbackSubject)
                && Objects.equals(body, that.body)
                && Objects.equals(ccRecipients, that.ccRecipients)
                && Objects.equals(bccRecipients, that.bccRecipients);
    }

    @Override
    public int hashCode() {
        return Objects.hash(isRootMessage, subject, fallbackSubject, body, ccRecipients, bccRecipients);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "EmailContent[" + "isRootMessage=" + isRootMessage()
                + ", subject=" + subject()
                + ", fallbackSubject=" + fallbackSubject()
                + ", body=" + body()
                + ", ccRecipients=" + ccRecipients()
                + ", bccRecipients=" + bccRecipients() + "]";
    }

    /**
     * Builds a {@link EmailContent}, for tests and fixtures; {@link #build()} checks that every required field is
     *     set.
     */
    public static final class Builder {
        private boolean isRootMessage;
        private @Nullable String subject;
        private @Nullable String fallbackSubject;
        private @Nullable String body;
        private List<String> ccRecipients = List.of();
        private List<String> bccRecipients = List.of();

        private Builder() {}

        /**
         * @param isRootMessage whether the email starts a new thread rather than replying in the previous one
         * @return this builder
         */
        public Builder isRootMessage(boolean isRootMessage) {
            this.isRootMessage = isRootMessage;
            return this;
        }

        /**
         * @param subject the subject; empty for a reply in the thread; {@code null} for none
         * @return this builder
         */
        public Builder subject(@Nullable String subject) {
            this.subject = subject;
            return this;
        }

        /**
         * @param fallbackSubject the subject used when a token in {@code subject} cannot be resolved; {@code null}
         *     for none
         * @return this builder
         */
        public Builder fallbackSubject(@Nullable String fallbackSubject) {
            this.fallbackSubject = fallbackSubject;
            return this;
        }

        /**
         * @param body the HTML body; required
         * @return this builder
         */
        public Builder body(String body) {
            this.body = Objects.requireNonNull(body, "body");
            return this;
        }

        /**
         * @param ccRecipients the addresses copied on the email; copied on {@link #build()}
         * @return this builder
         */
        public Builder ccRecipients(List<String> ccRecipients) {
            this.ccRecipients = Objects.requireNonNull(ccRecipients, "ccRecipients");
            return this;
        }

        /**
         * @param bccRecipients the addresses blind-copied on the email; copied on {@link #build()}
         * @return this builder
         */
        public Builder bccRecipients(List<String> bccRecipients) {
            this.bccRecipients = Objects.requireNonNull(bccRecipients, "bccRecipients");
            return this;
        }

        /**
         * @return a new {@code EmailContent}
         * @throws IllegalStateException if a required field ({@code body}) was not set
         */
        public EmailContent build() {
            return new EmailContent(this);
        }
    }
}
