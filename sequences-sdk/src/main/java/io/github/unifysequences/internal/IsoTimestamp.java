package io.github.unifysequences.internal;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Reads the API's timestamps, for both decoders ({@link ModelMapper} and {@link RowReader}), by hand: a list page
 * or an export carries several per item, and {@link OffsetDateTime#parse} is general enough to cost a third of an
 * export's time.
 *
 * <p>Accepted: every RFC 3339 {@code date-time}, and the ISO 8601 variants servers commonly write that
 * {@link OffsetDateTime#parse} refuses:
 * <ul>
 *   <li>{@code T}, {@code t} or a space between date and time;</li>
 *   <li>seconds optional ({@code 05:31Z}), as the JDK also allows;</li>
 *   <li>a fraction after {@code .} or {@code ,} of any length: nanosecond precision is kept, further digits are
 *       truncated;</li>
 *   <li>a leap second, {@code :60}, read as the last nanosecond of that minute ({@code :59.999999999}), since
 *       {@code java.time} has no leap seconds and the order of timestamps is kept;</li>
 *   <li>offsets {@code Z}, {@code z}, {@code ±HH}, {@code ±HHMM}, {@code ±HH:MM}, {@code ±HH:MM:SS} and
 *       {@code ±HHMMSS}, up to ±18:00.</li>
 * </ul>
 * and whatever else {@link OffsetDateTime#parse} accepts (years beyond 9999, for instance). Refused: anything else, including a timestamp without an offset (its instant is unknown) and an impossible date
 * or time ({@code 2023-02-30}, {@code 24:00}).
 */
final class IsoTimestamp {

    private IsoTimestamp() {}

    /**
     * @param text the timestamp as the API wrote it
     * @return the timestamp, with the offset it was written with
     * @throws DateTimeException if {@code text} is not one of the accepted shapes or not a valid date and time;
     *     the message does not quote the text
     */
    static OffsetDateTime parse(String text) {
        OffsetDateTime value = read(text);
        if (value != null) {
            return value;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeException refused) {
            // The JDK's message quotes the text, which may be anything a server echoed; this one does not.
            throw new DateTimeException("not an RFC 3339 timestamp (like 2024-01-31T09:15:00.250Z)");
        }
    }

    /** @return the timestamp, or {@code null} if {@code text} is not in an accepted shape or not a valid date */
    private static @Nullable OffsetDateTime read(String text) {
        int n = text.length();
        if (n < 17 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(13) != ':') {
            return null;
        }
        char separator = text.charAt(10);
        if (separator != 'T' && separator != 't' && separator != ' ') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        if ((year | month | day | hour | minute) < 0) {
            return null;
        }
        int i = 16;
        int second = 0;
        int nanos = 0;
        if (i < n && text.charAt(i) == ':') {
            if (i + 3 > n || (second = digits(text, i + 1, 2)) < 0) {
                return null;
            }
            i += 3;
            if (i < n && (text.charAt(i) == '.' || text.charAt(i) == ',')) {
                int start = ++i;
                while (i < n && isDigit(text.charAt(i))) {
                    if (i - start < 9) {
                        nanos = nanos * 10 + (text.charAt(i) - '0');
                    }
                    i++;
                }
                int count = i - start;
                if (count == 0) {
                    return null;
                }
                for (int k = count; k < 9; k++) {
                    nanos *= 10;
                }
            }
        }
        if (second == 60) {
            second = 59;
            nanos = 999_999_999;
        }
        ZoneOffset offset = offset(text, i);
        if (offset == null) {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    /** @return the offset that makes up the rest of {@code text} from {@code at}, or {@code null} */
    private static @Nullable ZoneOffset offset(String text, int at) {
        int rest = text.length() - at;
        if (rest <= 0) {
            return null;
        }
        char sign = text.charAt(at);
        if (rest == 1 && (sign == 'Z' || sign == 'z')) {
            return ZoneOffset.UTC;
        }
        if (sign != '+' && sign != '-') {
            return null;
        }
        int[] parts = {0, 0, 0};
        int i = at + 1;
        // The extended form separates every part with a colon, the basic form none.
        boolean extended = at + 3 < text.length() && text.charAt(at + 3) == ':';
        for (int part = 0; part < 3 && i < text.length(); part++) {
            if (part > 0 && extended && text.charAt(i++) != ':') {
                return null;
            }
            if (i + 2 > text.length() || (parts[part] = digits(text, i, 2)) < 0) {
                return null;
            }
            i += 2;
        }
        if (i != text.length() || parts[0] > 18 || parts[1] > 59 || parts[2] > 59) {
            return null;
        }
        int seconds = parts[0] * 3600 + parts[1] * 60 + parts[2];
        try {
            return ZoneOffset.ofTotalSeconds(sign == '+' ? seconds : -seconds);
        } catch (DateTimeException beyondEighteenHours) {
            return null;
        }
    }

    /** @return the value of {@code count} ASCII digits at {@code from}, or -1 if any is not one */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
