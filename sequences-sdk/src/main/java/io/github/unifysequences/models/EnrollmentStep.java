package io.github.unifysequences.models;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * One step of one enrollment: the instance of a sequence step for a particular person.
 *
 * @param id the enrollment step id
 * @param createdAt when the step was created
 * @param updatedAt when the step last changed
 * @param enrollmentId the enrollment it belongs to
 * @param sequenceId the sequence of that enrollment
 * @param stepId the sequence step it instantiates
 * @param type the step type
 * @param status where the step is in its lifecycle
 * @param stepNumber the 1-based position in the sequence, if known
 * @param email the personalised email, for email steps
 * @param rawJson the step as received, including fields this SDK version does not know
 */
public record EnrollmentStep(
        UUID id,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        UUID enrollmentId,
        UUID sequenceId,
        UUID stepId,
        StepType type,
        EnrollmentStepStatus status,
        Optional<Integer> stepNumber,
        Optional<EnrollmentStepEmail> email,
        RawJson rawJson) {
}
