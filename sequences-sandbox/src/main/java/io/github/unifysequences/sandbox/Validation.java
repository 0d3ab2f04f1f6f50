package io.github.unifysequences.sandbox;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Collects request problems so that one 400 lists all of them as {@code errors[]} items
 * ({@code {code, path, message, location}}), like the spec's {@code UResponses.BadRequestError}.
 */
final class Validation {
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final List<Map<String, Object>> errors = new ArrayList<>();

    static Map<String, Object> item(String code, String message, Object... path) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", code);
        item.put("path", Arrays.asList(path));
        item.put("message", message);
        return item;
    }

    void add(String code, String message, Object... path) {
        errors.add(item(code, message, path));
    }

    boolean ok() {
        return errors.isEmpty();
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ApiException.badRequest("The request is invalid.", List.copyOf(errors));
        }
    }

    static boolean isUuid(String text) {
        return text != null && UUID_TEXT.matcher(text).matches();
    }

    static boolean isEmail(String text) {
        return text != null && EMAIL.matcher(text).matches();
    }

    /** Parses a UUID or records {@code invalid_uuid}; returns null when absent or invalid. */
    UUID uuid(String text, Object... path) {
        if (text == null) {
            return null;
        }
        if (!isUuid(text)) {
            add("invalid_uuid", "Expected a UUID.", path);
            return null;
        }
        return UUID.fromString(text);
    }

    /** Parses an RFC 3339 date-time or records {@code invalid_datetime}; returns null when absent or invalid. */
    Instant dateTime(String text, Object... path) {
        if (text == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            add("invalid_datetime", "Expected an RFC 3339 date-time.", path);
            return null;
        }
    }

    /** Parses an integer within [min, max] or records {@code invalid_integer}/{@code out_of_range}. */
    Integer integer(String text, int min, int max, Object... path) {
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                add("out_of_range", "Must be between " + min + " and " + max + ".", path);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            add("invalid_integer", "Expected an integer.", path);
            return null;
        }
    }

    /** Checks an enum value against its allowed names or records {@code invalid_enum}. */
    String enumValue(String text, Set<String> allowed, Object... path) {
        if (text != null && !allowed.contains(text)) {
            add("invalid_enum", "Expected one of " + String.join(", ", allowed) + ".", path);
            return null;
        }
        return text;
    }
}
