package io.github.unifysequences.models;

import java.util.List;

/**
 * Holds when any of its subconditions hold ({@code OR}).
 *
 * @param subconditions the combined conditions, themselves possibly {@code AND}/{@code OR}
 * @param rawJson the condition as received
 */
public record OrCondition(List<StepCondition> subconditions, RawJson rawJson) implements StepCondition {

    /** Copies the list so the value stays immutable. */
    public OrCondition {
        subconditions = List.copyOf(subconditions);
    }

    @Override
    public String type() {
        return "OR";
    }
}
