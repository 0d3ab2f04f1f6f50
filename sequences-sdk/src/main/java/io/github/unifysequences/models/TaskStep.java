package io.github.unifysequences.models;

import com.google.gson.JsonObject;
import io.github.unifysequences.internal.Required;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A step that creates a task for a person: {@code ACTION_ITEM}, {@code PHONE_CALL} or one of the
 * {@code MANUAL_LINKEDIN_*} types.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class TaskStep implements SequenceStep {
    private final StepCommon common;
    private final StepType type;
    private final TaskSettings task;
    private final @Nullable String noteContent;
    private final RawJson rawJson;

    private TaskStep(Builder builder) {
        this.common = Required.field(builder.common, "TaskStep", "common");
        this.type = Required.field(builder.type, "TaskStep", "type");
        this.task = Required.field(builder.task, "TaskStep", "task");
        this.noteContent = builder.noteContent;
        this.rawJson = builder.rawJson;
    }

    /** @return the fields every step has */
    @Override
    public StepCommon common() {
        return common;
    }

    /** @return which kind of task */
    @Override
    public StepType type() {
        return type;
    }

    /** @return how the task is scheduled */
    public TaskSettings task() {
        return task;
    }

    /** @return instructions shown on the task, if any */
    public Optional<String> noteContent() {
        return Optional.ofNullable(noteContent);
    }

    /** @return the step as received */
    @Override
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
        builder.common = common;
        builder.type = type;
        builder.task = task;
        builder.noteContent = noteContent;
        builder.rawJson = rawJson;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof TaskStep that
                && Objects.equals(common, that.common)
                && Objects.equals(type, that.type)
                && Objects.equals(task, that.task)
                && Objects.equals(noteContent, that.noteContent)
                && Objects.equals(rawJson, that.rawJson);
    }

    @Override
    public int hashCode() {
        return Objects.hash(common, type, task, noteContent, rawJson);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "TaskStep[" + "common=" + common()
                + ", type=" + type()
                + ", task=" + task()
                + ", noteContent=" + noteContent()
                + ", rawJson=" + rawJson() + "]";
    }

    /** Builds a {@link TaskStep}, for tests and fixtures; {@link #build()} checks that every required field is set. */
    public static final class Builder {
        private @Nullable StepCommon common;
        private @Nullable StepType type;
        private @Nullable TaskSettings task;
        private @Nullable String noteContent;
        private RawJson rawJson = RawJson.of(new JsonObject());

        private Builder() {}

        /**
         * @param common the fields every step has; required
         * @return this builder
         */
        public Builder common(StepCommon common) {
            this.common = Objects.requireNonNull(common, "common");
            return this;
        }

        /**
         * @param type which kind of task; required
         * @return this builder
         */
        public Builder type(StepType type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * @param task how the task is scheduled; required
         * @return this builder
         */
        public Builder task(TaskSettings task) {
            this.task = Objects.requireNonNull(task, "task");
            return this;
        }

        /**
         * @param noteContent instructions shown on the task, if any; {@code null} for none
         * @return this builder
         */
        public Builder noteContent(@Nullable String noteContent) {
            this.noteContent = noteContent;
            return this;
        }

        /**
         * @param rawJson the step as received; an empty object unless set
         * @return this builder
         */
        public Builder rawJson(RawJson rawJson) {
            this.rawJson = Objects.requireNonNull(rawJson, "rawJson");
            return this;
        }

        /**
         * @return a new {@code TaskStep}
         * @throws IllegalStateException if a required field ({@code common}, {@code type}, {@code task}) was not set
         */
        public TaskStep build() {
            return new TaskStep(this);
        }
    }
}
