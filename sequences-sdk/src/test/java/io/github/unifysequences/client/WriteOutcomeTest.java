package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.unifysequences.errors.AlreadyEnrolledException;
import io.github.unifysequences.errors.BadRequestException;
import io.github.unifysequences.errors.ConflictException;
import io.github.unifysequences.errors.InternalServerException;
import io.github.unifysequences.errors.JobNotCancelableException;
import io.github.unifysequences.errors.NotFoundException;
import io.github.unifysequences.errors.StateConflictException;
import io.github.unifysequences.errors.UnifyException;
import io.github.unifysequences.errors.UnifyIoException;
import io.github.unifysequences.models.Enrollment;
import io.github.unifysequences.models.EnrollmentCancellation;
import io.github.unifysequences.models.EnrollmentQueryParams;
import io.github.unifysequences.models.EnrollmentStepUpdateParams;
import io.github.unifysequences.models.PauseState;
import io.github.unifysequences.models.QueryJob;
import io.github.unifysequences.models.QueryJobStatus;
import io.github.unifysequences.models.Sequence;
import io.github.unifysequences.models.SequenceDeletion;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a write reports when an attempt may have landed: the ambiguous create accepts only an enrollment it could
 * have created, a repeat's "already done" is the first attempt's success, and a write that is not resent says its
 * outcome is unknown.
 */
class WriteOutcomeTest extends ClientTestBase {
    private static final String CREATED_ID = "a8b35494-e82e-4a0c-9b8f-0b80c5b5d8f2";
    private static final String JOB_ID = "4d2f8a61-0c7e-4b93-a5d1-6e8f2b3c9a70";

    /** The example list page, its one enrollment changed by {@code change}. */
    private static String lookupPage(Consumer<JsonObject> change) {
        JsonObject page = JsonParser.parseString(example("list_sequence_enrollments.response"))
                .getAsJsonObject();
        change.accept(page.getAsJsonArray("enrollments").get(0).getAsJsonObject());
        return page.toString();
    }

    private static String withField(String exampleName, String field, boolean value) {
        JsonObject json = JsonParser.parseString(example(exampleName)).getAsJsonObject();
        json.addProperty(field, value);
        return json.toString();
    }

