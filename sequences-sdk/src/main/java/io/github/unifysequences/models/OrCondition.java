package io.github.unifysequences.models;

import java.util.List;

/**
 * Holds when any of its subconditions hold ({@code OR}).
 *
 * @param subconditions the combined conditions, themselves possibly {@code AND}/{@code OR}
 * @param rawJson the condition as received
 */
public record OrCondition(List<StepCondition> subconditions, RawJson rawJson) implements StepCondition {

    /**
     * Creates the value; collections are copied so it stays immutable.
     *
     * @param subconditions the combined conditions, themselves possibly {@code AND}/{@code OR}
     * @param rawJson the condition as received
     */
    public OrCondition {
        subconditions = List.copyOf(subconditions);
    }

    @Override
    public String type() {
        return "OR";
    }
}
