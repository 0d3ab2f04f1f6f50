package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonParser;
import io.github.unifysequences.core.Page;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.generated.api.UnifySequencesApi;
import io.github.unifysequences.models.AutomaticEmailStep;
import io.github.unifysequences.models.CalendarUnit;
import io.github.unifysequences.models.Enrollment;
import io.github.unifysequences.models.EnrollmentCreateParams;
import io.github.unifysequences.models.EnrollmentListParams;
import io.github.unifysequences.models.EnrollmentStatus;
import io.github.unifysequences.models.EnrollmentStep;
import io.github.unifysequences.models.EnrollmentStepStatus;
import io.github.unifysequences.models.EnrollmentStepUpdateParams;
import io.github.unifysequences.models.ExcludedDate;
import io.github.unifysequences.models.PageParams;
import io.github.unifysequences.models.RelativeDueAt;
import io.github.unifysequences.models.SendSchedule;
import io.github.unifysequences.models.SendWindow;
import io.github.unifysequences.models.Sequence;
import io.github.unifysequences.models.SequenceStep;
import io.github.unifysequences.models.SequenceStepListParams;
import io.github.unifysequences.models.StepType;
import io.github.unifysequences.models.TaskAssignment;
import io.github.unifysequences.models.TaskPriority;
import io.github.unifysequences.models.TaskStep;
import io.github.unifysequences.models.TimerCondition;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Each of the 17 operations end to end: the request on the wire and the value it returns. */
class OperationsTest extends ClientTestBase {

    private RecordedRequest assertSent(String method, String pathAndQuery) {
        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo(method);
        assertThat(request.getTarget()).isEqualTo("/sequences/v1/" + pathAndQuery);
        assertThat(request.getHeaders().get("x-api-key")).isEqualTo(API_KEY);
        assertThat(request.getHeaders().get("User-Agent"))
                .matches("unify-sequences-java/\\S+ \\(spec [0-9a-f]{12}; Java \\S+\\)");
        assertThat(request.getHeaders().get("x-unify-sdk-attempt")).isEqualTo("1");
        return request;
    }

    private static void assertJsonBody(RecordedRequest request, String json) {
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(JsonParser.parseString(request.getBody().utf8())).isEqualTo(JsonParser.parseString(json));
    }

    @Test
    void listSequences() {
        enqueueExample("list_sequences.response");
        Page<Sequence> page = client.sequences()
                .list(PageParams.builder().limit(10).cursor("abc").build());
        assertSent("GET", "sequences?cursor=abc&limit=10");
        assertThat(page.items()).hasSize(1);
        assertThat(page.hasNextPage()).isFalse();
        assertThat(page.items().get(0).name()).isEqualTo("Q4 Outbound - VP Sales");
    }

    @Test
    void retrieveSequence() {
        enqueueExample("retrieve_sequence.response");
        Sequence sequence = client.sequences().retrieve(SEQUENCE_ID);
        assertSent("GET", "sequences/" + SEQUENCE_ID);
        assertThat(sequence.id()).isEqualTo(UUID.fromString(SEQUENCE_ID));
        assertThat(sequence.createdAt()).isEqualTo(OffsetDateTime.of(2023, 11, 7, 5, 31, 56, 0, ZoneOffset.UTC));
        assertThat(sequence.owner().firstName()).contains("Ava");
        assertThat(sequence.isPaused()).isFalse();
        SendSchedule schedule = sequence.sendSchedule().orElseThrow();
        assertThat(schedule.timeZone()).isEqualTo("America/New_York");
        assertThat(schedule.sendDays().get(DayOfWeek.FRIDAY))
                .containsExactly(SendWindow.builder()
                        .start(LocalTime.of(9, 0))
                        .end(LocalTime.of(12, 30))
                        .build());
        assertThat(schedule.sendDays().get(DayOfWeek.SUNDAY)).isEmpty();
        assertThat(schedule.excludedDates())
                .containsExactly(
                        ExcludedDate.builder().date(LocalDate.of(2023, 12, 26)).build());
        assertThat(sequence.ruleset().orElseThrow().manualEnrollmentTaskAssignment())
                .isEqualTo(TaskAssignment.ASSIGN_TO_ENROLLER);
        assertThat(sequence.ruleset().orElseThrow().automaticEnrollmentTaskAssignmentUserId())
                .isEmpty();
        assertThat(sequence.ruleset().orElseThrow().blockReenrollmentValue()).contains(90);
        assertThat(sequence.rawJson().get("send_schedule")).isPresent();
    }

