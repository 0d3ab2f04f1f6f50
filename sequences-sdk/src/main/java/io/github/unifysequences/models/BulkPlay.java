package io.github.unifysequences.models;

/**
 * The play that created the enrollment of a Bulk API result row.
 *
 * @param id the play id
 * @param name the play name
 */
public record BulkPlay(String id, String name) {
}
