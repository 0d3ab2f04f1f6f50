package io.github.unifysequences.models;

import java.util.UUID;

/**
 * The sequence an enrollment belongs to, as embedded in the enrollment.
 *
 * @param id the sequence id
 * @param name the sequence name
 * @param isPaused whether the sequence is paused
 */
public record SequenceRef(UUID id, String name, boolean isPaused) {
}
