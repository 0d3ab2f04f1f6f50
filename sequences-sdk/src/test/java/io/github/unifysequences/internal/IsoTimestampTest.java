package io.github.unifysequences.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written parser accepts everything {@link OffsetDateTime#parse} accepts, with the same value, plus the
 * common ISO 8601 variants it refuses; what is refused is refused without quoting the text.
 */
class IsoTimestampTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2023-11-07T05:31:56Z",
                "2023-11-07T05:31:56.123Z",
                "2023-11-07T05:31:56.1Z",
                "2023-11-07T05:31:56.000Z",
                "2023-11-07T05:31:56.123456789Z",
                "2023-11-07T05:31:56+05:30",
                "2023-11-07T05:31:56.5-08:00",
                "2023-11-07T05:31:56-00:00",
                "2023-11-07T05:31:56+18:00",
                "2024-02-29T23:59:59.999999Z",
                "2023-11-07T05:31Z",
                "2023-11-07t05:31:56z",
                "2023-11-07T05:31:56+05:30:15",
                "+12023-11-07T05:31:56Z",
                "2023-11-07T05:31:56.Z",
            })
    void acceptsWhatTheJdkAccepts(String text) {
        assertThat(IsoTimestamp.parse(text)).isEqualTo(OffsetDateTime.parse(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2023-13-07T05:31:56Z",
                "2023-02-30T05:31:56Z",
                "2023-11-07T24:00:00Z",
                "2023-11-07T05:60:56Z",
                "2023-11-07T05:31:61Z",
                "2023-11-07T05:31:56",
                "2023-11-07 05:31:56",
                "2023-11-07T05:31:56+19:00",
                "2023-11-07T05:31:56+05:60",
                "2023-11-07T05:31:56+053",
                "2023-11-07X05:31:56Z",
                "2023-11-07T05:31:5aZ",
                "2023-11-07T05:31:56ZZ",
                "2023-11-07T05:31:56.Z+00:00",
                "2023-11-07T05:31:56,Z",
                "",
                "not a time",
                "2023-11-07T05:31:56+05:30:15:00",
                "2023-11-07T05:31:56+05:3015",
            })
    void rejectsTheRestWithoutQuotingIt(String text) {
        assertThatThrownBy(() -> IsoTimestamp.parse(text))
                .isInstanceOf(DateTimeException.class)
                .hasMessageNotContaining(text.isEmpty() ? "\u0000" : text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2023-11-07T05:31:56.123+0000      | 2023-11-07T05:31:56.123Z",
                "2023-11-07T05:31:56+0530          | 2023-11-07T05:31:56+05:30",
                "2023-11-07T05:31:56-08            | 2023-11-07T05:31:56-08:00",
                "2023-11-07T05:31:56+053015        | 2023-11-07T05:31:56+05:30:15",
                "2023-11-07 05:31:56Z              | 2023-11-07T05:31:56Z",
                "2023-11-07 05:31:56.5+00:00       | 2023-11-07T05:31:56.5Z",
                "2016-12-31T23:59:60Z              | 2016-12-31T23:59:59.999999999Z",
                "2016-12-31T15:59:60.5-08:00       | 2016-12-31T15:59:59.999999999-08:00",
                "2023-11-07T05:31:56.1234567891Z   | 2023-11-07T05:31:56.123456789Z",
                "2023-11-07T05:31:56.123456789999Z | 2023-11-07T05:31:56.123456789Z",
                "2023-11-07T05:31:56,123Z          | 2023-11-07T05:31:56.123Z",
            })
    void acceptsTheCommonVariantsTheJdkRefuses(String text, String expected) {
        assertThat(IsoTimestamp.parse(text)).isEqualTo(OffsetDateTime.parse(expected));
    }

    @Test
    void agreesWithTheJdkOnRandomInstantsAndOffsets() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            OffsetDateTime value = OffsetDateTime.of(
                    1900 + random.nextInt(200),
                    1 + random.nextInt(12),
                    1 + random.nextInt(28),
                    random.nextInt(24),
                    random.nextInt(60),
                    random.nextInt(60),
                    random.nextInt(3) == 0 ? 0 : random.nextInt(1_000_000_000),
                    ZoneOffset.ofTotalSeconds(random.nextInt(4) == 0 ? 0 : (random.nextInt(36 * 4) - 72) * 900));
            String text = value.toString();
            assertThat(IsoTimestamp.parse(text))
                    .as(text)
                    .isEqualTo(OffsetDateTime.parse(text))
                    .isEqualTo(value);
        }
    }
}
