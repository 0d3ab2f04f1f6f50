package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unifysequences.core.AsyncListPage;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.errors.AlreadyEnrolledException;
import io.github.unifysequences.errors.NotFoundException;
import io.github.unifysequences.models.Enrollment;
import io.github.unifysequences.models.PageParams;
import io.github.unifysequences.models.PauseState;
import io.github.unifysequences.models.Sequence;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/** The async twin runs the same pipeline: same requests, retries, errors and create resolution. */
class AsyncClientTest extends ClientTestBase {

    @Test
    void retrieveReturnsBeforeTheResponseArrives() {
        server.enqueue(new MockResponse.Builder()
                .body(example("retrieve_sequence.response"))
                .headersDelay(300, TimeUnit.MILLISECONDS)
                .build());
        CompletableFuture<Sequence> future = client.async().sequences().retrieve(SEQUENCE_ID);
        assertThat(future).isNotDone();
        assertThat(future.join().name()).isEqualTo("Q4 Outbound - VP Sales");
        assertThat(take().getHeaders().get("x-api-key")).isEqualTo(API_KEY);
    }

    @Test
    void retriesWithTheSchedulerAndFailsWithTheTypedException() {
        enqueueError(503, "error", "busy");
        enqueueExample("pause_sequence_enrollment.response");
        PauseState paused = client.async().enrollments().pause(ENROLLMENT_ID).join();
        assertThat(paused.isPaused()).isTrue();
        assertThat(sleeps).hasSize(1);

        enqueueError(404, "not_found", "no such enrollment");
        CompletableFuture<Enrollment> missing = client.async().enrollments().retrieve(ENROLLMENT_ID);
        assertThatThrownBy(missing::join)
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(NotFoundException.class);
    }

    @Test
    void ambiguousCreateIsResolvedAsynchronously() {
        server.enqueue(new MockResponse.Builder()
                .onRequestBody(SocketEffect.ShutdownConnection.INSTANCE)
                .build());
        enqueueExample("list_sequence_enrollments.response");
        Enrollment enrollment = client.async()
                .enrollments()
                .create(ErrorMappingTest.createParams())
                .join();
        assertThat(enrollment.id().toString()).isEqualTo("a8b35494-e82e-4a0c-9b8f-0b80c5b5d8f2");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void genuineConflictSurfacesAsAlreadyEnrolled() {
        enqueue(
                409,
                "{\"status\":\"conflict\",\"message\":\"already\",\"active_sequence_id\":\"" + SEQUENCE_ID
                        + "\",\"active_enrollment_id\":\"" + ENROLLMENT_ID + "\"}");
        assertThatThrownBy(() -> client.async()
                        .enrollments()
                        .create(ErrorMappingTest.createParams())
                        .join())
                .hasCauseInstanceOf(AlreadyEnrolledException.class);
    }

    @Test
    void asyncRawResponsesCarryStatusHeadersAndPages() {
        enqueue(200, example("list_sequences.response"), "x-request-id", "req_9");
        RawResponse<AsyncListPage<Sequence, PageParams>> raw =
                client.async().sequences().withRawResponse().list().join();
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.header("x-request-id")).contains("req_9");
        assertThat(raw.body().items()).hasSize(1);
    }

    @Test
    void buildAsyncAndSyncShareOneClient() {
        UnifySequencesClientAsync async = builder().buildAsync();
        enqueueExample("get_sequence_enrollment_step.response");
        enqueueExample("get_sequence_enrollment_step.response");
        assertThat(async.enrollmentSteps().retrieve(STEP_ID).join().id()).isNotNull();
        assertThat(async.sync().enrollmentSteps().retrieve(STEP_ID).id()).isNotNull();
        async.close();
    }
}
