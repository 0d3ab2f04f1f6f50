package io.github.unifysequences.models;

import java.util.UUID;

/**
 * The answer to cancelling an enrollment. The enrollment is not erased: it stays listable with
 * {@link Enrollment#isCanceled()} set.
 *
 * @param id the id of the cancelled enrollment
 * @param isCanceled always {@code true} on success
 * @param rawJson the answer as received
 */
public record EnrollmentCancellation(UUID id, boolean isCanceled, RawJson rawJson) {
}
