package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.unifysequences.errors.AlreadyEnrolledException;
import io.github.unifysequences.errors.InternalServerException;
import io.github.unifysequences.errors.RateLimitedException;
import io.github.unifysequences.errors.UnifyIoException;
import io.github.unifysequences.errors.UnifyServiceException;
import io.github.unifysequences.models.Enrollment;
import java.net.ConnectException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The retry loop: which failures and operations retry, how often, how long it waits, and create's resolution. */
class RetryTest extends ClientTestBase {

    private static final String ACTIVE_ELSEWHERE = "11111111-2222-4333-8444-555555555555";

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void idempotentCallsRetryTransientStatusesWithTheAttemptNumber(int code) {
        enqueueError(code, "error", "transient");
        enqueueError(code, "error", "transient");
        enqueueExample("retrieve_sequence.response");
        assertThat(client.sequences().retrieve(SEQUENCE_ID).name()).isNotBlank();
        assertThat(List.of(take(), take(), take()))
                .extracting(r -> r.getHeaders().get("x-unify-sdk-attempt"))
                .containsExactly("1", "2", "3");
        assertThat(sleeps).hasSize(2);
        assertThat(sleeps.get(0).toMillis()).isBetween(375L, 500L);
        assertThat(sleeps.get(1).toMillis()).isBetween(750L, 1000L);
    }

