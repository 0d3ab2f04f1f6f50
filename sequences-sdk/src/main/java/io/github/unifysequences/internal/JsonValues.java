package io.github.unifysequences.internal;

import com.google.gson.JsonParseException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * The one rule by which both decoders ({@link ModelMapper} from a JSON tree, {@link RowReader} from an export row's
 * text) read a JSON value into a Java type. A value is read exactly or refused with a {@link JsonParseException}
 * naming the field; it is never wrapped, rounded or coerced:
 * <ul>
 *   <li>a string field takes a JSON string only;</li>
 *   <li>a boolean field takes {@code true} or {@code false} only ({@code 1}, {@code "yes"}, {@code "true"} are
 *       refused);</li>
 *   <li>an integer field takes a JSON number whose value is integral and fits the Java type ({@code 2.0} reads as
 *       2; {@code 2.9}, {@code 3000000000} for an {@code int} and {@code 12345678901234567890} for a {@code long}
 *       are refused);</li>
 *   <li>a UUID field takes the canonical 8-4-4-4-12 hexadecimal form only ({@code "1-2-3-4-5"}, which
 *       {@link UUID#fromString} would stretch into a UUID, is refused);</li>
 *   <li>a timestamp field takes what {@link IsoTimestamp} accepts.</li>
 * </ul>
 * Messages name the field and the rule but never quote a received string, which could be anything a server echoed
 * (the API key included); the value stays readable in the item's raw JSON.
 */
final class JsonValues {
    /** 8-4-4-4-12: the length of the canonical form, and where its dashes are. */
    private static final int UUID_LENGTH = 36;
    /** Longer number literals are refused before {@link BigDecimal} reads them: its cost grows with the digits. */
    private static final int MAX_NUMBER_CHARS = 64;

    private JsonValues() {}

    static JsonParseException refused(String field, String rule) {
        return new JsonParseException("field '" + field + "' " + rule);
    }

    /**
     * Whether {@code text} is 8-4-4-4-12 ASCII hexadecimal digits. Written out rather than as a regular expression:
     * every id of every item is checked, and the expression's matcher was a fifth of the time {@code list(100)} spent
     * mapping its page (docs/PERFORMANCE.md, figure 1).
     */
    static boolean isUuid(String text) {
        if (text.length() != UUID_LENGTH) {
            return false;
        }
        for (int i = 0; i < UUID_LENGTH; i++) {
            char c = text.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23
                    ? c == '-'
                    : c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static UUID uuid(String field, String text) {
        if (!isUuid(text)) {
            throw refused(field, "is not a UUID (8-4-4-4-12 hexadecimal digits)");
        }
        return UUID.fromString(text);
    }

    static OffsetDateTime timestamp(String field, String text) {
        try {
            return IsoTimestamp.parse(text);
        } catch (DateTimeException e) {
            throw refused(field, "is " + e.getMessage());
        }
    }

    static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw refused(field, "is not a date like 2023-12-25");
        }
    }

    /** @param literal a JSON number exactly as written */
    static int int32(String field, String literal) {
        try {
            return number(field, literal).intValueExact();
        } catch (ArithmeticException e) {
            throw refused(
                    field,
                    "must be an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ", was " + literal);
        }
    }

    /** @param literal a JSON number exactly as written */
    static long int64(String field, String literal) {
        try {
            return number(field, literal).longValueExact();
        } catch (ArithmeticException e) {
            throw refused(
                    field, "must be an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ", was " + literal);
        }
    }

    /** @param literal a JSON number exactly as written; the message may quote it, since it holds only a number */
    static BigDecimal number(String field, String literal) {
        if (literal.length() > MAX_NUMBER_CHARS) {
            throw refused(field, "is a number of more than " + MAX_NUMBER_CHARS + " characters");
        }
        try {
            return new BigDecimal(literal);
        } catch (NumberFormatException e) {
            throw refused(field, "is not a number");
        }
    }
}
