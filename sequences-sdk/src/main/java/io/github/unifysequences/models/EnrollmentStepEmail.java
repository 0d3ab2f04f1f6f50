package io.github.unifysequences.models;

import io.github.unifysequences.internal.Required;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The personalised email of an enrollment step.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class EnrollmentStepEmail {
    private final String versionId;
    private final boolean isReady;
    private final @Nullable String subject;
    private final @Nullable String fallbackSubject;
    private final @Nullable String body;

    private EnrollmentStepEmail(Builder builder) {
        this.versionId = Required.field(builder.versionId, "EnrollmentStepEmail", "versionId");
        this.isReady = builder.isReady;
        this.subject = builder.subject;
        this.fallbackSubject = builder.fallbackSubject;
        this.body = builder.body;
    }

    /** @return the version of this copy; pass it to an update so concurrent edits are detected */
    public String versionId() {
        return versionId;
    }

    /**
     * @return whether template tokens are resolved; {@code false} right after an update until Unify re-resolves
     *     them
     */
    public boolean isReady() {
        return isReady;
    }

    /** @return the subject, if set */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    /** @return the subject used when a token in {@code subject} cannot be resolved, if set */
    public Optional<String> fallbackSubject() {
        return Optional.ofNullable(fallbackSubject);
    }

    /** @return the HTML body, if set */
    public Optional<String> body() {
        return Optional.ofNullable(body);
    }

    /** @return a builder with every optional field empty, every flag false and every list empty */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.versionId = versionId;
        builder.isReady = isReady;
        builder.subject = subject;
        builder.fallbackSubject = fallbackSubject;
        builder.body = body;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof EnrollmentStepEmail that
                && Objects.equals(versionId, that.versionId)
                && isReady == that.isReady
                && Objects.equals(subject, that.subject)
                && Objects.equals(fallbackSubject, that.fallbackSubject)
                && Objects.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(versionId, isReady, subject, fallbackSubject, body);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "EnrollmentStepEmail[" + "versionId=" + versionId()
                + ", isReady=" + isReady()
                + ", subject=" + subject()
                + ", fallbackSubject=" + fallbackSubject()
                + ", body=" + body() + "]";
    }

    /**
     * Builds a {@link EnrollmentStepEmail}, for tests and fixtures; {@link #build()} checks that every required
     *     field is set.
     */
    public static final class Builder {
        private @Nullable String versionId;
        private boolean isReady;
        private @Nullable String subject;
        private @Nullable String fallbackSubject;
        private @Nullable String body;

        private Builder() {}

        /**
         * @param versionId the version of this copy; pass it to an update so concurrent edits are detected; required
         * @return this builder
         */
        public Builder versionId(String versionId) {
            this.versionId = Objects.requireNonNull(versionId, "versionId");
            return this;
        }

        /**
         * @param isReady whether template tokens are resolved; {@code false} right after an update until Unify
         *     re-resolves them
         * @return this builder
         */
        public Builder isReady(boolean isReady) {
            this.isReady = isReady;
            return this;
        }

        /**
         * @param subject the subject, if set; {@code null} for none
         * @return this builder
         */
        public Builder subject(@Nullable String subject) {
            this.subject = subject;
            return this;
        }

        /**
         * @param fallbackSubject the subject used when a token in {@code subject} cannot be resolved, if set;
         *     {@code null} for none
         * @return this builder
         */
        public Builder fallbackSubject(@Nullable String fallbackSubject) {
            this.fallbackSubject = fallbackSubject;
            return this;
        }

        /**
         * @param body the HTML body, if set; {@code null} for none
         * @return this builder
         */
        public Builder body(@Nullable String body) {
            this.body = body;
            return this;
        }

        /**
         * @return a new {@code EnrollmentStepEmail}
         * @throws IllegalStateException if a required field ({@code versionId}) was not set
         */
        public EnrollmentStepEmail build() {
            return new EnrollmentStepEmail(this);
        }
    }
}
