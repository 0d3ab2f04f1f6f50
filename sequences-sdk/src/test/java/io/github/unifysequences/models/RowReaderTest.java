package io.github.unifysequences.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/** Result rows are read from their text in one pass; these are the rules that pass must keep. */
class RowReaderTest {
    private static final String ROW =
            "{\"id\":\"e1\",\"updated_at\":\"2023-11-07T05:31:56.123Z\",\"status\":\"IN_PROGRESS\","
                    + "\"is_blocked\":false,\"is_bounced\":null,\"is_paused\":true,\"version\":3,\"started_at\":null,"
                    + "\"brand_new\":{\"nested\":[1,{\"deep\":true}]},"
                    + "\"sequence\":{\"id\":\"s1\",\"name\":null,\"version\":2,\"extra\":\"x\"},"
                    + "\"mailbox\":{\"id\":\"m1\",\"email_address\":\"rep@example.com\"},"
                    + "\"person\":{\"id\":\"p1\",\"email\":\"ada@example.com\",\"first_name\":\"Ada\",\"company\":null},"
                    + "\"enrolled_by_play\":null,"
                    + "\"reply_email_message\":{\"id\":\"a8b35494-e82e-4a0c-9b8f-0b80c5b5d8f2\",\"classifications\":"
                    + "[{\"id\":\"b8b35494-e82e-4a0c-9b8f-0b80c5b5d8f2\",\"category\":\"SOMETHING_NEW\"}]}}";

    @Test
    void readsKnownFieldsSkipsUnknownOnesAndTreatsNullAsAbsent() {
        SequenceEnrollment row = UnifyJson.sequenceEnrollment(ROW);

        assertThat(row.id()).isEqualTo("e1");
        assertThat(row.updatedAt()).isEqualTo(java.time.OffsetDateTime.parse("2023-11-07T05:31:56.123Z"));
        assertThat(row.status().asString()).isEqualTo("IN_PROGRESS");
        assertThat(row.isPaused()).isTrue();
        assertThat(row.isBounced()).isFalse();
        assertThat(row.version()).contains(3);
        assertThat(row.startedAt()).isEmpty();
        assertThat(row.sequence())
                .isEqualTo(BulkSequence.builder().id("s1").version(2).build());
        assertThat(row.person().firstName()).contains("Ada");
        assertThat(row.person().company()).isEmpty();
        assertThat(row.enrolledByPlay()).isEmpty();
        assertThat(row.replyEmailMessage()
                        .orElseThrow()
                        .classifications()
                        .get(0)
                        .category()
                        .asString())
                .isEqualTo("SOMETHING_NEW");
    }

    @Test
    void rawJsonIsTheRowAsSentIncludingUnknownFields() {
        SequenceEnrollment row = UnifyJson.sequenceEnrollment(ROW);

        JsonObject expected = JsonParser.parseString(ROW).getAsJsonObject();
        assertThat(row.rawJson().asJsonObject()).isEqualTo(expected);
        assertThat(row.rawJson().get("brand_new")).contains(expected.get("brand_new"));
        assertThat(row.rawJson().toString()).isEqualTo(expected.toString());
        assertThat(row).isEqualTo(UnifyJson.sequenceEnrollment(expected));
    }

    @Test
    void aRowThatIsNotOneObjectOrLacksARequiredFieldIsRejected() {
        assertThatThrownBy(() -> UnifyJson.sequenceEnrollment("[1]"))
                .isInstanceOf(JsonParseException.class)
                .hasMessageContaining("JSON object");
        assertThatThrownBy(() -> UnifyJson.sequenceEnrollment(ROW + " {}"))
                .isInstanceOf(JsonParseException.class)
                .hasMessageContaining("more follows");
        assertThatThrownBy(() -> UnifyJson.sequenceEnrollment(ROW.replace("\"person\":{", "\"human\":{")))
                .isInstanceOf(JsonParseException.class)
                .hasMessageContaining("'person'");
        assertThatThrownBy(
                        () -> UnifyJson.sequenceEnrollment(ROW.replace("\"is_paused\":true", "\"is_paused\":\"yes\"")))
                .isInstanceOf(JsonParseException.class);
        assertThatThrownBy(() -> UnifyJson.sequenceEnrollment(ROW.substring(0, 120)))
                .isInstanceOf(JsonParseException.class);
    }

    @Test
    void anEnrollmentStepRowReadsItsEnrollmentAndEmail() {
        String step =
                "{\"id\":\"st1\",\"updated_at\":\"2023-11-07T05:31:56Z\",\"type\":\"AUTOMATIC_EMAIL\",\"status\":\"FINISHED\","
                        + "\"sequence\":{\"id\":\"s1\"},\"step_number\":1,"
                        + "\"enrollment\":{\"id\":\"e1\",\"mailbox\":{\"id\":\"m1\"},\"person\":{\"id\":\"p1\",\"email\":\"a@b.c\"}},"
                        + "\"email_message\":{\"id\":\"em1\",\"sent_at\":\"2023-11-07T14:00:02Z\",\"opens\":2,\"clicks\":null}}";

        SequenceEnrollmentStep row = UnifyJson.sequenceEnrollmentStep(step);

        assertThat(row.enrollmentId()).isEqualTo("e1");
        assertThat(row.type().orElseThrow().asString()).isEqualTo("AUTOMATIC_EMAIL");
        assertThat(row.emailMessage().orElseThrow().opens()).isEqualTo(2);
        assertThat(row.emailMessage().orElseThrow().clicks()).isZero();
        assertThatThrownBy(() -> UnifyJson.sequenceEnrollmentStep(step.replace("\"enrollment\"", "\"enrolment\"")))
                .isInstanceOf(JsonParseException.class)
                .hasMessageContaining("'enrollment'");
    }
}