    @Test
    void givesUpAfterMaxRetriesWithTheLastError() {
        for (int i = 0; i < 3; i++) {
            enqueueError(503, "error", "down " + i);
        }
        InternalServerException e = catchThrowableOfType(
                InternalServerException.class, () -> client.enrollments().pause(ENROLLMENT_ID));
        assertThat(e.apiMessage()).contains("down 2");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void everyIdempotentWriteRetries() {
        enqueueError(500, "error", "x");
        enqueueExample("delete_sequence.response");
        enqueueError(500, "error", "x");
        enqueueExample("pause_sequence.response");
        enqueueError(500, "error", "x");
        enqueueExample("resume_sequence.response");
        enqueueError(500, "error", "x");
        enqueueExample("delete_sequence_enrollment.response");
        enqueueError(500, "error", "x");
        enqueueExample("resume_sequence_enrollment.response");
        client.sequences().delete(SEQUENCE_ID);
        client.sequences().pause(SEQUENCE_ID);
        client.sequences().resume(SEQUENCE_ID);
        client.enrollments().cancel(ENROLLMENT_ID);
        client.enrollments().resume(ENROLLMENT_ID);
        assertThat(server.getRequestCount()).isEqualTo(10);
    }

    @RepeatedTest(5)
    void backoffDoublesWithJitterAndIsCapped() {
        for (int attempt = 1; attempt <= 6; attempt++) {
            long nominal = Math.min(500L << (attempt - 1), 8000L);
            assertThat(Pipeline.backoff(attempt).toMillis()).isBetween((long) (nominal * 0.75), nominal);
        }
    }

    @Test
    void retryAfterSecondsIsHonoured() {
        enqueue(429, "{\"status\":\"rate_limited\",\"message\":\"slow\"}", "Retry-After", "3");
        enqueueExample("retrieve_sequence.response");
        client.sequences().retrieve(SEQUENCE_ID);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void retryAfterHttpDateIsHonoured() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(CLOCK).plusSeconds(20));
        enqueue(503, "{\"status\":\"error\",\"message\":\"later\"}", "Retry-After", date);
        enqueueExample("retrieve_sequence.response");
        client.sequences().retrieve(SEQUENCE_ID);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(20));
    }

    @Test
    void retryAfterBeyondTheCapFailsAtOnce() {
        enqueue(429, "{\"status\":\"rate_limited\",\"message\":\"come back tomorrow\"}", "Retry-After", "3600");
        RateLimitedException e = catchThrowableOfType(
                RateLimitedException.class, () -> client.sequences().retrieve(SEQUENCE_ID));
        assertThat(e.retryAfter()).contains(Duration.ofHours(1));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void malformedRetryAfterFallsBackToBackoff() {
        enqueue(429, "{\"status\":\"rate_limited\",\"message\":\"slow\"}", "Retry-After", "soon");
        enqueueExample("retrieve_sequence.response");
        client.sequences().retrieve(SEQUENCE_ID);
        assertThat(sleeps)
                .singleElement()
                .satisfies(d -> assertThat(d.toMillis()).isBetween(375L, 500L));
    }

    @Test
    void readTimeoutOfAnIdempotentCallIsRetried() {
        client.close();
        client = builder().readTimeout(Duration.ofMillis(200)).build();
        server.enqueue(new MockResponse.Builder()
                .body(example("retrieve_sequence.response"))
                .headersDelay(2, java.util.concurrent.TimeUnit.SECONDS)
                .build());
        enqueueExample("retrieve_sequence.response");
        assertThat(client.sequences().retrieve(SEQUENCE_ID).name()).isNotBlank();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void createIsRetriedAfterAFailureThatProvablyDidNotReachTheServer() {
        AtomicInteger calls = new AtomicInteger();
        OkHttpClient refusingOnce = new OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    if (calls.getAndIncrement() == 0) {
                        throw new ConnectException("Connection refused");
                    }
                    return chain.proceed(chain.request());
                })
                .build();
        client.close();
        client = builder().okHttpClient(refusingOnce).build();
        enqueue(201, example("create_sequence_enrollment.response"));
        assertThat(client.enrollments().create(ErrorMappingTest.createParams()).id())
                .isNotNull();
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(take().getHeaders().get("x-unify-sdk-attempt")).isEqualTo("2");
    }

    @Test
    void createIsRetriedAfter429() {
        enqueue(429, "{\"status\":\"rate_limited\",\"message\":\"slow\"}", "Retry-After", "1");
        enqueue(201, example("create_sequence_enrollment.response"));
        client.enrollments().create(ErrorMappingTest.createParams());
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void ambiguousCreateThatLandedIsResolvedByListingNotResent() {
        server.enqueue(new MockResponse.Builder()
                .onRequestBody(SocketEffect.ShutdownConnection.INSTANCE)
                .build());
        enqueueExample("list_sequence_enrollments.response");
        Enrollment enrollment = client.enrollments().create(ErrorMappingTest.createParams());
        assertThat(take().getMethod()).isEqualTo("POST");
        RecordedRequest lookup = take();
        assertThat(lookup.getTarget())
                .isEqualTo(
                        "/sequences/v1/enrollments?limit=100&sequence_id=" + SEQUENCE_ID + "&person_id=" + PERSON_ID);
        assertThat(enrollment.id().toString()).isEqualTo("a8b35494-e82e-4a0c-9b8f-0b80c5b5d8f2");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void createThatTimedOutAfterSendingIsResolvedByListing() {
        client.close();
        client = builder().readTimeout(Duration.ofMillis(200)).build();
        server.enqueue(new MockResponse.Builder()
                .code(201)
                .body(example("create_sequence_enrollment.response"))
                .headersDelay(2, java.util.concurrent.TimeUnit.SECONDS)
                .build());
        enqueueExample("list_sequence_enrollments.response");
        Enrollment enrollment = client.enrollments().create(ErrorMappingTest.createParams());
        assertThat(enrollment.id().toString()).isEqualTo("a8b35494-e82e-4a0c-9b8f-0b80c5b5d8f2");
        assertThat(List.of(take(), take()))
                .extracting(RecordedRequest::getMethod)
                .containsExactly("POST", "GET");
    }

    @Test
    void ambiguousCreateThatDidNotLandIsResentOnce() {
        enqueueError(500, "error", "crashed before writing");
        enqueue(200, "{\"enrollments\":[],\"next_cursor\":null}");
        enqueue(201, example("create_sequence_enrollment.response"));
        client.enrollments().create(ErrorMappingTest.createParams());
        assertThat(List.of(take(), take(), take()))
                .extracting(RecordedRequest::getMethod)
                .containsExactly("POST", "GET", "POST");
    }

    @Test
    void conflictOnTheRetryOfAnAmbiguousCreateIsOurFirstAttempt() {
        enqueueError(502, "error", "gateway lost the answer");
        enqueue(200, "{\"enrollments\":[],\"next_cursor\":null}");
        enqueue(
                409,
                "{\"status\":\"conflict\",\"message\":\"already\",\"active_sequence_id\":\"" + SEQUENCE_ID
                        + "\",\"active_enrollment_id\":\"a8b35494-e82e-4a0c-9b8f-0b80c5b5d8f2\"}");
        enqueueExample("list_sequence_enrollments.response");
        Enrollment enrollment = client.enrollments().create(ErrorMappingTest.createParams());
        assertThat(enrollment.id().toString()).isEqualTo("a8b35494-e82e-4a0c-9b8f-0b80c5b5d8f2");
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void conflictNamingAnotherSequenceAfterAnAmbiguousCreateIsAGenuineConflict() {
        enqueueError(500, "error", "x");
        enqueue(200, "{\"enrollments\":[],\"next_cursor\":null}");
        enqueue(
                409,
                "{\"status\":\"conflict\",\"message\":\"already\",\"active_sequence_id\":\"" + ACTIVE_ELSEWHERE
                        + "\",\"active_enrollment_id\":\"" + ACTIVE_ELSEWHERE + "\"}");
        assertThatThrownBy(() -> client.enrollments().create(ErrorMappingTest.createParams()))
                .isInstanceOf(AlreadyEnrolledException.class);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void failedLookupAfterAnAmbiguousCreateThrowsTheOriginalFailure() {
        client.close();
        client = builder().maxRetries(0).build();
        enqueueError(500, "error", "lost");
        enqueueError(500, "error", "lookup failed too");
        InternalServerException e = catchThrowableOfType(
                InternalServerException.class, () -> client.enrollments().create(ErrorMappingTest.createParams()));
        assertThat(e.method()).isEqualTo("POST");
        assertThat(e.getSuppressed()).singleElement().isInstanceOf(InternalServerException.class);
        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(e.getMessage()).contains("may have been applied");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void approveIsNeverResentAfterAnAmbiguousFailure() {
        enqueueError(500, "error", "x");
        assertThatThrownBy(() -> client.enrollments().approve(ENROLLMENT_ID))
                .isInstanceOf(InternalServerException.class);
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                .build());
        assertThatThrownBy(() -> client.enrollments().approve(ENROLLMENT_ID)).isInstanceOf(UnifyIoException.class);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void optimisticStepUpdateIsNotResentAfterA5xxButIsAfter429() {
        io.github.unifysequences.models.EnrollmentStepUpdateParams params =
                io.github.unifysequences.models.EnrollmentStepUpdateParams.builder()
                        .versionId("v1")
                        .body("<p>Hi</p>")
                        .build();
        enqueueError(503, "error", "x");
        assertThatThrownBy(() -> client.enrollmentSteps().update(STEP_ID, params))
                .isInstanceOf(InternalServerException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
        enqueue(429, "{\"status\":\"rate_limited\",\"message\":\"slow\"}");
        enqueueExample("update_sequence_enrollment_step.response");
        client.enrollmentSteps().update(STEP_ID, params);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void clientErrorsAreNotRetried() {
        enqueueError(404, "not_found", "gone");
        assertThatThrownBy(() -> client.enrollments().pause(ENROLLMENT_ID)).isInstanceOf(UnifyServiceException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void rateLimiterSpacesCallsBeyondTheBudget() {
        client.close();
        client = builder().rateLimit(2, Duration.ofSeconds(10)).build();
        for (int i = 0; i < 3; i++) {
            enqueueExample("pause_sequence_enrollment.response");
            client.enrollments().pause(ENROLLMENT_ID);
        }
        assertThat(sleeps).containsExactly(Duration.ofSeconds(10).plus(SlidingWindowLimiter.MARGIN));
    }

    @Test
    void rateLimiterIsSharedByTheBlockingAndAsyncFaces() {
        client.close();
        client = builder().rateLimit(1, Duration.ofSeconds(10)).build();
        enqueueExample("pause_sequence_enrollment.response");
        enqueueExample("pause_sequence_enrollment.response");
        client.enrollments().pause(ENROLLMENT_ID);
        client.async().enrollments().pause(ENROLLMENT_ID).join();
        assertThat(sleeps).containsExactly(Duration.ofSeconds(10).plus(SlidingWindowLimiter.MARGIN));
    }
}
