package io.github.unifysequences.models;

/**
 * A step of a type this SDK version does not know. The common fields are read as usual; the rest is in
 * {@link #rawJson()}.
 *
 * @param common the fields every step has
 * @param type the type as the API sent it
 * @param rawJson the step as received
 */
public record UnknownStep(StepCommon common, StepType type, RawJson rawJson) implements SequenceStep {
}