    @Test
    void deleteSequence() {
        enqueueExample("delete_sequence.response");
        assertThat(client.sequences().delete(SEQUENCE_ID).isDeleted()).isTrue();
        assertSent("DELETE", "sequences/" + SEQUENCE_ID);
    }

    @Test
    void pauseSequence() {
        enqueueExample("pause_sequence.response");
        assertThat(client.sequences().pause(SEQUENCE_ID).isPaused()).isTrue();
        assertSent("POST", "sequences/" + SEQUENCE_ID + "/pause");
    }

    @Test
    void resumeSequenceReturnsTheWholeSequence() {
        enqueueExample("resume_sequence.response");
        Sequence sequence = client.sequences().resume(SEQUENCE_ID);
        assertSent("POST", "sequences/" + SEQUENCE_ID + "/resume");
        assertThat(sequence.isPaused()).isFalse();
        assertThat(sequence.name()).isNotBlank();
    }

    @Test
    void listSequenceSteps() {
        enqueueExample("list_sequence_steps.response");
        Page<SequenceStep> page = client.sequences()
                .steps()
                .list(
                        SEQUENCE_ID,
                        SequenceStepListParams.builder()
                                .limit(2)
                                .types(StepType.AUTOMATIC_EMAIL, StepType.PHONE_CALL)
                                .build());
        assertSent("GET", "sequences/" + SEQUENCE_ID + "/steps?limit=2&type=AUTOMATIC_EMAIL&type=PHONE_CALL");
        assertThat(page.items()).hasSizeGreaterThanOrEqualTo(2);
        AutomaticEmailStep first = (AutomaticEmailStep) page.items().get(0);
        assertThat(first.email().subject()).contains("Quick question about {{variable::company.name}}");
        assertThat(first.common().dependencies().get(0).parentStepId()).isEmpty();
        assertThat(first.common().versionNumber()).contains(3);
        SequenceStep second = page.items().get(1);
        TimerCondition timer = (TimerCondition)
                second.common().dependencies().get(0).condition().orElseThrow();
        assertThat(timer.durationValue()).contains(2);
        assertThat(timer.durationUnit().asString()).isEqualTo("days");
        TaskStep call = (TaskStep) second;
        assertThat(call.type()).isEqualTo(StepType.PHONE_CALL);
        assertThat(call.task().priority()).isEqualTo(TaskPriority.HIGH);
        assertThat(call.task().relativeDueAt())
                .contains(RelativeDueAt.builder()
                        .amount(java.math.BigDecimal.ONE)
                        .unit(CalendarUnit.DAY)
                        .build());
        assertThat(call.noteContent()).contains("Reference the email sent two days ago.");
    }

    @Test
    void retrieveSequenceStep() {
        enqueueExample("retrieve_sequence_step.response");
        SequenceStep step = client.sequences().steps().retrieve(SEQUENCE_ID, STEP_ID);
        assertSent("GET", "sequences/" + SEQUENCE_ID + "/steps/" + STEP_ID);
        assertThat(step.type().isKnown()).isTrue();
        assertThat(step.id()).isNotNull();
    }

