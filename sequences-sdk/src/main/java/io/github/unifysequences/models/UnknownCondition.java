package io.github.unifysequences.models;

/**
 * A condition of a type this SDK version does not know; its fields are in {@link #rawJson()}.
 *
 * @param type the type as the API sent it
 * @param rawJson the condition as received
 */
public record UnknownCondition(String type, RawJson rawJson) implements StepCondition {
}
