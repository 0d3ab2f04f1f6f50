package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.unifysequences.errors.AlreadyEnrolledException;
import io.github.unifysequences.errors.BadRequestException;
import io.github.unifysequences.errors.ConflictException;
import io.github.unifysequences.errors.ErrorContext;
import io.github.unifysequences.errors.InternalServerException;
import io.github.unifysequences.errors.InvalidResponseException;
import io.github.unifysequences.errors.UnifyException;
import io.github.unifysequences.errors.UnifyServiceException;
import io.github.unifysequences.errors.VersionConflictException;
import io.github.unifysequences.models.EnrollmentCreateParams;
import io.github.unifysequences.models.EnrollmentStepUpdateParams;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever a server answers ends in the hierarchy with status, {@code status} code and a capped excerpt of the body;
 * a stale version is one type however it arrives; the key is redacted from every part of an error.
 */
class ErrorBoundariesTest extends ClientTestBase {
    private static final EnrollmentCreateParams CREATE = EnrollmentCreateParams.builder()
            .sequenceId(SEQUENCE_ID)
            .personId(PERSON_ID)
            .addMailboxEmail("ava@unifygtm-demo.com")
            .build();
    private static final EnrollmentStepUpdateParams UPDATE = EnrollmentStepUpdateParams.builder()
            .versionId("v1")
            .subject("Quick follow-up")
            .build();

    @BeforeEach
    void noRetries() {
        client.close();
        client = builder().maxRetries(0).build();
    }

