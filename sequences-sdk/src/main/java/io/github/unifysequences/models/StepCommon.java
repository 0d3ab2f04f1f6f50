package io.github.unifysequences.models;

import io.github.unifysequences.internal.Required;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The fields every sequence step has, whatever its type.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class StepCommon {
    private final UUID id;
    private final @Nullable String key;
    private final @Nullable OffsetDateTime createdAt;
    private final @Nullable OffsetDateTime updatedAt;
    private final @Nullable UUID sequenceId;
    private final @Nullable Integer versionNumber;
    private final List<StepDependency> dependencies;

    private StepCommon(Builder builder) {
        this.id = Required.field(builder.id, "StepCommon", "id");
        this.key = builder.key;
        this.createdAt = builder.createdAt;
        this.updatedAt = builder.updatedAt;
        this.sequenceId = builder.sequenceId;
        this.versionNumber = builder.versionNumber;
        this.dependencies = List.copyOf(builder.dependencies);
    }

    /** @return the step id */
    public UUID id() {
        return id;
    }

    /**
     * @return a stable key for the step within its sequence, such as {@code step_1}; {@code null} when the API did
     *     not send it
     */
    public @Nullable String key() {
        return key;
    }

    /** @return when the step was created; {@code null} when the API did not send it */
    public @Nullable OffsetDateTime createdAt() {
        return createdAt;
    }

    /** @return when the step was last changed; {@code null} when the API did not send it */
    public @Nullable OffsetDateTime updatedAt() {
        return updatedAt;
    }

    /** @return the sequence the step belongs to; {@code null} when the API did not send it */
    public @Nullable UUID sequenceId() {
        return sequenceId;
    }

    /** @return the version of the step's content, if versioned */
    public Optional<Integer> versionNumber() {
        return Optional.ofNullable(versionNumber);
    }

    /** @return the steps this one follows and the conditions under which it runs */
    public List<StepDependency> dependencies() {
        return dependencies;
    }

    /** @return a builder with every optional field empty, every flag false and every list empty */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.key = key;
        builder.createdAt = createdAt;
        builder.updatedAt = updatedAt;
        builder.sequenceId = sequenceId;
        builder.versionNumber = versionNumber;
        builder.dependencies = dependencies;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof StepCommon that
                && Objects.equals(id, that.id)
                && Objects.equals(key, that.key)
                && Objects.equals(createdAt, that.createdAt)
                && Objects.equals(updatedAt, that.updatedAt)
                && Objects.equals(sequenceId, that.sequenceId)
                && Objects.equals(versionNumber, that.versionNumber)
                && Objects.equals(dependencies, that.dependencies);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, key, createdAt, updatedAt, sequenceId, versionNumber, dependencies);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "StepCommon[" + "id=" + id()
                + ", key=" + key()
                + ", createdAt=" + createdAt()
                + ", updatedAt=" + updatedAt()
                + ", sequenceId=" + sequenceId()
                + ", versionNumber=" + versionNumber()
                + ", dependencies=" + dependencies() + "]";
    }

    /**
     * Builds a {@link StepCommon}, for tests and fixtures; {@link #build()} checks that every required field is
     *     set.
     */
    public static final class Builder {
        private @Nullable UUID id;
        private @Nullable String key;
        private @Nullable OffsetDateTime createdAt;
        private @Nullable OffsetDateTime updatedAt;
        private @Nullable UUID sequenceId;
        private @Nullable Integer versionNumber;
        private List<StepDependency> dependencies = List.of();

        private Builder() {}

        /**
         * @param id the step id; required
         * @return this builder
         */
        public Builder id(UUID id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * @param key a stable key for the step within its sequence, such as {@code step_1}; {@code null} when unknown
         * @return this builder
         */
        public Builder key(@Nullable String key) {
            this.key = key;
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
         * @param updatedAt when the step was last changed; {@code null} when unknown
         * @return this builder
         */
        public Builder updatedAt(@Nullable OffsetDateTime updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        /**
         * @param sequenceId the sequence the step belongs to; {@code null} when unknown
         * @return this builder
         */
        public Builder sequenceId(@Nullable UUID sequenceId) {
            this.sequenceId = sequenceId;
            return this;
        }

        /**
         * @param versionNumber the version of the step's content, if versioned; {@code null} for none
         * @return this builder
         */
        public Builder versionNumber(@Nullable Integer versionNumber) {
            this.versionNumber = versionNumber;
            return this;
        }

        /**
         * @param dependencies the steps this one follows and the conditions under which it runs; copied on {@link
         *     #build()}
         * @return this builder
         */
        public Builder dependencies(List<StepDependency> dependencies) {
            this.dependencies = Objects.requireNonNull(dependencies, "dependencies");
            return this;
        }

        /**
         * @return a new {@code StepCommon}
         * @throws IllegalStateException if a required field ({@code id}) was not set
         */
        public StepCommon build() {
            return new StepCommon(this);
        }
    }
}
