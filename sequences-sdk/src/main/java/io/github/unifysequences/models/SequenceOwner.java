package io.github.unifysequences.models;

import java.util.Optional;
import java.util.UUID;

/**
 * The user who owns a sequence.
 *
 * @param id the user id
 * @param email the user's email address
 * @param firstName the first name, if known
 * @param lastName the last name, if known
 */
public record SequenceOwner(UUID id, String email, Optional<String> firstName, Optional<String> lastName) {
}
