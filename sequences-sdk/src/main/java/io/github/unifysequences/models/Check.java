package io.github.unifysequences.models;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Argument validation shared by the params builders and the path ids of every operation, so every
 * message names the field the same way.
 */
public final class Check {
    private static final Pattern UUID_FORMAT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Check() {
    }

    /**
     * Parses an id the way every SDK operation does before sending anything. {@code UUID.fromString} accepts
     * short groups like "1-2-3-4-5", so the canonical 8-4-4-4-12 form is checked first.
     *
     * @param field the parameter name, used in the message
     * @param value the id
     * @return the parsed id
     * @throws IllegalArgumentException naming the field, if the value is not a UUID
     */
    public static UUID uuid(String field, String value) {
        if (value == null || !UUID_FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be a UUID like 5d0f6a3e-2b7c-4f1e-9a58-3c6e1b2d4f70, was "
                    + (value == null ? "null" : "'" + value + "'"));
        }
        return UUID.fromString(value);
    }

    static UUID optionalUuid(String field, String value) {
        return value == null ? null : uuid(field, value);
    }

    static String email(String field, String value) {
        if (value == null || value.isBlank() || !value.contains("@")) {
            throw new IllegalArgumentException(field + " must be an email address, was " + (value == null ? "null" : "'" + value + "'"));
        }
        return value;
    }

    static Integer limit(Integer limit) {
        if (limit != null && (limit < 1 || limit > 100)) {
            throw new IllegalArgumentException("limit must be between 1 and 100, was " + limit);
        }
        return limit;
    }

    static String cursor(String cursor) {
        if (cursor != null && cursor.isEmpty()) {
            throw new IllegalArgumentException("cursor must not be empty; omit it to start at the first page");
        }
        return cursor;
    }
}