    private UnifyServiceException createFailsWith(int code, String body) {
        enqueue(code, body);
        return catchThrowableOfType(
                UnifyServiceException.class, () -> client.enrollments().create(CREATE));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"status\":\"conflict\",\"message\":\"m\",\"active_sequence_id\":\"" + SEQUENCE_ID
                        + "\",\"active_enrollment_id\":\"1-2-3-4-5\"}",
                "{\"status\":\"conflict\",\"message\":\"m\",\"active_sequence_id\":7,\"active_enrollment_id\":null}",
                "{\"status\":\"conflict\",\"message\":\"m\",\"active_sequence_id\":[],\"active_enrollment_id\":{}}",
                "{\"status\":\"conflict\",\"message\":\"Re-enrollment is blocked for 30 days by the sequence's settings\"}",
                "{\"status\":\"state_conflict\",\"message\":\"m\",\"current_is_paused\":\"yes\"}",
                "not json at all",
                "",
            })
    void everyConflictIsAConflict(String body) {
        UnifyServiceException e = createFailsWith(409, body);
        assertThat(e).isExactlyInstanceOf(ConflictException.class);
        assertThat(e.statusCode()).isEqualTo(409);
    }

    @Test
    void anAlreadyEnrolledConflictCarriesItsIds() {
        UnifyServiceException e = createFailsWith(
                409,
                "{\"status\":\"conflict\",\"message\":\"m\",\"active_sequence_id\":\"" + SEQUENCE_ID
                        + "\",\"active_enrollment_id\":\"" + ENROLLMENT_ID + "\"}");
        assertThat(e)
                .isInstanceOfSatisfying(
                        AlreadyEnrolledException.class,
                        a -> assertThat(a.activeEnrollmentId()).hasToString(ENROLLMENT_ID));
    }

    @Test
    void oddBadRequestPathsAreKeptAsText() {
        BadRequestException e = (BadRequestException) createFailsWith(
                400,
                "{\"status\":\"invalid_request\",\"errors\":["
                        + "{\"code\":\"invalid\",\"path\":[\"mailbox_emails\",null,[0,[1]],{\"k\":1},3]},"
                        + "{\"code\":null,\"path\":\"not-an-array\"}, 7, null]}");
        assertThat(e.errors()).hasSize(2);
        assertThat(e.errors().get(0).path()).containsExactly("mailbox_emails", "null", "[0,[1]]", "{\"k\":1}", "3");
        assertThat(e.errors().get(1).path()).isEmpty();
    }

    @Test
    void aBodyThatIsNoEnvelopeIsExcerptedAndCapped() {
        enqueue(502, "<html><body>" + "Bad gateway ".repeat(10_000) + "</body></html>");
        UnifyServiceException e = catchThrowableOfType(
                UnifyServiceException.class, () -> client.sequences().retrieve(SEQUENCE_ID));
        assertThat(e).isInstanceOf(InternalServerException.class);
        assertThat(e.apiStatus()).isEmpty();
        assertThat(e.context().bodyExcerpt())
                .startsWith("<html><body>Bad gateway")
                .hasSizeLessThanOrEqualTo(ErrorContext.EXCERPT_CHARS + 1);
        assertThat(e.getMessage())
                .startsWith("502: <html><body>Bad gateway")
                .hasSizeLessThan(400)
                .endsWith("(GET /sequences/v1/sequences/" + SEQUENCE_ID + ")");
    }

    @ParameterizedTest
    @ValueSource(ints = {204, 304, 302, 307, 600, 999})
    void unusualStatusesStayInTheHierarchy(int code) {
        server.enqueue(new MockResponse.Builder().code(code).build());
        Throwable e = catchThrowable(() -> client.sequences().retrieve(SEQUENCE_ID));
        assertThat(e).isInstanceOf(UnifyException.class);
    }

    /** The sandbox's answer: 400 with an errors[] item version_mismatch carrying current_version_id. */
    @Test
    void staleVersionFromTheSandboxIsAVersionConflict() {
        enqueue(
                400,
                "{\"status\":\"invalid_request\",\"message\":\"The email was changed since that version_id\","
                        + "\"errors\":[{\"code\":\"version_mismatch\",\"path\":[\"version_id\"],\"current_version_id\":\"v2\"}]}");
        VersionConflictException e = catchThrowableOfType(
                VersionConflictException.class, () -> client.enrollmentSteps().update(ENROLLMENT_ID, UPDATE));
        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.currentVersionId()).contains("v2");
        assertThat(e).isInstanceOf(ConflictException.class);
    }

    /** The vendor's answer to a concurrent update: 409, with the current version at the top when it says it. */
    @Test
    void conflictFromTheVendorIsAVersionConflict() {
        enqueue(409, "{\"status\":\"conflict\",\"message\":\"Concurrent update\",\"current_version_id\":\"v3\"}");
        VersionConflictException e = catchThrowableOfType(
                VersionConflictException.class, () -> client.enrollmentSteps().update(ENROLLMENT_ID, UPDATE));
        assertThat(e.statusCode()).isEqualTo(409);
        assertThat(e.currentVersionId()).contains("v3");

        enqueue(409, "{\"status\":\"conflict\",\"message\":\"Concurrent update\"}");
        e = catchThrowableOfType(
                VersionConflictException.class, () -> client.enrollmentSteps().update(ENROLLMENT_ID, UPDATE));
        assertThat(e.currentVersionId()).isEmpty();
    }

    @Test
    void otherBadRequestsOfTheUpdateStayBadRequests() {
        enqueue(
                400,
                "{\"status\":\"invalid_request\",\"errors\":[{\"code\":\"step_not_editable\",\"path\":[\"id\"]}]}");
        assertThat(catchThrowable(() -> client.enrollmentSteps().update(ENROLLMENT_ID, UPDATE)))
                .isExactlyInstanceOf(BadRequestException.class);
    }

    /** Wherever a server echoes the key, no message, toString() or context shows it. */
    @Test
    void theKeyIsRedactedFromEveryPartOfAnError() {
        String escaped = API_KEY.replace("s", "\\u0073");
        server.enqueue(new MockResponse.Builder()
                .code(400)
                .addHeader("x-echo", "key=" + API_KEY)
                .body("{\"status\":\"" + API_KEY + "\",\"message\":\"bad key " + escaped + "\",\"errors\":[{\"code\":\""
                        + API_KEY + "\",\"path\":[\"" + API_KEY + "\",[\"" + API_KEY + "\"]]}],\"" + API_KEY + "\":1}")
                .build());
        BadRequestException e = catchThrowableOfType(
                BadRequestException.class, () -> client.sequences().retrieve(SEQUENCE_ID));
        assertThat(e.apiStatus()).contains("[redacted]");
        for (String text : new String[] {
            e.getMessage(),
            e.toString(),
            e.context().toString(),
            e.errors().toString(),
            e.context().body().toString(),
            e.headers().toString(),
            e.context().bodyExcerpt(),
            e.apiMessage().orElseThrow()
        }) {
            assertThat(text).doesNotContain(API_KEY);
        }
    }

    @Test
    void theKeyIsRedactedFromAnUnreadableAnswer() {
        enqueue(200, example("retrieve_sequence.response").replace("\"" + SEQUENCE_ID + "\"", "\"" + API_KEY + "\""));
        Throwable e = catchThrowable(() -> client.sequences().retrieve(SEQUENCE_ID));
        assertThat(e)
                .isInstanceOfSatisfying(
                        InvalidResponseException.class,
                        unreadable -> assertThat(unreadable.json())
                                .hasValueSatisfying(json -> assertThat(json).contains(API_KEY)));
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(t.toString()).doesNotContain(API_KEY);
        }
    }
}
