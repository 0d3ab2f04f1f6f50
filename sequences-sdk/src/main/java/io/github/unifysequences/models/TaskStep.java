package io.github.unifysequences.models;

import java.util.Optional;

/**
 * A step that creates a task for a person: {@code ACTION_ITEM}, {@code PHONE_CALL} or one of the
 * {@code MANUAL_LINKEDIN_*} types.
 *
 * @param common the fields every step has
 * @param type which kind of task
 * @param task how the task is scheduled
 * @param noteContent instructions shown on the task, if any
 * @param rawJson the step as received
 */
public record TaskStep(StepCommon common, StepType type, TaskSettings task, Optional<String> noteContent, RawJson rawJson)
        implements SequenceStep {
}
