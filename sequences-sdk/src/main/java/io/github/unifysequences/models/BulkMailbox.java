package io.github.unifysequences.models;

import java.util.Optional;

/**
 * The mailbox a Bulk API result row sends from. Forwarding addresses and users are in the row's {@code rawJson()}.
 *
 * @param id the mailbox id
 * @param emailAddress the mailbox address, if known
 */
public record BulkMailbox(String id, Optional<String> emailAddress) {
}
