package io.github.unifysequences.models;

import java.util.Optional;
import java.util.UUID;

/**
 * The mailbox an enrollment sends from.
 *
 * @param id the mailbox id
 * @param email the mailbox's address
 * @param displayName the sender name, if set
 * @param isPaused whether sending from the mailbox is paused
 * @param isUnauthorized whether the mailbox lost its authorization and cannot send
 */
public record Mailbox(UUID id, String email, Optional<String> displayName, boolean isPaused, boolean isUnauthorized) {
}
