package io.github.unifysequences.client;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code Retry-After} value as RFC 9110 §10.2.3 defines it: {@code delay-seconds} (digits only) or an
 * HTTP-date in any of its three forms (§5.6.7), which a recipient must all accept.
 */
final class RetryAfter {
    /** IMF-fixdate: {@code Sun, 06 Nov 1994 08:49:37 GMT}. */
    private static final Pattern IMF_FIXDATE =
            Pattern.compile("[A-Za-z]{3}, (\\d{1,2}) ([A-Za-z]{3}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT");
    /** Obsolete RFC 850: {@code Sunday, 06-Nov-94 08:49:37 GMT}. */
    private static final Pattern RFC_850 =
            Pattern.compile("[A-Za-z]{6,9}, (\\d{2})-([A-Za-z]{3})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT");
    /** Obsolete asctime: {@code Sun Nov  6 08:49:37 1994} (the day padded with a space). */
    private static final Pattern ASCTIME =
            Pattern.compile("[A-Za-z]{3} ([A-Za-z]{3}) ([ \\d]\\d) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})");

    private static final Pattern DELAY_SECONDS = Pattern.compile("\\d+");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
    /** More seconds than any cap can allow; a longer delay is reported as this. */
    static final Duration UNBOUNDED = Duration.ofSeconds(Long.MAX_VALUE);

    private RetryAfter() {}

    /**
     * @param value the header value, or {@code null}
     * @param now the current instant, for an HTTP-date
     * @return how long the server asked to wait: zero for a date in the past, {@link #UNBOUNDED} for a number of
     *     seconds too large for a {@code long}; {@code null} when there is no value or it is none of the four
     *     forms (a negative number, a fraction, garbage), so that the caller's own backoff applies
     */
    static @Nullable Duration parse(@Nullable String value, Instant now) {
        if (value == null) {
            return null;
        }
        String text = value.trim();
        if (DELAY_SECONDS.matcher(text).matches()) {
            return text.length() > 18 ? UNBOUNDED : Duration.ofSeconds(Long.parseLong(text));
        }
        Instant at = httpDate(text, now);
        if (at == null) {
            return null;
        }
        Duration until = Duration.between(now, at);
        return until.isNegative() ? Duration.ZERO : until;
    }

    /** @return the instant, or {@code null} when the text is none of the three forms or not a real date */
    private static @Nullable Instant httpDate(String text, Instant now) {
        Matcher m;
        try {
            if ((m = IMF_FIXDATE.matcher(text)).matches()) {
                return at(Integer.parseInt(m.group(3)), m.group(2), m.group(1), m, 4);
            }
            if ((m = RFC_850.matcher(text)).matches()) {
                return at(fullYear(Integer.parseInt(m.group(3)), now), m.group(2), m.group(1), m, 4);
            }
            if ((m = ASCTIME.matcher(text)).matches()) {
                return at(Integer.parseInt(m.group(6)), m.group(1), m.group(2).trim(), m, 3);
            }
        } catch (DateTimeException notADate) {
            return null;
        }
        return null;
    }

    private static Instant at(int year, String month, String day, Matcher m, int timeGroup) {
        int index = MONTHS.indexOf(month.toLowerCase(Locale.ROOT));
        if (index < 0 || index % 3 != 0) {
            throw new DateTimeException("no month " + month);
        }
        return LocalDateTime.of(
                        year,
                        index / 3 + 1,
                        Integer.parseInt(day),
                        Integer.parseInt(m.group(timeGroup)),
                        Integer.parseInt(m.group(timeGroup + 1)),
                        Integer.parseInt(m.group(timeGroup + 2)))
                .toInstant(ZoneOffset.UTC);
    }

    /** RFC 9110 §5.6.7: a two-digit year more than 50 years in the future is the most recent past year with those digits. */
    private static int fullYear(int twoDigits, Instant now) {
        int current = now.atZone(ZoneOffset.UTC).getYear();
        int year = current - current % 100 + twoDigits;
        return year > current + 50 ? year - 100 : year;
    }
}
