package io.github.unifysequences.models;

import java.util.Optional;

/**
 * The personalised email of an enrollment step.
 *
 * @param versionId the version of this copy; pass it to an update so concurrent edits are detected
 * @param isReady whether template tokens are resolved; {@code false} right after an update until Unify re-resolves them
 * @param subject the subject, if set
 * @param fallbackSubject the subject used when a token in {@code subject} cannot be resolved, if set
 * @param body the HTML body, if set
 */
public record EnrollmentStepEmail(
        String versionId,
        boolean isReady,
        Optional<String> subject,
        Optional<String> fallbackSubject,
        Optional<String> body) {
}
