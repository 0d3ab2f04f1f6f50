package io.github.unifysequences.models;

import io.github.unifysequences.internal.Required;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How the task created by a manual step is scheduled.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class TaskSettings {
    private final TaskPriority priority;
    private final boolean autoSkipOnDueDate;
    private final @Nullable RelativeDueAt relativeDueAt;

    private TaskSettings(Builder builder) {
        this.priority = Required.field(builder.priority, "TaskSettings", "priority");
        this.autoSkipOnDueDate = builder.autoSkipOnDueDate;
        this.relativeDueAt = builder.relativeDueAt;
    }

    /** @return the task's priority */
    public TaskPriority priority() {
        return priority;
    }

    /** @return whether the step is skipped automatically when the task is still open on its due date */
    public boolean autoSkipOnDueDate() {
        return autoSkipOnDueDate;
    }

    /** @return how long after the step starts the task is due, if it has a due date */
    public Optional<RelativeDueAt> relativeDueAt() {
        return Optional.ofNullable(relativeDueAt);
    }

    /** @return a builder with every optional field empty, every flag false and every list empty */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.priority = priority;
        builder.autoSkipOnDueDate = autoSkipOnDueDate;
        builder.relativeDueAt = relativeDueAt;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof TaskSettings that
                && Objects.equals(priority, that.priority)
                && autoSkipOnDueDate == that.autoSkipOnDueDate
                && Objects.equals(relativeDueAt, that.relativeDueAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(priority, autoSkipOnDueDate, relativeDueAt);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "TaskSettings[" + "priority=" + priority()
                + ", autoSkipOnDueDate=" + autoSkipOnDueDate()
                + ", relativeDueAt=" + relativeDueAt() + "]";
    }

    /**
     * Builds a {@link TaskSettings}, for tests and fixtures; {@link #build()} checks that every required field is
     *     set.
     */
    public static final class Builder {
        private @Nullable TaskPriority priority;
        private boolean autoSkipOnDueDate;
        private @Nullable RelativeDueAt relativeDueAt;

        private Builder() {}

        /**
         * @param priority the task's priority; required
         * @return this builder
         */
        public Builder priority(TaskPriority priority) {
            this.priority = Objects.requireNonNull(priority, "priority");
            return this;
        }

        /**
         * @param autoSkipOnDueDate whether the step is skipped automatically when the task is still open on its due
         *     date
         * @return this builder
         */
        public Builder autoSkipOnDueDate(boolean autoSkipOnDueDate) {
            this.autoSkipOnDueDate = autoSkipOnDueDate;
            return this;
        }

        /**
         * @param relativeDueAt how long after the step starts the task is due, if it has a due date; {@code null}
         *     for none
         * @return this builder
         */
        public Builder relativeDueAt(@Nullable RelativeDueAt relativeDueAt) {
            this.relativeDueAt = relativeDueAt;
            return this;
        }

        /**
         * @return a new {@code TaskSettings}
         * @throws IllegalStateException if a required field ({@code priority}) was not set
         */
        public TaskSettings build() {
            return new TaskSettings(this);
        }
    }
}
