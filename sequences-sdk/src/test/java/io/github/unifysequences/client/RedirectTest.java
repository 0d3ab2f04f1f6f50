package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.unifysequences.errors.RedirectRefusedException;
import io.github.unifysequences.models.EnrollmentStepUpdateParams;
import java.io.IOException;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A redirect to another origin is refused before anything is written there, whatever its code and the request's
 * method: following it would resend bodies (person ids, mailbox emails) and return another server's answer.
 */
class RedirectTest extends ClientTestBase {
    private MockWebServer other;

    @BeforeEach
    void startOther() throws IOException {
        other = new MockWebServer();
        other.start();
    }

    @AfterEach
    void stopOther() {
        other.close();
    }

    static Stream<Arguments> redirectsAndCalls() {
        EnrollmentStepUpdateParams update = EnrollmentStepUpdateParams.builder()
                .versionId("v1")
                .body("<p>Hi</p>")
                .build();
        Stream.Builder<Arguments> cases = Stream.builder();
        for (int code : new int[] {301, 302, 303, 307, 308}) {
            cases.add(Arguments.of(code, "POST create", (Function<UnifySequencesClient, Object>)
                    c -> c.enrollments().create(ErrorMappingTest.createParams())));
            cases.add(Arguments.of(code, "GET retrieve", (Function<UnifySequencesClient, Object>)
                    c -> c.sequences().retrieve(SEQUENCE_ID)));
            cases.add(Arguments.of(code, "PATCH update", (Function<UnifySequencesClient, Object>)
                    c -> c.enrollmentSteps().update(STEP_ID, update)));
            cases.add(Arguments.of(code, "DELETE", (Function<UnifySequencesClient, Object>)
                    c -> c.sequences().delete(SEQUENCE_ID)));
            cases.add(Arguments.of(code, "POST pause", (Function<UnifySequencesClient, Object>)
                    c -> c.enrollments().pause(ENROLLMENT_ID)));
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("redirectsAndCalls")
    void aRedirectToAnotherHostIsRefusedAndNotRetried(
            int code, String name, Function<UnifySequencesClient, Object> call) {
        // Same server and port under another name: only the host differs.
        String host = server.getHostName().equals("localhost") ? "127.0.0.1" : "localhost";
        String elsewhere = server.url("/sequences/v1/elsewhere")
                .newBuilder()
                .host(host)
                .build()
                .toString();
        server.enqueue(new MockResponse.Builder()
                .code(code)
                .addHeader("Location", elsewhere)
                .build());
        RedirectRefusedException e = catchThrowableOfType(RedirectRefusedException.class, () -> call.apply(client));
        assertThat(e.targetOrigin()).isEqualTo("http://" + host + ":" + server.getPort());
        assertThat(e.getMessage()).doesNotContain(API_KEY).doesNotContain("elsewhere");
        assertThat(e.outcomeUnknown()).isFalse();
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("redirectsAndCalls")
    void aRedirectToAnotherPortNeverReachesIt(int code, String name, Function<UnifySequencesClient, Object> call) {
        server.enqueue(new MockResponse.Builder()
                .code(code)
                .addHeader("Location", other.url("/sequences/v1/x"))
                .build());
        other.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        assertThat(catchThrowableOfType(RedirectRefusedException.class, () -> call.apply(client))
                        .targetOrigin())
                .isEqualTo("http://" + other.getHostName() + ":" + other.getPort());
        assertThat(other.getRequestCount()).isZero();
    }

    @Test
    void aSameOriginTemporaryRedirectOfACreateResendsTheBodyThereAndAnswers() {
        server.enqueue(new MockResponse.Builder()
                .code(307)
                .addHeader("Location", "/sequences/v1/enrollments-moved")
                .build());
        enqueue(201, example("create_sequence_enrollment.response"));
        assertThat(client.enrollments().create(ErrorMappingTest.createParams()).id())
                .isNotNull();
        RecordedRequest first = take();
        RecordedRequest followed = take();
        assertThat(followed.getTarget()).isEqualTo("/sequences/v1/enrollments-moved");
        assertThat(followed.getMethod()).isEqualTo("POST");
        assertThat(followed.getBody().utf8()).isEqualTo(first.getBody().utf8());
        assertThat(followed.getHeaders().get("x-api-key")).isEqualTo(API_KEY);
    }
}
