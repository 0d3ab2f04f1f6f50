package io.github.unifysequences.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.models.EnrollmentListParams;
import io.github.unifysequences.sandbox.SequencesSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real process, stopped by a signal halfway through the file, then resumed. */
class EnrollSignalTest {
    @TempDir
    Path dir;

    @Test
    void aSignalStopsTheRunCleanlyAndTheRerunFinishesIt() throws Exception {
        try (SequencesSandbox sandbox = SequencesSandbox.builder().build();
                UnifySequencesClient client = UnifySequencesClient.builder()
                        .apiKey("sandbox-key")
                        .baseUrl(sandbox.start().toString())
                        .build()) {
            Path csv = dir.resolve("people.csv");
            List<UUID> people = Cli.newPeopleCsv(sandbox, csv, 40);
            Path journal = Path.of(csv + ".journal");
            String sequence = sandbox.data().sequenceIds().get(0).toString();
            String mailbox = sandbox.data().mailboxEmails().get(0);
            // Slow creates, so that the signal lands mid-file with requests in flight.
            sandbox.faults().delayNext("POST", "/enrollments", 40, Duration.ofMillis(150));

            ProcessBuilder builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            SequencesCli.class.getName(),
                            "enroll",
                            "--sequence",
                            sequence,
                            "--mailbox-email",
                            mailbox,
                            "--csv",
                            csv.toString(),
                            "--concurrency",
                            "2")
                    .redirectOutput(dir.resolve("out.txt").toFile())
                    .redirectError(dir.resolve("err.txt").toFile());
            builder.environment().put("UNIFY_API_KEY", sandbox.apiKey());
            builder.environment().put("UNIFY_BASE_URL", sandbox.baseUrl().toString());
            Process process = builder.start();
            process.getOutputStream().close();
            Cli.awaitEnrolled(journal, 6, process::isAlive);
            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("128 + SIGTERM").isEqualTo(143);
            String err = Files.readString(dir.resolve("err.txt"));
            assertThat(err).contains("Interrupted after", "Rerun the same command to resume");
            assertThat(Files.readString(dir.resolve("out.txt"))).isEmpty();
            long journaled = Cli.enrolled(journal);
            assertThat(journaled).isBetween(6L, 39L);
            // Every request the first run sent has its outcome in the journal: none was abandoned in flight.
            assertThat(Files.readAllLines(journal).stream()
                            .filter(l -> l.contains("\tsending\t"))
                            .count())
                    .isEqualTo(journaled);

            sandbox.faults().clear();
            Cli.Result rerun = Cli.against(sandbox)
                    .run("enroll", "--sequence", sequence, "--mailbox-email", mailbox, "--csv", csv.toString());
            assertThat(rerun.code()).as(rerun.all()).isZero();
            assertThat(rerun.out()).containsPattern("enrolled +40 +including " + journaled + " from an earlier run");
            for (UUID person : people) {
                assertThat(client
                                .enrollments()
                                .list(EnrollmentListParams.builder()
                                        .personId(person.toString())
                                        .build())
                                .autoPager()
                                .stream()
                                .toList())
                        .hasSize(1);
            }
        }
    }

    @Test
    void ctrlCDuringARateLimitWaitSaysHowToResumeAtOnceAndASecondOneStopsAtOnce() throws Exception {
        try (SequencesSandbox sandbox = SequencesSandbox.builder().build()) {
            sandbox.start();
            Path csv = dir.resolve("wait.csv");
            Cli.newPeopleCsv(sandbox, csv, 5);
            Path err = dir.resolve("wait-err.txt");
            // Two requests per 10 minutes (the sequence read and the first row): every other sender waits in the
            // client-side rate limiter.
            Process process = Cli.against(sandbox)
                    .process(
                            "enroll",
                            "--sequence",
                            sandbox.data().sequenceIds().get(0).toString(),
                            "--mailbox-email",
                            sandbox.data().mailboxEmails().get(0),
                            "--csv",
                            csv.toString(),
                            "--rate-limit",
                            "2/600")
                    .redirectOutput(dir.resolve("wait-out.txt").toFile())
                    .redirectError(err.toFile())
                    .start();
            Path journal = Path.of(csv + ".journal");
            Cli.awaitEnrolled(journal, 1, process::isAlive);
            signal(process);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!Files.readString(err).contains("Interrupted") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(Files.readString(err))
                    .contains(
                            "Interrupted: no new rows are sent",
                            "interrupt again to stop at once",
                            "Rerun the same command to resume");
            assertThat(process.isAlive())
                    .as("waiting for the requests in flight")
                    .isTrue();
            long second = System.nanoTime();
            signal(process);
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - second))
                    .as("well within the 15 s grace")
                    .isLessThan(Duration.ofSeconds(10));
            assertThat(process.exitValue()).isEqualTo(130);
            assertThat(Files.readString(err)).contains("Stopped at once (second interrupt).");
        }
    }

    @Test
    void aSecondRunOfTheSameFileIsRefusedWhileTheFirstHoldsTheJournal() throws Exception {
        try (SequencesSandbox sandbox = SequencesSandbox.builder().build()) {
            sandbox.start();
            Path csv = dir.resolve("lock.csv");
            Cli.newPeopleCsv(sandbox, csv, 12);
            sandbox.faults().delayNext("POST", "/enrollments", 12, Duration.ofMillis(200));
            String[] enroll = {
                "enroll",
                "--sequence",
                sandbox.data().sequenceIds().get(0).toString(),
                "--mailbox-email",
                sandbox.data().mailboxEmails().get(0),
                "--csv",
                csv.toString(),
                "--concurrency",
                "1"
            };
            Process first = Cli.against(sandbox)
                    .process(enroll)
                    .redirectOutput(dir.resolve("lock-out.txt").toFile())
                    .redirectError(dir.resolve("lock-err.txt").toFile())
                    .start();
            Path journal = Path.of(csv + ".journal");
            Cli.awaitEnrolled(journal, 1, first::isAlive);
            Cli.Result second = Cli.against(sandbox).run(enroll);
            assertThat(second.code()).as(second.all()).isEqualTo(1);
            assertThat(second.err()).contains(journal + " is in use by another enroll run");
            assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(first.exitValue())
                    .as(Files.readString(dir.resolve("lock-err.txt")))
                    .isZero();
            assertThat(Files.readAllLines(journal).stream()
                            .filter(l -> l.contains("\tsending\t"))
                            .count())
                    .as("each row sent once")
                    .isEqualTo(12);
            assertThat(Files.readAllLines(Path.of(csv + ".report.csv")))
                    .hasSize(13)
                    .allMatch(l -> !l.contains(",failed,"));
        }
    }

    private static void signal(Process process) throws Exception {
        assertThat(new ProcessBuilder("kill", "-INT", String.valueOf(process.pid()))
                        .start()
                        .waitFor())
                .isZero();
    }
}
