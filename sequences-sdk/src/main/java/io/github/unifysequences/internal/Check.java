package io.github.unifysequences.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Argument validation shared by the params and options builders and the path ids of every operation, so every
 * invalid input is refused before anything is sent, with an {@link IllegalArgumentException} whose message names
 * the field and the rule. A value quoted in a message is cut to {@value #QUOTE_CHARS} characters. Not API (the
 * package is not exported).
 */
public final class Check {
    /** The longest duration any setting takes: a day bounds every wait, and a query job expires after one. */
    public static final Duration MAX_DURATION = Duration.ofHours(24);
    /** Earliest and latest instants RFC 3339 can write (years 0000 to 9999), the API's {@code date-time}. */
    private static final Instant MIN_INSTANT = Instant.parse("0000-01-01T00:00:00Z");

    private static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");
    /** RFC 5322 caps a header line, so a subject, at 998 characters. */
    private static final int MAX_SUBJECT_CHARS = 998;

    private static final int QUOTE_CHARS = 80;
    private static final String ATOM = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
    /** RFC 5321's dot-atom mailbox with a domain of two or more labels; quoted local parts and IP literals are not mailboxes Unify sends from. */
    private static final Pattern EMAIL =
            Pattern.compile(ATOM + "(?:\\." + ATOM + ")*@" + LABEL + "(?:\\." + LABEL + ")+");

    private Check() {}

    /**
     * Parses an id the way every SDK operation does before sending anything. {@code UUID.fromString} accepts
     * short groups like "1-2-3-4-5", so the canonical 8-4-4-4-12 form is checked first.
     *
     * @param field the parameter name, used in the message
     * @param value the id
     * @return the parsed id
     * @throws IllegalArgumentException naming the field, if the value is not a UUID
     */
    public static UUID uuid(String field, @Nullable String value) {
        if (value == null || !JsonValues.isUuid(value)) {
            throw new IllegalArgumentException(
                    field + " must be a UUID like 5d0f6a3e-2b7c-4f1e-9a58-3c6e1b2d4f70, was " + quote(value));
        }
        return UUID.fromString(value);
    }

    public static @Nullable UUID optionalUuid(String field, @Nullable String value) {
        return value == null ? null : uuid(field, value);
    }

    /**
     * Checks an id the spec types as a plain string (a query job's {@code job_id}) before it becomes a path segment:
     * any such string is accepted except one that could change the route — blank, {@code .} or {@code ..}, or
     * holding {@code /}, {@code \}, {@code ?}, {@code #}, {@code %}, whitespace or control characters.
     *
     * @param field the parameter name, used in the message
     * @param value the id
     * @return the id, unchanged
     * @throws IllegalArgumentException naming the field and the rule
     */
    public static String pathId(String field, @Nullable String value) {
        String id = text(field, value);
        if (id.equals(".")
                || id.equals("..")
                || id.chars().anyMatch(c -> "/\\?#%".indexOf(c) >= 0 || Character.isWhitespace(c))) {
            throw new IllegalArgumentException(
                    field + " must not be '.' or '..' or hold / \\ ? # % or whitespace, was " + quote(id));
        }
        return id;
    }