    static Stream<Arguments> enrollmentsThisCallCannotHaveCreated() {
        return Stream.<Arguments>of(
                Arguments.of("finished (bounced)", (Consumer<JsonObject>) e -> {
                    e.addProperty("status", "FINISHED");
                    e.addProperty("is_bounced", true);
                    e.addProperty("ended_at", "2023-11-07T05:32:10Z");
                }),
                Arguments.of("ended while still listed IN_PROGRESS", (Consumer<JsonObject>)
                        e -> e.addProperty("ended_at", "2023-11-07T05:32:10Z")),
                Arguments.of("cancelled", (Consumer<JsonObject>) e -> e.addProperty("is_canceled", true)),
                Arguments.of("unknown status", (Consumer<JsonObject>) e -> e.addProperty("status", "ARCHIVED")),
                Arguments.of("created before the first attempt less the skew", (Consumer<JsonObject>)
                        e -> e.addProperty("created_at", "2023-11-07T05:28:59Z")),
                Arguments.of("another sequence", (Consumer<JsonObject>)
                        e -> e.getAsJsonObject("sequence").addProperty("id", "11111111-2222-4333-8444-555555555555")),
                Arguments.of("another person", (Consumer<JsonObject>)
                        e -> e.getAsJsonObject("person").addProperty("id", "11111111-2222-4333-8444-555555555555")),
                Arguments.of("another mailbox", (Consumer<JsonObject>)
                        e -> e.getAsJsonObject("mailbox").addProperty("email", "someone-else@unifygtm-demo.com")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enrollmentsThisCallCannotHaveCreated")
    void ambiguousCreateIgnoresAnEnrollmentItCannotHaveCreatedAndResends(String kind, Consumer<JsonObject> change) {
        enqueueError(502, "error", "bad gateway before the server acted");
        enqueue(200, lookupPage(change));
        enqueue(201, example("create_sequence_enrollment.response"));
        Enrollment created = client.enrollments().create(ErrorMappingTest.createParams());
        assertThat(List.of(take(), take(), take()))
                .extracting(RecordedRequest::getMethod)
                .containsExactly("POST", "GET", "POST");
        assertThat(created.rawJson().toString())
                .isEqualTo(JsonParser.parseString(example("create_sequence_enrollment.response"))
                        .toString());
    }

    @Test
    void ambiguousCreateAcceptsTheRunningEnrollmentCreatedWithinTheSkewFromTheRequestedMailbox() {
        enqueueError(502, "error", "lost");
        enqueue(200, lookupPage(e -> {
            e.addProperty("created_at", "2023-11-07T05:29:00Z");
            e.getAsJsonObject("mailbox").addProperty("email", "AVA@unifygtm-demo.com");
            e.addProperty("status", "DRAFT");
        }));
        assertThat(client.enrollments()
                        .create(ErrorMappingTest.createParams())
                        .id()
                        .toString())
                .isEqualTo(CREATED_ID);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void theSkewIsCountedFromTheFirstAttemptNotFromWhenTheCallStarted() {
        QueryJobExportTest.FakeTime time = new QueryJobExportTest.FakeTime();
        client.close();
        // The rate limiter holds the create back for ten minutes before its first attempt.
        client = builder()
                .clock(time)
                .rateLimit(1, Duration.ofMinutes(10))
                .sleeper((duration, async) -> {
                    time.advance(duration);
                    return CompletableFuture.completedFuture(null);
                })
                .build();
        enqueueExample("retrieve_sequence.response");
        client.sequences().retrieve(SEQUENCE_ID);
        enqueueError(502, "error", "lost");
        // The call starts at 05:31 and first sends at 05:41. Created by someone else at 05:36, five minutes before
        // that: within the skew of the call's start, not of its first attempt.
        enqueue(200, lookupPage(e -> e.addProperty("created_at", "2023-11-07T05:36:00Z")));
        enqueue(201, example("create_sequence_enrollment.response"));
        client.enrollments().create(ErrorMappingTest.createParams());
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void conflictOnTheResendAcceptsOnlyTheEnrollmentItNames() {
        enqueueError(502, "error", "lost");
        enqueue(200, "{\"enrollments\":[],\"next_cursor\":null}");
        enqueue(
                409,
                "{\"status\":\"conflict\",\"message\":\"already\",\"active_sequence_id\":\"" + SEQUENCE_ID
                        + "\",\"active_enrollment_id\":\"" + ENROLLMENT_ID + "\"}");
        enqueueExample("list_sequence_enrollments.response");
        AlreadyEnrolledException e = catchThrowableOfType(
                AlreadyEnrolledException.class, () -> client.enrollments().create(ErrorMappingTest.createParams()));
        assertThat(e.activeEnrollmentId().toString()).isEqualTo(ENROLLMENT_ID);
        assertThat(e.outcomeUnknown()).isFalse();
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void createWaitsForRetryAfterBeforeItsLookupAndResend() {
        List<Integer> requestsSeenAtSleep = new java.util.concurrent.CopyOnWriteArrayList<>();
        client.close();
        client = builder()
                .sleeper((duration, async) -> {
                    sleeps.add(duration);
                    requestsSeenAtSleep.add(server.getRequestCount());
                    return CompletableFuture.completedFuture(null);
                })
                .build();
        enqueue(503, "{\"status\":\"error\",\"message\":\"overloaded\"}", "Retry-After", "7");
        enqueue(200, "{\"enrollments\":[],\"next_cursor\":null}");
        enqueue(201, example("create_sequence_enrollment.response"));
        client.enrollments().create(ErrorMappingTest.createParams());
        assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
        assertThat(requestsSeenAtSleep).containsExactly(1);
        assertThat(List.of(take(), take(), take()))
                .extracting(RecordedRequest::getMethod)
                .containsExactly("POST", "GET", "POST");
    }

    // Item 2: a repeat's "already in that state" / "already gone" after an ambiguous attempt is that attempt's success.

    @Test
    void deletedSequenceWhoseRepeatAnswers404IsDeleted() {
        enqueueError(502, "error", "lost");
        enqueueError(404, "not_found", "Sequence not found");
        SequenceDeletion deletion = client.sequences().delete(SEQUENCE_ID);
        assertThat(deletion.id().toString()).isEqualTo(SEQUENCE_ID);
        assertThat(deletion.isDeleted()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void pausedSequenceWhoseRepeatConflictsIsPausedOnceAReadConfirmsIt() {
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                .build());
        enqueue(409, "{\"status\":\"state_conflict\",\"message\":\"concurrent\",\"current_is_paused\":true}");
        enqueue(200, withField("retrieve_sequence.response", "is_paused", true));
        PauseState state = client.sequences().pause(SEQUENCE_ID);
        assertThat(state.isPaused()).isTrue();
        assertThat(state.id().toString()).isEqualTo(SEQUENCE_ID);
        assertThat(List.of(take(), take(), take()))
                .extracting(RecordedRequest::getMethod)
                .containsExactly("POST", "POST", "GET");
    }

    @Test
    void resumedSequenceWhoseRepeatConflictsAnswersTheSequenceAsRead() {
        enqueueError(504, "error", "lost");
        enqueue(409, "{\"status\":\"state_conflict\",\"message\":\"concurrent\",\"current_is_paused\":false}");
        enqueue(200, withField("retrieve_sequence.response", "is_paused", false));
        Sequence sequence = client.sequences().resume(SEQUENCE_ID);
        assertThat(sequence.isPaused()).isFalse();
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aConflictThatTheReadContradictsIsThrownAsTheConflict() {
        enqueueError(502, "error", "lost");
        enqueue(
                409,
                "{\"status\":\"state_conflict\",\"message\":\"resumed concurrently\",\"current_is_paused\":false}");
        enqueue(200, withField("retrieve_sequence.response", "is_paused", false));
        StateConflictException e = catchThrowableOfType(
                StateConflictException.class, () -> client.sequences().pause(SEQUENCE_ID));
        assertThat(e.outcomeUnknown()).isFalse();
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void withoutAnAmbiguousAttemptAConflictIsThrownWithoutARead() {
        enqueue(409, "{\"status\":\"state_conflict\",\"message\":\"concurrent\",\"current_is_paused\":true}");
        assertThat(catchThrowableOfType(
                        StateConflictException.class, () -> client.sequences().pause(SEQUENCE_ID)))
                .isNotNull();
        enqueueError(404, "not_found", "Sequence not found");
        assertThat(catchThrowableOfType(
                        NotFoundException.class, () -> client.sequences().delete(SEQUENCE_ID)))
                .isNotNull();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void cancelledEnrollmentWhoseRepeatAnswers404OrAConfirmedConflictIsCancelled() {
        enqueueError(500, "error", "lost");
        enqueueError(404, "not_found", "Enrollment not found");
        EnrollmentCancellation gone = client.enrollments().cancel(ENROLLMENT_ID);
        assertThat(gone.isCanceled()).isTrue();
        assertThat(gone.id().toString()).isEqualTo(ENROLLMENT_ID);

        enqueueError(500, "error", "lost");
        enqueueError(409, "conflict", "already cancelled");
        enqueue(200, withField("get_sequence_enrollment.response", "is_canceled", true));
        assertThat(client.enrollments().cancel(ENROLLMENT_ID).isCanceled()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void enrollmentPauseAndResumeWhoseRepeatConflictsFollowTheEnrollmentAsRead() {
        enqueueError(502, "error", "lost");
        enqueueError(409, "conflict", "already paused");
        enqueue(200, withField("get_sequence_enrollment.response", "is_paused", true));
        assertThat(client.enrollments().pause(ENROLLMENT_ID).isPaused()).isTrue();

        enqueueError(502, "error", "lost");
        enqueueError(409, "conflict", "already running");
        enqueue(200, withField("get_sequence_enrollment.response", "is_paused", false));
        assertThat(client.async().enrollments().resume(ENROLLMENT_ID).join().isPaused())
                .isFalse();

        enqueueError(502, "error", "lost");
        enqueueError(409, "conflict", "not paused");
        enqueue(200, withField("get_sequence_enrollment.response", "is_paused", false));
        assertThat(catchThrowableOfType(
                        ConflictException.class, () -> client.enrollments().pause(ENROLLMENT_ID)))
                .isNotNull();
        assertThat(server.getRequestCount()).isEqualTo(9);
    }

    @Test
    void cancelledQueryJobWhoseRepeatIsNotCancelableIsCancelledOnceAReadConfirmsIt() {
        enqueueError(502, "error", "lost");
        enqueueError(409, "job_not_cancelable", "Only IN_PROGRESS jobs can be canceled");
        JsonObject job = JsonParser.parseString(example("get_sequence_enrollment_query_job.response"))
                .getAsJsonObject();
        job.addProperty("status", "CANCELED");
        job.addProperty("canceled_at", "2023-11-07T05:32:00Z");
        enqueue(200, job.toString());
        QueryJob cancelled = client.enrollments().queryJobs().cancel(JOB_ID);
        assertThat(cancelled.status()).isEqualTo(QueryJobStatus.CANCELED);
        assertThat(List.of(take(), take(), take()))
                .extracting(RecordedRequest::getTarget)
                .containsExactly(
                        "/sequences/v1/enrollments/query-jobs/" + JOB_ID + "/cancel",
                        "/sequences/v1/enrollments/query-jobs/" + JOB_ID + "/cancel",
                        "/sequences/v1/enrollments/query-jobs/" + JOB_ID);

        enqueueError(502, "error", "lost");
        enqueueError(409, "job_not_cancelable", "Only IN_PROGRESS jobs can be canceled");
        enqueueExample("get_sequence_enrollment_query_job.response");
        assertThat(catchThrowableOfType(
                        JobNotCancelableException.class,
                        () -> client.enrollmentSteps().queryJobs().cancel(JOB_ID)))
                .isNotNull();
    }

    // Item 3: a write that is not resent after an ambiguous failure says that it may have been applied.

    static Stream<Arguments> writesThatAreNotResent() {
        EnrollmentStepUpdateParams update = EnrollmentStepUpdateParams.builder()
                .versionId("v1")
                .body("<p>Hi</p>")
                .build();
        return Stream.of(
                Arguments.of("approve", (java.util.function.Function<UnifySequencesClient, Object>)
                        c -> c.enrollments().approve(ENROLLMENT_ID)),
                Arguments.of("step update", (java.util.function.Function<UnifySequencesClient, Object>)
                        c -> c.enrollmentSteps().update(STEP_ID, update)),
                Arguments.of("query-job create", (java.util.function.Function<UnifySequencesClient, Object>)
                        c -> c.enrollments().queryJobs().create(EnrollmentQueryParams.all())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writesThatAreNotResent")
    void aNonResentWriteThatFailedAfterSendingSaysItsOutcomeIsUnknown(
            String name, java.util.function.Function<UnifySequencesClient, Object> call) {
        for (int code : new int[] {500, 502, 503, 504, 408}) {
            enqueueError(code, "error", "x");
            InternalServerException e5xx =
                    code == 408 ? null : catchThrowableOfType(InternalServerException.class, () -> call.apply(client));
            if (code == 408) {
                UnifyException e408 = catchThrowableOfType(UnifyException.class, () -> call.apply(client));
                assertThat(e408.outcomeUnknown()).as("408").isTrue();
            } else {
                assertThat(e5xx.outcomeUnknown()).as("%d", code).isTrue();
                assertThat(e5xx.getMessage()).contains("may have been applied");
            }
        }
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                .build());
        UnifyIoException io = catchThrowableOfType(UnifyIoException.class, () -> call.apply(client));
        assertThat(io.outcomeUnknown()).isTrue();
        assertThat(io.toString()).contains("may have been applied");

        enqueue(400, "{\"status\":\"bad_request\",\"errors\":[]}");
        assertThat(catchThrowableOfType(BadRequestException.class, () -> call.apply(client))
                        .outcomeUnknown())
                .isFalse();
        assertThat(server.getRequestCount()).isEqualTo(7);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void repeatableWritesThatRanOutOfRetriesSayTheOutcomeIsUnknownButReadsNever() {
        for (int i = 0; i < 3; i++) {
            enqueueError(503, "error", "down");
        }
        assertThat(catchThrowableOfType(
                                InternalServerException.class,
                                () -> client.sequences().pause(SEQUENCE_ID))
                        .outcomeUnknown())
                .isTrue();
        for (int i = 0; i < 3; i++) {
            enqueueError(503, "error", "down");
        }
        InternalServerException read = catchThrowableOfType(
                InternalServerException.class, () -> client.sequences().retrieve(SEQUENCE_ID));
        assertThat(read.outcomeUnknown()).isFalse();
        assertThat(read.getMessage()).doesNotContain("may have been applied");
    }

    @Test
    void aWriteRefusedForTooLongARetryAfterIsNotUnknown() {
        enqueue(429, "{\"status\":\"rate_limited\",\"message\":\"tomorrow\"}", "Retry-After", "86400");
        assertThat(catchThrowableOfType(
                                UnifyException.class, () -> client.enrollments().approve(ENROLLMENT_ID))
                        .outcomeUnknown())
                .isFalse();
    }
}
