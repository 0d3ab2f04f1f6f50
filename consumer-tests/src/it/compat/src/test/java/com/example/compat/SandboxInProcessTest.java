package com.example.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.core.ExportOptions;
import io.github.unifysequences.core.QueryJobExport;
import io.github.unifysequences.models.Enrollment;
import io.github.unifysequences.models.EnrollmentCreateParams;
import io.github.unifysequences.models.EnrollmentQueryParams;
import io.github.unifysequences.models.SequenceEnrollment;
import io.github.unifysequences.sandbox.SandboxTest;
import io.github.unifysequences.sandbox.SequencesSandbox;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The sandbox as users run it: in the test's own JVM through {@code @SandboxTest}, so it runs on the scenario's Gson
 * and JUnit (Spring Boot 3.3 manages Gson 2.10.1 and JUnit 5.10). Each test writes (a request body the sandbox must
 * parse) and exports; afterwards every sandbox must have been stopped by the extension, which JUnit before 5.13
 * would not do for it.
 */
class SandboxInProcessTest {
    private static final List<URI> STARTED = new CopyOnWriteArrayList<>();

    @AfterAll
    static void everySandboxWasStoppedAfterItsTest() {
        assertEquals(2, STARTED.size());
        for (URI url : STARTED) {
            assertThrows(IOException.class, () -> new Socket(url.getHost(), url.getPort()).close(), url.toString());
        }
    }

    @Test
    @SandboxTest(seed = 7)
    void enrollsAPersonAndExportsIt(SequencesSandbox sandbox, URI baseUrl, @SandboxTest.ApiKey String apiKey) {
        enrollAndExport(sandbox, baseUrl, apiKey);
    }

    @Test
    @SandboxTest(seed = 8)
    void anotherTestGetsItsOwnSandbox(SequencesSandbox sandbox, URI baseUrl, @SandboxTest.ApiKey String apiKey) {
        enrollAndExport(sandbox, baseUrl, apiKey);
    }

    private static void enrollAndExport(SequencesSandbox sandbox, URI baseUrl, String apiKey) {
        STARTED.add(baseUrl);
        int before = sandbox.data().enrollmentCount();
        UUID person = sandbox.data().enrollablePersonIds().get(0);
        try (UnifySequencesClient client = UnifySequencesClient.builder()
                .baseUrl(baseUrl.toString())
                .apiKey(apiKey)
                .build()) {
            Enrollment created = client.enrollments()
                    .create(EnrollmentCreateParams.builder()
                            .sequenceId(sandbox.data().sequenceIds().get(0).toString())
                            .personId(person.toString())
                            .addMailboxEmail(sandbox.data().mailboxEmails().get(0))
                            .build());
            assertEquals(person, created.person().id());
            ExportOptions options = ExportOptions.builder()
                    .pollInterval(Duration.ofMillis(100), Duration.ofMillis(500))
                    .build();
            try (QueryJobExport<SequenceEnrollment> rows =
                    client.enrollments().queryJobs().export(EnrollmentQueryParams.all(), options)) {
                assertEquals(
                        before + 1,
                        rows.stream().map(SequenceEnrollment::id).distinct().count());
            }
        }
    }
}
