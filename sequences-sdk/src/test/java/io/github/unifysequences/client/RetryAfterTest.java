package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.errors.RateLimitedException;
import io.github.unifysequences.errors.UnifyIoException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code Retry-After} as RFC 9110 §10.2.3 defines it, read by {@link RetryAfter} and honoured by the retry loop. */
class RetryAfterTest extends ClientTestBase {
    /** RFC 9110's own example instant, Sun, 06 Nov 1994 08:49:37 GMT, less 90 seconds. */
    private static final Instant NOW = Instant.parse("1994-11-06T08:48:07Z");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Sun, 06 Nov 1994 08:49:37 GMT", // IMF-fixdate
                "Sunday, 06-Nov-94 08:49:37 GMT", // obsolete RFC 850
                "Sun Nov  6 08:49:37 1994", // obsolete asctime
                "  Sun, 06 Nov 1994 08:49:37 GMT  ",
                "90"
            })
    void everyFormOfRfc9110IsRead(String value) {
        assertThat(RetryAfter.parse(value, NOW)).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void aTwoDigitYearMoreThanFiftyYearsAheadIsInThePastCentury() {
        Instant in2026 = Instant.parse("2026-11-06T08:48:07Z");
        assertThat(RetryAfter.parse("Friday, 06-Nov-26 08:49:37 GMT", in2026)).isEqualTo(Duration.ofSeconds(90));
        // 2094 is more than 50 years after 2026: the most recent past 94 is 1994, long gone.
        assertThat(RetryAfter.parse("Sunday, 06-Nov-94 08:49:37 GMT", in2026)).isEqualTo(Duration.ZERO);
    }

    @Test
    void aDateInThePastMeansNow() {
        assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", Instant.parse("2000-01-01T00:00:00Z")))
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999999999", "12345678901234567890123", "9223372036854775808"})
    void aNumberTooLargeForALongIsBeyondAnyCap(String value) {
        assertThat(RetryAfter.parse(value, NOW)).isEqualTo(RetryAfter.UNBOUNDED);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "-5",
                "+5",
                "1.5",
                "soon",
                "",
                "5 s",
                "0x10",
                "Sun, 32 Nov 1994 08:49:37 GMT",
                "Sun, 06 Foo 1994 08:49:37 GMT",
                "Sun, 06 Nov 1994 25:49:37 GMT",
                "Sun, 06 Nov 1994 08:49:37 PST",
                "1994-11-06T08:49:37Z"
            })
    void negativeFractionalOrGarbageValuesAreIgnored(String value) {
        assertThat(RetryAfter.parse(value, NOW)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"Tue, 07 Nov 2023 05:31:20 GMT", "Tuesday, 07-Nov-23 05:31:20 GMT", "Tue Nov  7 05:31:20 2023"})
    void everyDateFormIsHonouredOverHttp(String date) {
        enqueue(503, "{\"status\":\"error\",\"message\":\"later\"}", "Retry-After", date);
        enqueueExample("retrieve_sequence.response");
        client.sequences().retrieve(SEQUENCE_ID);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(20));
    }

    @Test
    void aTwentyDigitRetryAfterFailsAtOnce() {
        enqueue(429, "{\"status\":\"rate_limited\",\"message\":\"never\"}", "Retry-After", "99999999999999999999");
        RateLimitedException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                RateLimitedException.class, () -> client.sequences().retrieve(SEQUENCE_ID));
        assertThat(e.retryAfter()).contains(RetryAfter.UNBOUNDED);
        assertThat(sleeps).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aTwentyDigitRetryAfterOnA503FailsInsideTheHierarchyOnBothFaces() {
        // OkHttp's own follow-up logic cannot parse it and throws unchecked; the blocking face runs OkHttp on the
        // caller's thread, so it must map that as the async face's callback does.
        RequestOptions once = RequestOptions.builder().maxRetries(0).build();
        enqueue(503, "{\"status\":\"error\",\"message\":\"later\"}", "Retry-After", "99999999999999999999");
        assertThatThrownBy(() -> client.sequences().retrieve(SEQUENCE_ID, once))
                .isInstanceOf(UnifyIoException.class)
                .hasMessageContaining("NumberFormatException");
        enqueue(503, "{\"status\":\"error\",\"message\":\"later\"}", "Retry-After", "99999999999999999999");
        assertThatThrownBy(() ->
                        client.async().sequences().retrieve(SEQUENCE_ID, once).join())
                .hasCauseInstanceOf(UnifyIoException.class)
                .hasMessageContaining("NumberFormatException");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "-99999999999999999999", "garbage"})
    void anInvalidRetryAfterFallsBackToTheNormalBackoff(String value) {
        enqueue(503, "{\"status\":\"error\",\"message\":\"later\"}", "Retry-After", value);
        enqueueExample("retrieve_sequence.response");
        client.sequences().retrieve(SEQUENCE_ID);
        assertThat(sleeps)
                .singleElement()
                .satisfies(d -> assertThat(d.toMillis()).isBetween(375L, 500L));
    }
}
