package io.github.unifysequences.models;

import java.util.UUID;

/**
 * The short answer to pausing a sequence, or pausing or resuming an enrollment.
 *
 * @param id the id of the sequence or enrollment
 * @param isPaused whether it is paused now
 * @param rawJson the answer as received
 */
public record PauseState(UUID id, boolean isPaused, RawJson rawJson) {
}
