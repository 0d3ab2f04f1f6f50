package io.github.unifysequences.models;

import java.util.UUID;

/**
 * One step of a sequence. A sealed hierarchy dispatched on the API's {@code type}: switch over it to
 * handle each kind, with {@link UnknownStep} for step types added to the API after this SDK version.
 *
 * <pre>{@code
 * String summary = switch (step) {
 *     case AutomaticEmailStep s -> "email: " + s.email().subject().orElse("(reply)");
 *     case ManualEmailStep s -> "manual email, " + s.task().priority();
 *     case TaskStep s -> "task " + s.type();
 *     case UnknownStep s -> "new step type " + s.type().asString();
 * };
 * }</pre>
 */
public sealed interface SequenceStep permits AutomaticEmailStep, ManualEmailStep, TaskStep, UnknownStep {

    /** @return the fields every step has: ids, key, timestamps, version and dependencies */
    StepCommon common();

    /** @return the step type as the API sent it */
    StepType type();

    /** @return the step as received, including fields this SDK version does not know */
    RawJson rawJson();

    /** @return the step id */
    default UUID id() {
        return common().id();
    }
}
