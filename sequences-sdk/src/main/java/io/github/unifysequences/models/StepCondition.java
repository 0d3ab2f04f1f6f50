package io.github.unifysequences.models;

/**
 * When a step runs after its parent: a timer, or an AND/OR combination of further conditions. Sealed and
 * recursive; {@link UnknownCondition} holds condition types added after this SDK version.
 *
 * <pre>{@code
 * Duration wait = switch (condition) {
 *     case TimerCondition t -> ...;
 *     case AndCondition a -> ...; // a.subconditions()
 *     case OrCondition o -> ...;
 *     case UnknownCondition u -> ...;
 * };
 * }</pre>
 */
public sealed interface StepCondition permits TimerCondition, AndCondition, OrCondition, UnknownCondition {

    /** @return the condition type as the API spells it: {@code TIMER}, {@code AND}, {@code OR} or a newer one */
    String type();

    /** @return the condition as received */
    RawJson rawJson();
}
