package io.github.unifysequences.models;

import io.github.unifysequences.internal.Required;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The rules a sequence applies to its enrollments.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class SequenceRuleset {
    private final @Nullable UUID id;
    private final @Nullable OffsetDateTime createdAt;
    private final @Nullable OffsetDateTime updatedAt;
    private final @Nullable String name;
    private final boolean isDefault;
    private final TaskAssignment automaticEnrollmentTaskAssignment;
    private final @Nullable UUID automaticEnrollmentTaskAssignmentUserId;
    private final TaskAssignment manualEnrollmentTaskAssignment;
    private final @Nullable UUID manualEnrollmentTaskAssignmentUserId;
    private final @Nullable String optOutMessage;
    private final boolean allowSameSequenceReenrollment;
    private final @Nullable Integer blockReenrollmentValue;
    private final @Nullable CalendarUnit blockReenrollmentUnits;

    private SequenceRuleset(Builder builder) {
        this.id = builder.id;
        this.createdAt = builder.createdAt;
        this.updatedAt = builder.updatedAt;
        this.name = builder.name;
        this.isDefault = builder.isDefault;
        this.automaticEnrollmentTaskAssignment = Required.field(
                builder.automaticEnrollmentTaskAssignment, "SequenceRuleset", "automaticEnrollmentTaskAssignment");
        this.automaticEnrollmentTaskAssignmentUserId = builder.automaticEnrollmentTaskAssignmentUserId;
        this.manualEnrollmentTaskAssignment = Required.field(
                builder.manualEnrollmentTaskAssignment, "SequenceRuleset", "manualEnrollmentTaskAssignment");
        this.manualEnrollmentTaskAssignmentUserId = builder.manualEnrollmentTaskAssignmentUserId;
        this.optOutMessage = builder.optOutMessage;
        this.allowSameSequenceReenrollment = builder.allowSameSequenceReenrollment;
        this.blockReenrollmentValue = builder.blockReenrollmentValue;
        this.blockReenrollmentUnits = builder.blockReenrollmentUnits;
    }

    /** @return the ruleset id; {@code null} when the API did not send it */
    public @Nullable UUID id() {
        return id;
    }

    /** @return when the ruleset was created; {@code null} when the API did not send it */
    public @Nullable OffsetDateTime createdAt() {
        return createdAt;
    }

    /** @return when the ruleset was last changed; {@code null} when the API did not send it */
    public @Nullable OffsetDateTime updatedAt() {
        return updatedAt;
    }

    /** @return the display name; {@code null} when the API did not send it */
    public @Nullable String name() {
        return name;
    }

    /** @return whether this is the account's default ruleset */
    public boolean isDefault() {
        return isDefault;
    }

    /** @return who gets the tasks of automatically created enrollments */
    public TaskAssignment automaticEnrollmentTaskAssignment() {
        return automaticEnrollmentTaskAssignment;
    }

    /** @return the user, when that assignment is {@code ASSIGN_TO_USER} */
    public Optional<UUID> automaticEnrollmentTaskAssignmentUserId() {
        return Optional.ofNullable(automaticEnrollmentTaskAssignmentUserId);
    }

    /** @return who gets the tasks of manually created enrollments */
    public TaskAssignment manualEnrollmentTaskAssignment() {
        return manualEnrollmentTaskAssignment;
    }

    /** @return the user, when that assignment is {@code ASSIGN_TO_USER} */
    public Optional<UUID> manualEnrollmentTaskAssignmentUserId() {
        return Optional.ofNullable(manualEnrollmentTaskAssignmentUserId);
    }

    /** @return the opt-out text appended to emails, if any */
    public Optional<String> optOutMessage() {
        return Optional.ofNullable(optOutMessage);
    }

    /** @return whether a person may be enrolled in this sequence again */
    public boolean allowSameSequenceReenrollment() {
        return allowSameSequenceReenrollment;
    }

    /** @return how long re-enrollment is blocked, in {@code blockReenrollmentUnits} */
    public Optional<Integer> blockReenrollmentValue() {
        return Optional.ofNullable(blockReenrollmentValue);
    }

    /** @return the unit of {@code blockReenrollmentValue} */
    public Optional<CalendarUnit> blockReenrollmentUnits() {
        return Optional.ofNullable(blockReenrollmentUnits);
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
        builder.name = name;
        builder.isDefault = isDefault;
        builder.automaticEnrollmentTaskAssignment = automaticEnrollmentTaskAssignment;
        builder.automaticEnrollmentTaskAssignmentUserId = automaticEnrollmentTaskAssignmentUserId;
        builder.manualEnrollmentTaskAssignment = manualEnrollmentTaskAssignment;
        builder.manualEnrollmentTaskAssignmentUserId = manualEnrollmentTaskAssignmentUserId;
        builder.optOutMessage = optOutMessage;
        builder.allowSameSequenceReenrollment = allowSameSequenceReenrollment;
        builder.blockReenrollmentValue = blockReenrollmentValue;
        builder.blockReenrollmentUnits = blockReenrollmentUnits;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SequenceRuleset that
                && Objects.equals(id, that.id)
                && Objects.equals(createdAt, that.createdAt)
                && Objects.equals(updatedAt, that.updatedAt)
                && Objects.equals(name, that.name)
                && isDefault == that.isDefault
                && Objects.equals(automaticEnrollmentTaskAssignment, that.automaticEnrollmentTaskAssignment)
                && Objects.equals(automaticEnrollmentTaskAssignmentUserId, that.automaticEnrollmentTaskAssignmentUserId)
                && Objects.equals(manualEnrollmentTaskAssignment, that.manualEnrollmentTaskAssignment)
                && Objects.equals(manualEnrollmentTaskAssignmentUserId, that.manualEnrollmentTaskAssignmentUserId)
                && Objects.equals(optOutMessage, that.optOutMessage)
                && allowSameSequenceReenrollment == that.allowSameSequenceReenrollment
                && Objects.equals(blockReenrollmentValue, that.blockReenrollmentValue)
                && Objects.equals(blockReenrollmentUnits, that.blockReenrollmentUnits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                id,
                createdAt,
                updatedAt,
                name,
                isDefault,
                automaticEnrollmentTaskAssignment,
                automaticEnrollmentTaskAssignmentUserId,
                manualEnrollmentTaskAssignment,
                manualEnrollmentTaskAssignmentUserId,
                optOutMessage,
                allowSameSequenceReenrollment,
                blockReenrollmentValue,
                blockReenrollmentUnits);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "SequenceRuleset[" + "id=" + id()
                + ", createdAt=" + createdAt()
                + ", updatedAt=" + updatedAt()
                + ", name=" + name()
                + ", isDefault=" + isDefault()
                + ", automaticEnrollmentTaskAssignment=" + automaticEnrollmentTaskAssignment()
                + ", automaticEnrollmentTaskAssignmentUserId=" + automaticEnrollmentTaskAssignmentUserId()
                + ", manualEnrollmentTaskAssignment=" + manualEnrollmentTaskAssignment()
                + ", manualEnrollmentTaskAssignmentUserId=" + manualEnrollmentTaskAssignmentUserId()
                + ", optOutMessage=" + optOutMessage()
                + ", allowSameSequenceReenrollment=" + allowSameSequenceReenrollment()
                + ", blockReenrollmentValue=" + blockReenrollmentValue()
                + ", blockReenrollmentUnits=" + blockReenrollmentUnits() + "]";
    }

    /**
     * Builds a {@link SequenceRuleset}, for tests and fixtures; {@link #build()} checks that every required field
     *     is set.
     */
    public static final class Builder {
        private @Nullable UUID id;
        private @Nullable OffsetDateTime createdAt;
        private @Nullable OffsetDateTime updatedAt;
        private @Nullable String name;
        private boolean isDefault;
        private @Nullable TaskAssignment automaticEnrollmentTaskAssignment;
        private @Nullable UUID automaticEnrollmentTaskAssignmentUserId;
        private @Nullable TaskAssignment manualEnrollmentTaskAssignment;
        private @Nullable UUID manualEnrollmentTaskAssignmentUserId;
        private @Nullable String optOutMessage;
        private boolean allowSameSequenceReenrollment;
        private @Nullable Integer blockReenrollmentValue;
        private @Nullable CalendarUnit blockReenrollmentUnits;

        private Builder() {}

        /**
         * @param id the ruleset id; {@code null} when unknown
         * @return this builder
         */
        public Builder id(@Nullable UUID id) {
            this.id = id;
            return this;
        }

        /**
         * @param createdAt when the ruleset was created; {@code null} when unknown
         * @return this builder
         */
        public Builder createdAt(@Nullable OffsetDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * @param updatedAt when the ruleset was last changed; {@code null} when unknown
         * @return this builder
         */
        public Builder updatedAt(@Nullable OffsetDateTime updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        /**
         * @param name the display name; {@code null} when unknown
         * @return this builder
         */
        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        /**
         * @param isDefault whether this is the account's default ruleset
         * @return this builder
         */
        public Builder isDefault(boolean isDefault) {
            this.isDefault = isDefault;
            return this;
        }

        /**
         * @param automaticEnrollmentTaskAssignment who gets the tasks of automatically created enrollments; required
         * @return this builder
         */
        public Builder automaticEnrollmentTaskAssignment(TaskAssignment automaticEnrollmentTaskAssignment) {
            this.automaticEnrollmentTaskAssignment =
                    Objects.requireNonNull(automaticEnrollmentTaskAssignment, "automaticEnrollmentTaskAssignment");
            return this;
        }

        /**
         * @param automaticEnrollmentTaskAssignmentUserId the user, when that assignment is {@code ASSIGN_TO_USER};
         *     {@code null} for none
         * @return this builder
         */
        public Builder automaticEnrollmentTaskAssignmentUserId(@Nullable UUID automaticEnrollmentTaskAssignmentUserId) {
            this.automaticEnrollmentTaskAssignmentUserId = automaticEnrollmentTaskAssignmentUserId;
            return this;
        }

        /**
         * @param manualEnrollmentTaskAssignment who gets the tasks of manually created enrollments; required
         * @return this builder
         */
        public Builder manualEnrollmentTaskAssignment(TaskAssignment manualEnrollmentTaskAssignment) {
            this.manualEnrollmentTaskAssignment =
                    Objects.requireNonNull(manualEnrollmentTaskAssignment, "manualEnrollmentTaskAssignment");
            return this;
        }

        /**
         * @param manualEnrollmentTaskAssignmentUserId the user, when that assignment is {@code ASSIGN_TO_USER};
         *     {@code null} for none
         * @return this builder
         */
        public Builder manualEnrollmentTaskAssignmentUserId(@Nullable UUID manualEnrollmentTaskAssignmentUserId) {
            this.manualEnrollmentTaskAssignmentUserId = manualEnrollmentTaskAssignmentUserId;
            return this;
        }

        /**
         * @param optOutMessage the opt-out text appended to emails, if any; {@code null} for none
         * @return this builder
         */
        public Builder optOutMessage(@Nullable String optOutMessage) {
            this.optOutMessage = optOutMessage;
            return this;
        }

        /**
         * @param allowSameSequenceReenrollment whether a person may be enrolled in this sequence again
         * @return this builder
         */
        public Builder allowSameSequenceReenrollment(boolean allowSameSequenceReenrollment) {
            this.allowSameSequenceReenrollment = allowSameSequenceReenrollment;
            return this;
        }

        /**
         * @param blockReenrollmentValue how long re-enrollment is blocked, in {@code blockReenrollmentUnits};
         *     {@code null} for none
         * @return this builder
         */
        public Builder blockReenrollmentValue(@Nullable Integer blockReenrollmentValue) {
            this.blockReenrollmentValue = blockReenrollmentValue;
            return this;
        }

        /**
         * @param blockReenrollmentUnits the unit of {@code blockReenrollmentValue}; {@code null} for none
         * @return this builder
         */
        public Builder blockReenrollmentUnits(@Nullable CalendarUnit blockReenrollmentUnits) {
            this.blockReenrollmentUnits = blockReenrollmentUnits;
            return this;
        }

        /**
         * @return a new {@code SequenceRuleset}
         * @throws IllegalStateException if a required field ({@code automaticEnrollmentTaskAssignment}, {@code
         *     manualEnrollmentTaskAssignment}) was not set
         */
        public SequenceRuleset build() {
            return new SequenceRuleset(this);
        }
    }
}
