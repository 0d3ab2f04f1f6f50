package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.unifysequences.errors.RedirectRefusedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The API key never shows up in logs, exceptions or redirects to another host. */
class RedactionTest extends ClientTestBase {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureLogs() {
        originalErr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreLogs() {
        System.setErr(originalErr);
    }

    private String logs() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(LogLevel.class)
    void keyIsRedactedAtEveryLogLevel(LogLevel level) {
        client.close();
        client = builder().logLevel(level).build();
        enqueueExample("pause_sequence_enrollment.response");
        client.enrollments().pause(ENROLLMENT_ID);
        if (level == LogLevel.NONE) {
            assertThat(logs()).doesNotContain("-->");
            return;
        }
        assertThat(logs())
                .contains("--> POST " + server.url("/sequences/v1/enrollments/" + ENROLLMENT_ID + "/pause"))
                .contains("(attempt 1)")
                .contains("<-- 200")
                .doesNotContain(API_KEY);
        if (level != LogLevel.BASIC) {
            assertThat(logs()).contains("x-api-key: ██");
        }
        if (level == LogLevel.BODY) {
            assertThat(logs()).contains("\"is_paused\"");
        }
    }

    @Test
    void keyEchoedByTheServerIsRedactedFromLogsAndExceptions() {
        client.close();
        client = builder().logLevel(LogLevel.BODY).maxRetries(0).build();
        enqueueError(401, "unauthorized", "Key " + API_KEY + " is revoked");
        Throwable error = catchThrowable(() -> client.sequences().retrieve(SEQUENCE_ID));
        assertThat(error.getMessage()).contains("[redacted]").doesNotContain(API_KEY);
        assertThat(error.toString()).doesNotContain(API_KEY);
        assertThat(logs()).contains("revoked").doesNotContain(API_KEY);
    }

    @Test
    void configurationToStringOmitsTheKey() {
        ClientConfig config = new ClientConfig(
                API_KEY,
                server.url("/"),
                Duration.ofSeconds(60),
                2,
                Duration.ofSeconds(60),
                LogLevel.NONE,
                Optional.empty(),
                Sleeper.SYSTEM,
                CLOCK,
                Optional.empty(),
                Runnable::run);
        assertThat(config.toString()).doesNotContain(API_KEY);
    }

    @Test
    void malformedKeyIsRefusedWithoutQuotingIt() {
        String pasted = API_KEY + "\n";
        Throwable error = catchThrowable(
                () -> UnifySequencesClient.builder().apiKey(pasted).build());
        assertThat(error).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apiKey");
        assertThat(error.getMessage()).doesNotContain(API_KEY);
    }

    @Test
    void ioFailureMessagesDoNotCarryTheKey() {
        client.close();
        client = builder().maxRetries(0).logLevel(LogLevel.HEADERS).build();
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(mockwebserver3.SocketEffect.ShutdownConnection.INSTANCE)
                .build());
        Throwable error = catchThrowable(() -> client.sequences().retrieve(SEQUENCE_ID));
        assertThat(error.toString()).doesNotContain(API_KEY);
        assertThat(logs()).contains("<-- FAILED").doesNotContain(API_KEY);
    }

    @Test
    void redirectToAnotherHostIsRefusedButSameHostKeepsTheKey() throws IOException {
        try (MockWebServer other = new MockWebServer()) {
            other.start();
            server.enqueue(new MockResponse.Builder()
                    .code(302)
                    .addHeader("Location", "/sequences/v1/moved")
                    .build());
            enqueueExample("retrieve_sequence.response");
            client.sequences().retrieve(SEQUENCE_ID);
            take();
            assertThat(take().getHeaders().get("x-api-key")).isEqualTo(API_KEY);

            server.enqueue(new MockResponse.Builder()
                    .code(307)
                    .addHeader("Location", other.url("/sequences/v1/x"))
                    .build());
            assertThatThrownBy(() -> client.sequences().retrieve(SEQUENCE_ID))
                    .isInstanceOf(RedirectRefusedException.class)
                    .hasMessageNotContaining(API_KEY);
            assertThat(other.getRequestCount()).isZero();
        }
    }
}
