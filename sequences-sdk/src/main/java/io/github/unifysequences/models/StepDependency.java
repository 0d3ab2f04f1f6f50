package io.github.unifysequences.models;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An edge of the step graph: this step runs after {@code parentStepId}, once {@code condition} holds.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class StepDependency {
    private final @Nullable UUID parentStepId;
    private final @Nullable StepCondition condition;

    private StepDependency(Builder builder) {
        this.parentStepId = builder.parentStepId;
        this.condition = builder.condition;
    }

    /** @return the step this one follows; empty for a first step */
    public Optional<UUID> parentStepId() {
        return Optional.ofNullable(parentStepId);
    }

    /** @return when the step runs after its parent; empty for "immediately" */
    public Optional<StepCondition> condition() {
        return Optional.ofNullable(condition);
    }

    /** @return a builder with every optional field empty, every flag false and every list empty */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.parentStepId = parentStepId;
        builder.condition = condition;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof StepDependency that
                && Objects.equals(parentStepId, that.parentStepId)
                && Objects.equals(condition, that.condition);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parentStepId, condition);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "StepDependency[" + "parentStepId=" + parentStepId() + ", condition=" + condition() + "]";
    }

    /**
     * Builds a {@link StepDependency}, for tests and fixtures; {@link #build()} checks that every required field is
     *     set.
     */
    public static final class Builder {
        private @Nullable UUID parentStepId;
        private @Nullable StepCondition condition;

        private Builder() {}

        /**
         * @param parentStepId the step this one follows; empty for a first step; {@code null} for none
         * @return this builder
         */
        public Builder parentStepId(@Nullable UUID parentStepId) {
            this.parentStepId = parentStepId;
            return this;
        }

        /**
         * @param condition when the step runs after its parent; empty for "immediately"; {@code null} for none
         * @return this builder
         */
        public Builder condition(@Nullable StepCondition condition) {
            this.condition = condition;
            return this;
        }

        /**
         * @return a new {@code StepDependency}
         */
        public StepDependency build() {
            return new StepDependency(this);
        }
    }
}
