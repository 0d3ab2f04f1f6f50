package io.github.unifysequences.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unifysequences.sandbox.SequencesSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DemoTest {

    @Test
    void withoutAKeyTheDemoTellsTheWholeStoryAgainstItsOwnSandbox() {
        Cli.Result result = Cli.withoutEnv().run("demo");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("Unify Sequences demo, against an embedded sandbox at http://127.0.0.1:")
                .contains(
                        "1. Sequences and their steps",
                        "5 sequences.",
                        "Q4 Outbound - VP Sales (active",
                        "AUTOMATIC_EMAIL",
                        "manual email",
                        "at the start",
                        "all of (wait",
                        "any of (")
                .contains("2. Enrolling people in \"Q4 Outbound - VP Sales\"")
                .containsPattern("✓ .+ enrolled in \"Q4 Outbound - VP Sales\": IN_PROGRESS")
                .containsPattern("✓ .+: DRAFT, awaiting approval")
                .containsPattern(
                        "↷ .+ is already active: HTTP 409 conflict, active in \"Enterprise multi-thread\" \\(enrollment [0-9a-f-]{36}\\)")
                .contains(
                        "cannot be enrolled: HTTP 400 person_opted_out",
                        "cannot be enrolled: HTTP 400 person_do_not_email")
                .contains("3. Controlling enrollments", "→ is_paused=true", "→ is_paused=false")
                .containsPattern("approved .+ → IN_PROGRESS")
                .containsPattern("canceled .+ → FINISHED, canceled")
                .containsPattern("edited   the email of step #1: .+ \\(tokens resolving\\)")
                .contains(
                        "4. Every enrollment, page by page",
                        "33 enrollments, fetched 10 per request by the auto-pager (4 pages).")
                .containsPattern("5\\. Bulk export through a query job\n   query job [0-9a-f-]{36} created")
                .containsPattern("33 enrollments written to .+\\.ndjson, the same count as the auto-pager read")
                .contains("deleted it again (--keep-export keeps it)")
                .contains("Summary")
                .containsPattern("enrolled +3")
                .containsPattern("conflicts handled +1");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void theDemosExportIsPrivateAndKeptOnlyWhenAsked() throws Exception {
        Cli.Result deleted = Cli.withoutEnv().run("demo");
        Path file = exportFile(deleted);
        assertThat(Files.exists(file)).isFalse();
        assertThat(Files.exists(file.getParent())).isFalse();

        Cli.Result kept = Cli.withoutEnv().run("demo", "--keep-export");
        Path keptFile = exportFile(kept);
        try {
            assertThat(kept.out()).contains("kept " + keptFile + " (readable by you only)");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keptFile)))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keptFile.getParent())))
                    .isEqualTo("rwx------");
            assertThat(Files.readAllLines(keptFile)).hasSize(33);
        } finally {
            Files.deleteIfExists(keptFile);
            Files.deleteIfExists(keptFile.getParent());
        }
    }

    private static Path exportFile(Cli.Result result) {
        Matcher written =
                Pattern.compile("enrollments written to (\\S+\\.ndjson)").matcher(result.out());
        assertThat(written.find()).as(result.out()).isTrue();
        return Path.of(written.group(1));
    }

    @Test
    void withAKeyTheDemoOnlyReads() {
        try (SequencesSandbox api = SequencesSandbox.builder().seed(7).build()) {
            api.start();
            int before = api.data().enrollmentCount();
            Cli.Result result = Cli.against(api).run("demo");
            assertThat(result.code()).as(result.err()).isZero();
            assertThat(result.out())
                    .contains(
                            "against the Unify API at " + api.baseUrl(),
                            "Read-only: nothing will be changed.",
                            "Sequences and their steps",
                            before + " enrollments, fetched")
                    .doesNotContain("Enrolling people");
            assertThat(api.data().enrollmentCount()).isEqualTo(before);
        }
    }

    @Test
    void writesAgainstTheRealApiNeedTheirCast() {
        try (SequencesSandbox api = SequencesSandbox.builder().build()) {
            api.start();
            Cli.Result refused = Cli.against(api).run("demo", "--allow-writes");
            assertThat(refused.code()).isEqualTo(2);
            assertThat(refused.err()).contains("give --sequence, --mailbox-email and at least one --person");

            Cli.Result result = Cli.against(api)
                    .run(
                            "demo",
                            "--allow-writes",
                            "--sequence",
                            api.data().sequenceIds().get(0).toString(),
                            "--mailbox-email",
                            api.data().mailboxEmails().get(0),
                            "--person",
                            api.data().enrollablePersonIds().get(0).toString(),
                            "--person",
                            api.data().enrollablePersonIds().get(1).toString());
            assertThat(result.code()).as(result.err()).isZero();
            // Only the given people are touched: the conflict is shown by enrolling the first of them again.
            assertThat(result.out())
                    .containsPattern("enrolled +2")
                    .containsPattern("canceled +1")
                    .contains("is already active: HTTP 409 conflict, active in \"Q4 Outbound - VP Sales\"");
        }
    }
}