    /**
     * @param field the parameter name, used in the message
     * @param value a string the API takes as it is (an id in a filter, a version id)
     * @return the value, unchanged
     * @throws IllegalArgumentException if it is null, blank or holds a control character
     */
    public static String text(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be " + (value == null ? "null" : "blank"));
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(
                    field + " must not hold control characters (such as CR, LF or NUL), was " + quote(value));
        }
        return value;
    }

    /**
     * @param field the parameter name, used in the message
     * @param value an email address
     * @return the address, unchanged
     * @throws IllegalArgumentException unless it is a mailbox like {@code ava@unifygtm-demo.com} of at most 254
     *     characters (64 before the {@code @}), without spaces or control characters
     */
    public static String email(String field, @Nullable String value) {
        if (value == null
                || value.length() > 254
                || value.indexOf('@') > 64
                || !EMAIL.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    field + " must be an email address like ava@unifygtm-demo.com (at most 254"
                            + " characters, no spaces or line breaks), was " + quote(value));
        }
        return value;
    }

    /**
     * @param field the parameter name, used in the message
     * @param value a subject line, or {@code null} when it does not change
     * @return the value, unchanged
     * @throws IllegalArgumentException if it holds a line break or another control character, or is longer than
     *     998 characters (RFC 5322's line limit)
     */
    public static @Nullable String subject(String field, @Nullable String value) {
        if (value == null) {
            return null;
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(
                    field + " must be one line without control characters (CR, LF, ...), was " + quote(value));
        }
        if (value.length() > MAX_SUBJECT_CHARS) {
            throw new IllegalArgumentException(
                    field + " must be at most " + MAX_SUBJECT_CHARS + " characters, was " + value.length());
        }
        return value;
    }

    /**
     * @param field the parameter name, used in the message
     * @param value an instant to send as an RFC 3339 {@code date-time}, or {@code null} when unset
     * @return the value, unchanged
     * @throws IllegalArgumentException if it lies outside the years 0000 to 9999, which RFC 3339 cannot write
     */
    public static @Nullable Instant instant(String field, @Nullable Instant value) {
        if (value != null && (value.isBefore(MIN_INSTANT) || value.isAfter(MAX_INSTANT))) {
            throw new IllegalArgumentException(
                    field + " must be within the years 0000 to 9999 (RFC 3339), was " + value);
        }
        return value;
    }

    /** As {@link #instant}, for a value written with its own offset: its local year must fit four digits too. */
    public static @Nullable OffsetDateTime dateTime(String field, @Nullable OffsetDateTime value) {
        if (value != null && (value.getYear() < 0 || value.getYear() > 9999)) {
            throw new IllegalArgumentException(
                    field + " must be within the years 0000 to 9999 (RFC 3339), was " + value);
        }
        if (value != null) {
            instant(field, value.toInstant());
        }
        return value;
    }

    /**
     * @param field the parameter name, used in the message
     * @param value a required value
     * @param <T> its type
     * @return the value
     * @throws IllegalArgumentException naming the field, if it is {@code null}
     */
    public static <T> T notNull(String field, @Nullable T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        return value;
    }

    /**
     * The one rule for every duration setting (timeouts, intervals, caps): positive and at most
     * {@link #MAX_DURATION}, so that no setting overflows a millisecond count or waits beyond a query job's life.
     *
     * @param setting the setting's name, used in the message
     * @param value the duration
     * @return the value
     * @throws IllegalArgumentException naming the setting, if it is null, zero, negative or longer than a day
     */
    public static Duration duration(String setting, @Nullable Duration value) {
        if (value == null || value.isNegative() || value.isZero() || value.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException(
                    setting + " must be positive and at most " + MAX_DURATION.toHours() + " hours, was " + value);
        }
        return value;
    }

    public static @Nullable Integer limit(@Nullable Integer limit) {
        if (limit != null && (limit < 1 || limit > 100)) {
            throw new IllegalArgumentException("limit must be between 1 and 100, was " + limit);
        }
        return limit;
    }

    /** A blank cursor would be sent as {@code cursor=}, which the API reads as "from the first page". */
    public static @Nullable String cursor(@Nullable String cursor) {
        if (cursor != null && cursor.isBlank()) {
            throw new IllegalArgumentException("cursor must not be blank; omit it to start at the first page");
        }
        return cursor == null ? null : text("cursor", cursor);
    }

    /**
     * @return the value quoted, cut and with control characters escaped (so a message stays one line); the word
     *     {@code "null"} when there is no value
     */
    private static String quote(@Nullable String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder quoted = new StringBuilder("'");
        value.substring(0, Math.min(value.length(), QUOTE_CHARS))
                .chars()
                .forEach(c -> quoted.append(
                        Character.isISOControl(c) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        quoted.append('\'');
        return value.length() > QUOTE_CHARS ? quoted + "… (" + value.length() + " characters)" : quoted.toString();
    }
}