    @Test
    void createEnrollment() {
        enqueue(201, example("create_sequence_enrollment.response"));
        Enrollment enrollment = client.enrollments()
                .create(EnrollmentCreateParams.builder()
                        .sequenceId(SEQUENCE_ID)
                        .personId("9b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8")
                        .addMailboxEmail("ava@unifygtm-demo.com")
                        .addMailboxEmail("ben@unifygtm-demo.com")
                        .build());
        RecordedRequest request = assertSent("POST", "enrollments");
        assertJsonBody(request, example("create_sequence_enrollment.request"));
        assertThat(enrollment.status())
                .isEqualTo(EnrollmentStatus.of(JsonParser.parseString(example("create_sequence_enrollment.response"))
                        .getAsJsonObject()
                        .get("status")
                        .getAsString()));
        assertThat(enrollment.sequence().id()).isEqualTo(UUID.fromString(SEQUENCE_ID));
    }

    @Test
    void listEnrollmentsSendsEveryFilterWithRepeatedStatus() {
        // enrolled_by_play_id arrived with the 2026-08-19 spec; against an older pin the SDK refuses it before
        // sending (BindingCheckTest), so this wire check needs a pin that has it.
        assumeTrue(
                BindingCheck.missingOptional(UnifySequencesApi.class).isEmpty(), "the pin has no enrolled_by_play_id");
        enqueueExample("list_sequence_enrollments.response");
        Page<Enrollment> page = client.enrollments()
                .list(EnrollmentListParams.builder()
                        .limit(50)
                        .sequenceId(SEQUENCE_ID)
                        .personId(PERSON_ID)
                        .mailboxId("0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b")
                        .enrolledByPlayId("2a7b4c9d-1e3f-4a5b-9c6d-7e8f9a0b1c2d")
                        .statuses(EnrollmentStatus.DRAFT, EnrollmentStatus.IN_PROGRESS)
                        .updatedAfter(OffsetDateTime.of(2026, 1, 1, 10, 0, 0, 0, ZoneOffset.ofHours(2)))
                        .updatedBefore(OffsetDateTime.of(2026, 2, 1, 0, 0, 0, 0, ZoneOffset.UTC))
                        .build());
        assertSent(
                "GET",
                "enrollments?limit=50&sequence_id=" + SEQUENCE_ID + "&person_id=" + PERSON_ID
                        + "&mailbox_id=0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b&enrolled_by_play_id=2a7b4c9d-1e3f-4a5b-9c6d-7e8f9a0b1c2d"
                        + "&status=DRAFT&status=IN_PROGRESS&updated_after=2026-01-01T10%3A00%3A00%2B02%3A00"
                        + "&updated_before=2026-02-01T00%3A00%3A00Z");
        assertThat(page.items()).hasSize(2);
        assertThat(page.nextCursor()).contains("eyJpZCI6ImE4YjM1NDk0In0");
        assertThat(page.items().get(0).enrolledByPlay()).isPresent();
    }

    @Test
    void retrieveEnrollment() {
        enqueueExample("get_sequence_enrollment.response");
        Enrollment enrollment = client.enrollments().retrieve(ENROLLMENT_ID);
        assertSent("GET", "enrollments/" + ENROLLMENT_ID);
        assertThat(enrollment.person().email()).isEqualTo("jsmith@example.com");
        assertThat(enrollment.person().linkedinUrl()).contains("https://www.linkedin.com/in/jsmith");
        assertThat(enrollment.mailbox().email()).isEqualTo("ava@unifygtm-demo.com");
    }

    @Test
    void cancelEnrollmentIsTheApisDelete() {
        enqueueExample("delete_sequence_enrollment.response");
        enqueueExample("delete_sequence_enrollment.response");
        assertThat(client.enrollments().cancel(ENROLLMENT_ID).isCanceled()).isTrue();
        assertSent("DELETE", "enrollments/" + ENROLLMENT_ID);
        assertThat(client.enrollments().delete(ENROLLMENT_ID).isCanceled()).isTrue();
        assertSent("DELETE", "enrollments/" + ENROLLMENT_ID);
    }

