package io.github.unifysequences.models;

import java.util.Optional;
import java.util.UUID;

/**
 * The person an enrollment targets.
 *
 * @param id the person id
 * @param email the email address the sequence writes to
 * @param firstName the first name, if known
 * @param lastName the last name, if known
 * @param linkedinUrl the LinkedIn profile URL, if known
 */
public record Person(UUID id, String email, Optional<String> firstName, Optional<String> lastName, Optional<String> linkedinUrl) {
}
