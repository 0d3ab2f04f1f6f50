package io.github.unifysequences.models;

import java.util.UUID;

/**
 * The answer to approving a draft enrollment.
 *
 * @param id the id of the approved enrollment
 * @param isDraftApprovalPending always {@code false} on success
 * @param rawJson the answer as received
 */
public record EnrollmentApproval(UUID id, boolean isDraftApprovalPending, RawJson rawJson) {
}
