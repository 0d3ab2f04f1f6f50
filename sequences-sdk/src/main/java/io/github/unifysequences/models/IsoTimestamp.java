package io.github.unifysequences.models;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Parses the API's timestamps. The API writes them in one shape, {@code 2023-11-07T05:31:56.123Z}, and a
 * list page or an export carries several per item: {@link OffsetDateTime#parse} is general enough to cost
 * a third of an export's time. This reads that shape (any fraction of 0 to 9 digits, {@code Z} or
 * {@code ±HH:MM}) by hand and gives every other input to {@link OffsetDateTime#parse}, so what is accepted,
 * the values and the errors stay exactly the JDK's.
 */
final class IsoTimestamp {

    private IsoTimestamp() {
    }

    static OffsetDateTime parse(String text) {
        OffsetDateTime fast = tryFast(text);
        return fast != null ? fast : OffsetDateTime.parse(text);
    }

    /** @return the timestamp, or {@code null} if {@code text} is not in the common shape or not a valid date */
    private static OffsetDateTime tryFast(String text) {
        int n = text.length();
        if (n < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (text.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && isDigit(text.charAt(i))) {
                nanos = nanos * 10 + (text.charAt(i++) - '0');
            }
            int count = i - start;
            if (count == 0) {
                return null;
            }
            for (int k = count; k < 9; k++) {
                nanos *= 10;
            }
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

    private static ZoneOffset offset(String text, int at) {
        int rest = text.length() - at;
        if (rest == 1 && text.charAt(at) == 'Z') {
            return ZoneOffset.UTC;
        }
        char sign = rest == 6 ? text.charAt(at) : 0;
        if ((sign != '+' && sign != '-') || text.charAt(at + 3) != ':') {
            return null;
        }
        int hours = digits(text, at + 1, 2);
        int minutes = digits(text, at + 4, 2);
        if ((hours | minutes) < 0 || hours > 18 || minutes > 59) {
            return null;
        }
        try {
            return sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes) : ZoneOffset.ofHoursMinutes(-hours, -minutes);
        } catch (DateTimeException invalid) {
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
