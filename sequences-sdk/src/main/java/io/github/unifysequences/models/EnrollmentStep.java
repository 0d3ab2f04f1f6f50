package io.github.unifysequences.models;

import com.google.gson.JsonObject;
import io.github.unifysequences.internal.Required;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One step of one enrollment: the instance of a sequence step for a particular person.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class EnrollmentStep {
    private final UUID id;
    private final @Nullable OffsetDateTime createdAt;
    private final @Nullable OffsetDateTime updatedAt;
    private final @Nullable UUID enrollmentId;
    private final @Nullable UUID sequenceId;
    private final @Nullable UUID stepId;
    private final StepType type;
    private final EnrollmentStepStatus status;
    private final @Nullable Integer stepNumber;
    private final @Nullable EnrollmentStepEmail email;
    private final RawJson rawJson;

    private EnrollmentStep(Builder builder) {
        this.id = Required.field(builder.id, "EnrollmentStep", "id");
        this.createdAt = builder.createdAt;
        this.updatedAt = builder.updatedAt;
        this.enrollmentId = builder.enrollmentId;
        this.sequenceId = builder.sequenceId;
        this.stepId = builder.stepId;
        this.type = Required.field(builder.type, "EnrollmentStep", "type");
        this.status = Required.field(builder.status, "EnrollmentStep", "status");
        this.stepNumber = builder.stepNumber;
        this.email = builder.email;
        this.rawJson = builder.rawJson;
    }

    /** @return the enrollment step id */
    public UUID id() {
        return id;
    }

    /** @return when the step was created; {@code null} when the API did not send it */
    public @Nullable OffsetDateTime createdAt() {
        return createdAt;
    }

    /** @return when the step last changed; {@code null} when the API did not send it */
    public @Nullable OffsetDateTime updatedAt() {
        return updatedAt;
    }

    /** @return the enrollment it belongs to; {@code null} when the API did not send it */
    public @Nullable UUID enrollmentId() {
        return enrollmentId;
    }

    /** @return the sequence of that enrollment; {@code null} when the API did not send it */
    public @Nullable UUID sequenceId() {
        return sequenceId;
    }

    /** @return the sequence step it instantiates; {@code null} when the API did not send it */
    public @Nullable UUID stepId() {
        return stepId;
    }

    /** @return the step type */
    public StepType type() {
        return type;
    }

    /** @return where the step is in its lifecycle */
    public EnrollmentStepStatus status() {
        return status;
    }

    /** @return the 1-based position in the sequence, if known */
    public Optional<Integer> stepNumber() {
        return Optional.ofNullable(stepNumber);
    }

    /** @return the personalised email, for email steps */
    public Optional<EnrollmentStepEmail> email() {
        return Optional.ofNullable(email);
    }

    /** @return the step as received, including fields this SDK version does not know */
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
        builder.enrollmentId = enrollmentId;
        builder.sequenceId = sequenceId;
        builder.stepId = stepId;
        builder.type = type;
        builder.status = status;
        builder.stepNumber = stepNumber;
        builder.email = email;
        builder.rawJson = rawJson;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof EnrollmentStep that
                && Objects.equals(id, that.id)
                && Objects.equals(createdAt, that.createdAt)
                && Objects.equals(updatedAt, that.updatedAt)
                && Objects.equals(enrollmentId, that.enrollmentId)
                && Objects.equals(sequenceId, that.sequenceId)
                && Objects.equals(stepId, that.stepId)
                && Objects.equals(type, that.type)
                && Objects.equals(status, that.status)
                && Objects.equals(stepNumber, that.stepNumber)
                && Objects.equals(email, that.email)
                && Objects.equals(rawJson, that.rawJson);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                id, createdAt, updatedAt, enrollmentId, sequenceId, stepId, type, status, stepNumber, email, rawJson);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "EnrollmentStep[" + "id=" + id()
                + ", createdAt=" + createdAt()
                + ", updatedAt=" + updatedAt()
                + ", enrollmentId=" + enrollmentId()
                + ", sequenceId=" + sequenceId()
                + ", stepId=" + stepId()
                + ", type=" + type()
                + ", status=" + status()
                + ", stepNumber=" + stepNumber()
                + ", email=" + email()
                + ", rawJson=" + rawJson() + "]";
    }

    /**
     * Builds a {@link EnrollmentStep}, for tests and fixtures; {@link #build()} checks that every required field is
     *     set.
     */
    public static final class Builder {
        private @Nullable UUID id;
        private @Nullable OffsetDateTime createdAt;
        private @Nullable OffsetDateTime updatedAt;
        private @Nullable UUID enrollmentId;
        private @Nullable UUID sequenceId;
        private @Nullable UUID stepId;
        private @Nullable StepType type;
        private @Nullable EnrollmentStepStatus status;
        private @Nullable Integer stepNumber;
        private @Nullable EnrollmentStepEmail email;
        private RawJson rawJson = RawJson.of(new JsonObject());

        private Builder() {}

        /**
         * @param id the enrollment step id; required
         * @return this builder
         */
        public Builder id(UUID id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * @param createdAt when the step was created; {@code null} when unknown
         * @return this builder
         */
        public Builder createdAt(@Nullable OffsetDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * @param updatedAt when the step last changed; {@code null} when unknown
         * @return this builder
         */
        public Builder updatedAt(@Nullable OffsetDateTime updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        /**
         * @param enrollmentId the enrollment it belongs to; {@code null} when unknown
         * @return this builder
         */
        public Builder enrollmentId(@Nullable UUID enrollmentId) {
            this.enrollmentId = enrollmentId;
            return this;
        }

        /**
         * @param sequenceId the sequence of that enrollment; {@code null} when unknown
         * @return this builder
         */
        public Builder sequenceId(@Nullable UUID sequenceId) {
            this.sequenceId = sequenceId;
            return this;
        }

        /**
         * @param stepId the sequence step it instantiates; {@code null} when unknown
         * @return this builder
         */
        public Builder stepId(@Nullable UUID stepId) {
            this.stepId = stepId;
            return this;
        }

        /**
         * @param type the step type; required
         * @return this builder
         */
        public Builder type(StepType type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * @param status where the step is in its lifecycle; required
         * @return this builder
         */
        public Builder status(EnrollmentStepStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * @param stepNumber the 1-based position in the sequence, if known; {@code null} for none
         * @return this builder
         */
        public Builder stepNumber(@Nullable Integer stepNumber) {
            this.stepNumber = stepNumber;
            return this;
        }

        /**
         * @param email the personalised email, for email steps; {@code null} for none
         * @return this builder
         */
        public Builder email(@Nullable EnrollmentStepEmail email) {
            this.email = email;
            return this;
        }

        /**
         * @param rawJson the step as received, including fields this SDK version does not know; an empty object
         *     unless set
         * @return this builder
         */
        public Builder rawJson(RawJson rawJson) {
            this.rawJson = Objects.requireNonNull(rawJson, "rawJson");
            return this;
        }

        /**
         * @return a new {@code EnrollmentStep}
         * @throws IllegalStateException if a required field ({@code id}, {@code type}, {@code status}) was not set
         */
        public EnrollmentStep build() {
            return new EnrollmentStep(this);
        }
    }
}
