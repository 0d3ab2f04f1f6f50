package io.github.unifysequences.models;

/**
 * A step that sends an email automatically ({@code AUTOMATIC_EMAIL}).
 *
 * @param common the fields every step has
 * @param email the email sent
 * @param rawJson the step as received
 */
public record AutomaticEmailStep(StepCommon common, EmailContent email, RawJson rawJson) implements SequenceStep {

    @Override
    public StepType type() {
        return StepType.AUTOMATIC_EMAIL;
    }
}
