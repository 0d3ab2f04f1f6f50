package io.github.unifysequences.models;

import java.util.Optional;

/**
 * Wait a fixed time after the parent step ({@code TIMER}).
 *
 * @param durationValue how many units to wait; empty means no wait
 * @param durationUnit the unit of {@code durationValue}
 * @param rawJson the condition as received
 */
public record TimerCondition(Optional<Integer> durationValue, DurationUnit durationUnit, RawJson rawJson)
        implements StepCondition {

    @Override
    public String type() {
        return "TIMER";
    }
}
