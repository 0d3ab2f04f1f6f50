package io.github.unifysequences.models;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The fields every sequence step has, whatever its type.
 *
 * @param id the step id
 * @param key a stable key for the step within its sequence, such as {@code step_1}
 * @param createdAt when the step was created
 * @param updatedAt when the step was last changed
 * @param sequenceId the sequence the step belongs to
 * @param versionNumber the version of the step's content, if versioned
 * @param dependencies the steps this one follows and the conditions under which it runs
 */
public record StepCommon(
        UUID id,
        String key,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        UUID sequenceId,
        Optional<Integer> versionNumber,
        List<StepDependency> dependencies) {

    /**
     * Creates the value; collections are copied so it stays immutable.
     *
     * @param id the step id
     * @param key a stable key for the step within its sequence, such as {@code step_1}
     * @param createdAt when the step was created
     * @param updatedAt when the step was last changed
     * @param sequenceId the sequence the step belongs to
     * @param versionNumber the version of the step's content, if versioned
     * @param dependencies the steps this one follows and the conditions under which it runs
     */
    public StepCommon {
        dependencies = List.copyOf(dependencies);
    }
}
