package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.unifysequences.models.AndCondition;
import io.github.unifysequences.models.Enrollment;
import io.github.unifysequences.models.EnrollmentStatus;
import io.github.unifysequences.models.ManualEmailStep;
import io.github.unifysequences.models.OrCondition;
import io.github.unifysequences.models.Sequence;
import io.github.unifysequences.models.SequenceStep;
import io.github.unifysequences.models.StepCondition;
import io.github.unifysequences.models.TaskPriority;
import io.github.unifysequences.models.TimerCondition;
import io.github.unifysequences.models.UnknownCondition;
import io.github.unifysequences.models.UnknownStep;
import org.junit.jupiter.api.Test;

/** Bodies from a newer API: unknown fields, enum values, step and condition types must not break reading. */
class ForwardCompatibilityTest extends ClientTestBase {

    @Test
    void unknownFieldsAtEveryLevelAreKept() {
        JsonObject json =
                JsonParser.parseString(example("retrieve_sequence.response")).getAsJsonObject();
        json.addProperty("brand_new", "top");
        json.getAsJsonObject("owner").addProperty("team", "emea");
        json.getAsJsonObject("sequence_ruleset").addProperty("max_daily", 40);
        enqueue(200, json.toString());
        Sequence sequence = client.sequences().retrieve(SEQUENCE_ID);
        assertThat(sequence.rawJson().get("brand_new").orElseThrow().getAsString())
                .isEqualTo("top");
        assertThat(sequence.rawJson()
                        .asJsonObject()
                        .getAsJsonObject("owner")
                        .get("team")
                        .getAsString())
                .isEqualTo("emea");
        assertThat(sequence.rawJson()
                        .asJsonObject()
                        .getAsJsonObject("sequence_ruleset")
                        .get("max_daily")
                        .getAsInt())
                .isEqualTo(40);
        assertThat(sequence.rawJson().get("absent")).isEmpty();
    }

    @Test
    void unknownEnumValueKeepsItsRawString() {
        JsonObject json = JsonParser.parseString(example("get_sequence_enrollment.response"))
                .getAsJsonObject();
        json.addProperty("status", "ON_HOLD");
        enqueue(200, json.toString());
        Enrollment enrollment = client.enrollments().retrieve(ENROLLMENT_ID);
        assertThat(enrollment.status().value()).isEqualTo(EnrollmentStatus.Value.UNKNOWN);
        assertThat(enrollment.status().asString()).isEqualTo("ON_HOLD");
        assertThat(enrollment.status().isKnown()).isFalse();
        assertThat(enrollment.status())
                .isEqualTo(EnrollmentStatus.of("ON_HOLD"))
                .isNotEqualTo(EnrollmentStatus.DRAFT);
    }

    @Test
    void unknownStepTypeIsAnUnknownStepWithItsCommonFields() {
        JsonObject json = JsonParser.parseString(example("retrieve_sequence_step.response"))
                .getAsJsonObject();
        json.addProperty("type", "SMS");
        json.add("config", JsonParser.parseString("{\"text\":\"hi\"}"));
        enqueue(200, json.toString());
        SequenceStep step = client.sequences().steps().retrieve(SEQUENCE_ID, STEP_ID);
        assertThat(step).isInstanceOf(UnknownStep.class);
        assertThat(step.type().asString()).isEqualTo("SMS");
        assertThat(step.id()).isNotNull();
        assertThat(step.rawJson()
                        .asJsonObject()
                        .getAsJsonObject("config")
                        .get("text")
                        .getAsString())
                .isEqualTo("hi");
    }

