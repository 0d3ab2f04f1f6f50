package io.github.unifysequences.models;

import java.util.UUID;

/**
 * One classification of a reply.
 *
 * @param id the classification id
 * @param category the category, such as {@code POSITIVE}
 */
public record ReplyClassification(UUID id, ReplyCategory category) {
}
