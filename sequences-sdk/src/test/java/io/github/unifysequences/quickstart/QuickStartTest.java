package io.github.unifysequences.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.models.Enrollment;
import io.github.unifysequences.models.EnrollmentCreateParams;
import io.github.unifysequences.models.EnrollmentListParams;
import io.github.unifysequences.models.EnrollmentStatus;
import io.github.unifysequences.models.Sequence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/** The README's quick start, verbatim between the markers, run against a local server. */
class QuickStartTest {

    @Test
    void quickStartRuns() throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            for (String example : new String[] {"list_sequences", "create_sequence_enrollment", "list_sequence_enrollments"}) {
                String lastPage = read(example).replaceAll("\"next_cursor\": \"[^\"]+\"", "\"next_cursor\": null");
                server.enqueue(new MockResponse.Builder().body(lastPage).build());
            }
            System.setProperty("unify.apiKey", "sk_test_quickstart");
            System.setProperty("unify.baseUrl", server.url("/sequences/v1").toString());
            try {
                quickStart();
            } finally {
                System.clearProperty("unify.apiKey");
                System.clearProperty("unify.baseUrl");
            }
            assertThat(server.getRequestCount()).isEqualTo(3);
        }
    }

    private static void quickStart() {
        // quick-start:begin
        try (UnifySequencesClient client = UnifySequencesClient.fromEnv()) {
            Sequence sequence = client.sequences().list().items().get(0);
            Enrollment enrollment = client.enrollments().create(EnrollmentCreateParams.builder()
                    .sequenceId(sequence.id().toString())
                    .personId("9b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8")
                    .addMailboxEmail("ava@unifygtm-demo.com")
                    .build());
            System.out.println("Enrolled " + enrollment.person().email() + " in " + sequence.name());
            client.enrollments().list(EnrollmentListParams.builder().sequenceId(sequence.id().toString())
                            .statuses(EnrollmentStatus.IN_PROGRESS).build())
                    .autoPager()
                    .forEach(e -> System.out.println(e.person().email() + " " + e.status()));
        }
        // quick-start:end
    }

    private static String read(String example) throws IOException {
        try (InputStream in = QuickStartTest.class.getResourceAsStream("/examples/" + example + ".response.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