    @Test
    void manualEmailStepHasItsEmailAndItsTask() {
        JsonObject json = JsonParser.parseString(example("retrieve_sequence_step.response"))
                .getAsJsonObject();
        json.addProperty("type", "MANUAL_EMAIL");
        json.add(
                "config",
                JsonParser.parseString("{\"is_root_message\":false,\"subject\":null,\"fallback_subject\":null,"
                        + "\"body\":\"<p>Following up</p>\",\"cc_recipients\":[\"cc@example.com\"],\"bcc_recipients\":[],"
                        + "\"task_priority\":\"CRITICAL\",\"auto_skip_on_due_date\":true,\"relative_due_at\":null}"));
        enqueue(200, json.toString());
        ManualEmailStep step = (ManualEmailStep) client.sequences().steps().retrieve(SEQUENCE_ID, STEP_ID);
        assertThat(step.email().subject()).isEmpty();
        assertThat(step.email().ccRecipients()).containsExactly("cc@example.com");
        assertThat(step.task().priority().asString()).isEqualTo("CRITICAL");
        assertThat(step.task().priority().value()).isEqualTo(TaskPriority.Value.UNKNOWN);
        assertThat(step.task().autoSkipOnDueDate()).isTrue();
        assertThat(step.task().relativeDueAt()).isEmpty();
    }

    @Test
    void conditionsAreRecursiveAndUnknownTypesAreKept() {
        JsonObject json = JsonParser.parseString(example("retrieve_sequence_step.response"))
                .getAsJsonObject();
        json.add(
                "dependencies",
                JsonParser.parseString("[{\"parent_step_id\":\"" + STEP_ID + "\",\"condition\":"
                        + "{\"type\":\"OR\",\"subconditions\":["
                        + "{\"type\":\"AND\",\"subconditions\":[{\"type\":\"TIMER\",\"duration_value\":3,\"duration_unit\":\"fortnights\"},"
                        + "{\"type\":\"REPLIED\",\"within\":\"P1D\"}]},"
                        + "{\"type\":\"TIMER\",\"duration_value\":null,\"duration_unit\":\"hours\"}]}}]"));
        enqueue(200, json.toString());
        SequenceStep step = client.sequences().steps().retrieve(SEQUENCE_ID, STEP_ID);
        StepCondition root = step.common().dependencies().get(0).condition().orElseThrow();
        OrCondition or = (OrCondition) root;
        AndCondition and = (AndCondition) or.subconditions().get(0);
        TimerCondition timer = (TimerCondition) and.subconditions().get(0);
        assertThat(timer.durationUnit().isKnown()).isFalse();
        assertThat(timer.durationUnit().asString()).isEqualTo("fortnights");
        UnknownCondition unknown = (UnknownCondition) and.subconditions().get(1);
        assertThat(unknown.type()).isEqualTo("REPLIED");
        assertThat(unknown.rawJson().get("within").orElseThrow().getAsString()).isEqualTo("P1D");
        assertThat(((TimerCondition) or.subconditions().get(1)).durationValue()).isEmpty();
    }

    @Test
    void optionalFieldAbsentIsEmptyAndPresentIsKept() {
        JsonObject json = JsonParser.parseString(example("get_sequence_enrollment.response"))
                .getAsJsonObject();
        json.remove("is_draft_approval_pending");
        enqueue(200, json.toString());
        json.addProperty("is_draft_approval_pending", true);
        enqueue(200, json.toString());
        assertThat(client.enrollments().retrieve(ENROLLMENT_ID).isDraftApprovalPending())
                .isEmpty();
        assertThat(client.enrollments().retrieve(ENROLLMENT_ID).isDraftApprovalPending())
                .contains(true);
    }

    @Test
    void rawJsonCannotBeChangedByCallersWhetherTheClientOrTheApplicationParsedIt() {
        JsonObject json = JsonParser.parseString(example("get_sequence_enrollment.response"))
                .getAsJsonObject();
        enqueue(200, json.toString());
        Enrollment fetched = client.enrollments().retrieve(ENROLLMENT_ID);
        String before = fetched.rawJson().toString();
        fetched.rawJson().asJsonObject().addProperty("injected", 1);
        fetched.rawJson().get("person").orElseThrow().getAsJsonObject().addProperty("injected", 1);
        assertThat(fetched.rawJson().toString()).isEqualTo(before);

        Enrollment read = io.github.unifysequences.models.UnifyJson.enrollment(json);
        String original = read.rawJson().toString();
        json.addProperty("injected", 1);
        json.getAsJsonObject("person").addProperty("injected", 1);
        assertThat(read.rawJson().toString()).isEqualTo(original);
        assertThat(read.rawJson().keys()).doesNotContain("injected");
    }
}
