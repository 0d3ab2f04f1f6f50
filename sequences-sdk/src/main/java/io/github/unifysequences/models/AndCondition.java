package io.github.unifysequences.models;

import java.util.List;

/**
 * Holds when all of its subconditions hold ({@code AND}).
 *
 * @param subconditions the combined conditions, themselves possibly {@code AND}/{@code OR}
 * @param rawJson the condition as received
 */
public record AndCondition(List<StepCondition> subconditions, RawJson rawJson) implements StepCondition {

    /**
     * Creates the value; collections are copied so it stays immutable.
     *
     * @param subconditions the combined conditions, themselves possibly {@code AND}/{@code OR}
     * @param rawJson the condition as received
     */
    public AndCondition {
        subconditions = List.copyOf(subconditions);
    }

    @Override
    public String type() {
        return "AND";
    }
}
