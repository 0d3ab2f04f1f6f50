package io.github.unifysequences.models;

import java.util.Optional;
import java.util.UUID;

/**
 * An edge of the step graph: this step runs after {@code parentStepId}, once {@code condition} holds.
 *
 * @param parentStepId the step this one follows; empty for a first step
 * @param condition when the step runs after its parent; empty for "immediately"
 */
public record StepDependency(Optional<UUID> parentStepId, Optional<StepCondition> condition) {
}
