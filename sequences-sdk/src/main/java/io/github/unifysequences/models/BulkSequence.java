package io.github.unifysequences.models;

import java.util.Optional;

/**
 * The sequence of a Bulk API result row.
 *
 * @param id the sequence id
 * @param name the sequence name, if it has one
 * @param version the sequence version the row ran on; only enrollment step rows carry it
 */
public record BulkSequence(String id, Optional<String> name, Optional<Integer> version) {
}
