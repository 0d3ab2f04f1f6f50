package io.github.unifysequences.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.models.Enrollment;
import io.github.unifysequences.models.EnrollmentCreateParams;
import io.github.unifysequences.models.Sequence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/** The README's quick start, run against a local server; the README block must match the code below. */
class QuickStartTest {

    @Test
    void quickStartRuns() throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().body(read("list_sequences")).build());
            server.enqueue(new MockResponse.Builder().body(read("create_sequence_enrollment")).build());
            System.setProperty("unify.apiKey", "sk_test_quickstart");
            System.setProperty("unify.baseUrl", server.url("/sequences/v1").toString());
            try {
                quickStart();
            } finally {
                System.clearProperty("unify.apiKey");
                System.clearProperty("unify.baseUrl");
            }
            assertThat(server.getRequestCount()).isEqualTo(2);
        }
    }

    @Test
    void readmeShowsTheCodeThatRuns() throws IOException {
        String source = Files.readString(Path.of("src/test/java/io/github/unifysequences/quickstart/QuickStartTest.java"));
        String code = source.substring(source.indexOf("// quick-start:begin\n") + "// quick-start:begin\n".length(),
                source.lastIndexOf("        // quick-start:end"));
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains(code.replaceAll("(?m)^        ", ""));
    }

    private static void quickStart() {
        // quick-start:begin
        try (UnifySequencesClient client = UnifySequencesClient.fromEnv()) {
            for (Sequence sequence : client.sequences().list().autoPager()) {
                System.out.println(sequence.name() + (sequence.isPaused() ? " (paused)" : ""));
            }
            Enrollment enrollment = client.enrollments().create(EnrollmentCreateParams.builder()
                    .sequenceId("5d0f6a3e-2b7c-4f1e-9a58-3c6e1b2d4f70")
                    .personId("9b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8")
                    .addMailboxEmail("ava@unifygtm-demo.com")
                    .build());
            System.out.println(enrollment.person().email() + " is " + enrollment.status());
        }
        // quick-start:end
    }

    private static String read(String example) throws IOException {
        try (InputStream in = QuickStartTest.class.getResourceAsStream("/examples/" + example + ".response.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
