package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.unifysequences.errors.AlreadyEnrolledException;
import io.github.unifysequences.errors.BadRequestError;
import io.github.unifysequences.errors.BadRequestException;
import io.github.unifysequences.errors.ConflictException;
import io.github.unifysequences.errors.InternalServerException;
import io.github.unifysequences.errors.InvalidResponseException;
import io.github.unifysequences.errors.NotFoundException;
import io.github.unifysequences.errors.RateLimitedException;
import io.github.unifysequences.errors.StateConflictException;
import io.github.unifysequences.errors.UnauthorizedException;
import io.github.unifysequences.errors.UnifyServiceException;
import io.github.unifysequences.models.EnrollmentCreateParams;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every documented error status becomes its exception type, carrying status string, message, method and path. */
class ErrorMappingTest extends ClientTestBase {

    @BeforeEach
    void noRetries() {
        client.close();
        client = builder().maxRetries(0).build();
    }

    @ParameterizedTest
    @CsvSource({
        "401, unauthorized, io.github.unifysequences.errors.UnauthorizedException",
        "403, forbidden, io.github.unifysequences.errors.PermissionDeniedException",
        "404, not_found, io.github.unifysequences.errors.NotFoundException",
        "409, conflict, io.github.unifysequences.errors.ConflictException",
        "429, rate_limited, io.github.unifysequences.errors.RateLimitedException",
        "500, error, io.github.unifysequences.errors.InternalServerException",
        "503, error, io.github.unifysequences.errors.InternalServerException",
        "418, teapot, io.github.unifysequences.errors.UnifyServiceException",
    })
    void statusMapsToType(int code, String status, Class<? extends UnifyServiceException> type) {
        enqueueError(code, status, "Something about it");
        UnifyServiceException e = catchThrowableOfType(
                UnifyServiceException.class, () -> client.sequences().retrieve(SEQUENCE_ID));
        assertThat(e).isExactlyInstanceOf(type);
        assertThat(e.statusCode()).isEqualTo(code);
        assertThat(e.apiStatus()).contains(status);
        assertThat(e.apiMessage()).contains("Something about it");
        assertThat(e.method()).isEqualTo("GET");
        assertThat(e.path()).isEqualTo("/sequences/v1/sequences/" + SEQUENCE_ID);
        assertThat(e.headers()).containsKey("content-type");
        assertThat(e.getMessage())
                .isEqualTo(
                        code + " " + status + ": Something about it (GET /sequences/v1/sequences/" + SEQUENCE_ID + ")");
    }

    @Test
    void badRequestCarriesTypedErrorsAndMayLackAMessage() {
        enqueue(
                400,
                "{\"status\":\"bad_request\",\"errors\":[{\"code\":\"invalid_uuid\",\"path\":[\"mailbox_emails\",0],"
                        + "\"object_api_name\":\"enrollment\",\"hint\":\"extra\"}]}");
        BadRequestException e = catchThrowableOfType(
                BadRequestException.class, () -> client.enrollments().create(createParams()));
        assertThat(e.apiMessage()).isEmpty();
        assertThat(e.method()).isEqualTo("POST");
        BadRequestError error = e.errors().get(0);
        assertThat(error.code()).isEqualTo("invalid_uuid");
        assertThat(error.path()).containsExactly("mailbox_emails", "0");
        assertThat(error.objectApiName()).contains("enrollment");
        assertThat(error.attributeApiName()).isEmpty();
        assertThat(error.rawJson().get("hint").getAsString()).isEqualTo("extra");
    }

    @Test
    void createConflictIsAlreadyEnrolled() {
        String active = "e8d7c6b5-a493-4827-9160-5f4e3d2c1b0a";
        enqueue(
                409,
                "{\"status\":\"conflict\",\"message\":\"Person is already enrolled\",\"active_sequence_id\":\""
                        + SEQUENCE_ID + "\",\"active_enrollment_id\":\"" + active + "\"}");
        AlreadyEnrolledException e = catchThrowableOfType(
                AlreadyEnrolledException.class, () -> client.enrollments().create(createParams()));
        assertThat(e).isInstanceOf(ConflictException.class);
        assertThat(e.activeSequenceId()).isEqualTo(UUID.fromString(SEQUENCE_ID));
        assertThat(e.activeEnrollmentId()).isEqualTo(UUID.fromString(active));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void pauseConflictIsStateConflict() {
        enqueue(409, "{\"status\":\"state_conflict\",\"message\":\"Concurrent update\",\"current_is_paused\":true}");
        StateConflictException e = catchThrowableOfType(
                StateConflictException.class, () -> client.sequences().pause(SEQUENCE_ID));
        assertThat(e.currentIsPaused()).isTrue();
        assertThat(e.apiStatus()).contains("state_conflict");
    }

    @Test
    void rateLimitedCarriesRetryAfter() {
        enqueue(429, "{\"status\":\"rate_limited\",\"message\":\"Slow down\"}", "Retry-After", "7");
        RateLimitedException e = catchThrowableOfType(
                RateLimitedException.class, () -> client.sequences().retrieve(SEQUENCE_ID));
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
    }

    @Test
    void nonJsonErrorBodyStillMapsByStatus() {
        enqueue(502, "<html>Bad gateway</html>");
        InternalServerException e = catchThrowableOfType(
                InternalServerException.class, () -> client.sequences().retrieve(SEQUENCE_ID));
        assertThat(e.apiStatus()).isEmpty();
        assertThat(e.statusCode()).isEqualTo(502);
    }

    @Test
    void unreadableSuccessBodyIsInvalidResponse() {
        enqueue(200, "{\"id\": 42}");
        InvalidResponseException e = catchThrowableOfType(
                InvalidResponseException.class, () -> client.sequences().retrieve(SEQUENCE_ID));
        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.getMessage()).startsWith("GET /sequences/v1/sequences/" + SEQUENCE_ID);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void notFoundAndUnauthorizedAreNotRetried() {
        client.close();
        client = builder().build();
        enqueueError(404, "not_found", "Sequence not found");
        enqueueError(401, "unauthorized", "Bad key");
        catchThrowableOfType(NotFoundException.class, () -> client.sequences().retrieve(SEQUENCE_ID));
        catchThrowableOfType(
                UnauthorizedException.class, () -> client.sequences().retrieve(SEQUENCE_ID));
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeps).isEmpty();
    }

    static EnrollmentCreateParams createParams() {
        return EnrollmentCreateParams.builder()
                .sequenceId(SEQUENCE_ID)
                .personId(PERSON_ID)
                .addMailboxEmail("ava@unifygtm-demo.com")
                .build();
    }
}
