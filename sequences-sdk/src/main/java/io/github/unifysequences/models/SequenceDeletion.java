package io.github.unifysequences.models;

import java.util.UUID;

/**
 * The answer to deleting a sequence.
 *
 * @param id the id of the deleted sequence
 * @param isDeleted always {@code true} on success
 * @param rawJson the answer as received
 */
public record SequenceDeletion(UUID id, boolean isDeleted, RawJson rawJson) {
}
