package io.github.unifysequences.models;

/**
 * A step that drafts an email for a person to review and send, as a task ({@code MANUAL_EMAIL}).
 *
 * @param common the fields every step has
 * @param email the drafted email
 * @param task how the review task is scheduled
 * @param rawJson the step as received
 */
public record ManualEmailStep(StepCommon common, EmailContent email, TaskSettings task, RawJson rawJson)
        implements SequenceStep {

    @Override
    public StepType type() {
        return StepType.MANUAL_EMAIL;
    }
}