    @Test
    void pauseAndResumeEnrollment() {
        enqueueExample("pause_sequence_enrollment.response");
        enqueueExample("resume_sequence_enrollment.response");
        assertThat(client.enrollments().pause(ENROLLMENT_ID).isPaused()).isTrue();
        assertSent("POST", "enrollments/" + ENROLLMENT_ID + "/pause");
        assertThat(client.enrollments().resume(ENROLLMENT_ID).isPaused()).isFalse();
        assertSent("POST", "enrollments/" + ENROLLMENT_ID + "/resume");
    }

    @Test
    void approveEnrollment() {
        enqueueExample("approve_sequence_enrollment.response");
        assertThat(client.enrollments().approve(ENROLLMENT_ID).isDraftApprovalPending())
                .isFalse();
        assertSent("POST", "enrollments/" + ENROLLMENT_ID + "/approve");
    }

    @Test
    void listEnrollmentSteps() {
        enqueueExample("list_sequence_enrollment_steps.response");
        Page<EnrollmentStep> page = client.enrollments().steps().list(ENROLLMENT_ID);
        assertSent("GET", "enrollments/" + ENROLLMENT_ID + "/steps");
        assertThat(page.items()).hasSize(2);
        assertThat(page.items().get(0).email().orElseThrow().versionId())
                .isEqualTo("f2a6c9e1-5b3d-4e7a-9c8b-1d2e3f4a5b6c");
        assertThat(page.items().get(1).type()).isEqualTo(StepType.PHONE_CALL);
        assertThat(page.items().get(1).status()).isEqualTo(EnrollmentStepStatus.NOT_STARTED);
        assertThat(page.items().get(1).stepNumber()).isEmpty();
        assertThat(page.items().get(1).email()).isEmpty();
    }

    @Test
    void retrieveEnrollmentStep() {
        enqueueExample("get_sequence_enrollment_step.response");
        EnrollmentStep step = client.enrollmentSteps().retrieve(STEP_ID);
        assertSent("GET", "enrollment-steps/" + STEP_ID);
        assertThat(step.email()).isPresent();
    }

    @Test
    void updateEnrollmentStepSendsOnlyWhatChanges() {
        enqueueExample("update_sequence_enrollment_step.response");
        EnrollmentStep step = client.enrollmentSteps()
                .update(
                        STEP_ID,
                        EnrollmentStepUpdateParams.builder()
                                .versionId("f2a6c9e1-5b3d-4e7a-9c8b-1d2e3f4a5b6c")
                                .subject("New subject")
                                .build());
        RecordedRequest request = assertSent("PATCH", "enrollment-steps/" + STEP_ID);
        assertJsonBody(
                request, "{\"version_id\":\"f2a6c9e1-5b3d-4e7a-9c8b-1d2e3f4a5b6c\",\"subject\":\"New subject\"}");
        assertThat(step.email().orElseThrow().versionId()).isNotEqualTo("f2a6c9e1-5b3d-4e7a-9c8b-1d2e3f4a5b6c");
    }

    @Test
    void withRawResponseGivesStatusHeadersAndBody() {
        enqueue(200, example("retrieve_sequence.response"), "x-request-id", "req_123");
        RawResponse<Sequence> raw = client.sequences().withRawResponse().retrieve(SEQUENCE_ID);
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.header("X-Request-Id")).contains("req_123");
        assertThat(raw.body().id()).isEqualTo(UUID.fromString(SEQUENCE_ID));
    }

    @Test
    void extraHeadersAndPerCallRetriesFromRequestOptions() {
        enqueueError(500, "error", "boom");
        io.github.unifysequences.core.RequestOptions options = io.github.unifysequences.core.RequestOptions.builder()
                .header("x-trace", "abc")
                .maxRetries(0)
                .build();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> client.sequences().retrieve(SEQUENCE_ID, options))
                .isInstanceOf(io.github.unifysequences.errors.InternalServerException.class);
        assertThat(take().getHeaders().get("x-trace")).isEqualTo("abc");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
