package io.github.unifysequences.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both decoders — the tree mapper ({@code EnrollmentStep}, {@code QueryJob}) and the export row reader
 * ({@code SequenceEnrollmentStep}) — read the same value the same way: exactly, or refused naming the field.
 */
class DecodeRulesTest {
    private static final String ROW =
            "{\"id\":\"st1\",\"updated_at\":\"2023-11-07T05:31:56Z\",\"type\":\"AUTOMATIC_EMAIL\","
                    + "\"status\":\"FINISHED\",\"is_paused\":false,\"sequence\":{\"id\":\"s1\"},\"step_number\":1,"
                    + "\"enrollment\":{\"id\":\"e1\",\"mailbox\":{\"id\":\"m1\"},\"person\":{\"id\":\"p1\",\"email\":\"a@b.c\"}},"
                    + "\"reply_email_message\":{\"id\":\"a8b35494-e82e-4a0c-9b8f-0b80c5b5d8f2\"}}";

    private static String example(String name) {
        try (InputStream in = DecodeRulesTest.class.getResourceAsStream("/examples/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The enrollment step as the tree mapper reads it, with one field's JSON replaced. */
    private static EnrollmentStep step(String field, String json) {
        JsonObject tree = JsonParser.parseString(example("get_sequence_enrollment_step.response"))
                .getAsJsonObject();
        tree.add(field, JsonParser.parseString(json));
        return UnifyJson.enrollmentStep(tree);
    }

    /** The enrollment-step row as the row reader reads it, with one field's JSON replaced. */
    private static SequenceEnrollmentStep row(String field, String json) {
        JsonObject tree = JsonParser.parseString(ROW).getAsJsonObject();
        tree.add(field, JsonParser.parseString(json));
        return UnifyJson.sequenceEnrollmentStep(tree.toString());
    }

    private static void bothRefuse(String field, String json, Function<String, ?> tree, Function<String, ?> row) {
        assertThatThrownBy(() -> tree.apply(json))
                .as("tree " + json)
                .isInstanceOf(JsonParseException.class)
                .hasMessageContaining(field);
        assertThatThrownBy(() -> row.apply(json))
                .as("row " + json)
                .isInstanceOf(JsonParseException.class)
                .hasMessageContaining(field);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "3000000000",
                "2.9",
                "-2147483649",
                "12345678901234567890",
                "1e400",
                "1e-400",
                "\"5\"",
                "true",
                "[1]",
                "{}"
            })
    void anIntegerThatDoesNotFitOrIsNotIntegralIsRefusedNeverWrapped(String json) {
        bothRefuse("step_number", json, v -> step("step_number", v), v -> row("step_number", v));
    }

    @ParameterizedTest
    @CsvSource({"2.0, 2", "2147483647, 2147483647", "-0, 0", "1E2, 100"})
    void anIntegralNumberIsReadExactly(String json, int expected) {
        assertThat(step("step_number", json).stepNumber()).contains(expected);
        assertThat(row("step_number", json).stepNumber()).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "0", "\"yes\"", "\"true\"", "\"false\"", "[]"})
    void aBooleanIsTrueOrFalseOnly(String json) {
        assertThatThrownBy(() -> {
                    JsonObject email = JsonParser.parseString(example("get_sequence_enrollment_step.response"))
                            .getAsJsonObject()
                            .getAsJsonObject("email");
                    email.add("is_ready", JsonParser.parseString(json));
                    step("email", email.toString());
                })
                .isInstanceOf(JsonParseException.class)
                .hasMessageContaining("is_ready");
        assertThatThrownBy(() -> row("is_paused", json))
                .isInstanceOf(JsonParseException.class)
                .hasMessageContaining("is_paused");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"1-2-3-4-5\"",
                "\"a8b35494e82e4a0c9b8f0b80c5b5d8f2\"",
                "\"{a8b35494-e82e-4a0c-9b8f-0b80c5b5d8f2}\"",
                "7"
            })
    void aUuidIsTheCanonicalFormOnly(String json) {
        assertThatThrownBy(() -> step("enrollment_id", json))
                .isInstanceOf(JsonParseException.class)
                .hasMessageContaining("enrollment_id");
        assertThatThrownBy(() -> row("reply_email_message", "{\"id\":" + json + "}"))
                .isInstanceOf(JsonParseException.class)
                .hasMessageContaining("id'")
                .hasMessageNotContaining("a8b35494");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2023-11-07T05:31:56.123+0000 | 2023-11-07T05:31:56.123Z",
                "2023-11-07 05:31:56Z         | 2023-11-07T05:31:56Z",
                "2016-12-31T23:59:60Z         | 2016-12-31T23:59:59.999999999Z",
                "2023-11-07T05:31:56.1234567891Z | 2023-11-07T05:31:56.123456789Z",
                "2023-11-07T05:31:56,5+05:30  | 2023-11-07T05:31:56.5+05:30",
            })
    void timestampsAreReadByOneRule(String text, String expected) {
        OffsetDateTime value = OffsetDateTime.parse(expected);
        assertThat(step("updated_at", "\"" + text + "\"").updatedAt()).isEqualTo(value);
        assertThat(row("updated_at", "\"" + text + "\"").updatedAt()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2023-02-30T05:31:56Z\"", "\"2023-11-07T05:31:56\"", "\"yesterday\"", "1699335116"})
    void anUnreadableTimestampIsRefusedNamingTheField(String json) {
        bothRefuse("updated_at", json, v -> step("updated_at", v), v -> row("updated_at", v));
    }

    @Test
    void aRowCountIsReadExactlyOrRefused() {
        String job = "{\"job_id\":\"job-1\",\"status\":\"FINISHED\",\"total_rows\":%s,\"error_code\":null,"
                + "\"created_at\":\"2023-11-07T05:31:56Z\",\"expires_at\":\"2023-11-08T05:31:56Z\",\"canceled_at\":null}";
        assertThat(UnifyJson.queryJob(JsonParser.parseString(String.format(job, "9223372036854775807"))
                                .getAsJsonObject())
                        .totalRows())
                .hasValue(Long.MAX_VALUE);
        for (String bad : new String[] {"12345678901234567890", "2.5", "\"25\""}) {
            assertThatThrownBy(() -> UnifyJson.queryJob(
                            JsonParser.parseString(String.format(job, bad)).getAsJsonObject()))
                    .isInstanceOf(JsonParseException.class)
                    .hasMessageContaining("total_rows");
        }
    }

    @Test
    void messagesNeverQuoteAReceivedString() {
        String secret = "sk_live_echoed_by_a_server";
        for (String field : new String[] {"id", "enrollment_id", "updated_at"}) {
            assertThatThrownBy(() -> step(field, "\"" + secret + "\""))
                    .isInstanceOf(JsonParseException.class)
                    .hasMessageNotContaining(secret);
        }
        assertThatThrownBy(() -> row("updated_at", "\"" + secret + "\"")).hasMessageNotContaining(secret);
        assertThatThrownBy(() -> row("step_number", "\"" + secret + "\"")).hasMessageNotContaining(secret);
    }
}
