package io.github.unifysequences.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.gson.JsonParser;
import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.models.Enrollment;
import io.github.unifysequences.models.EnrollmentCreateParams;
import io.github.unifysequences.models.EnrollmentListParams;
import io.github.unifysequences.sandbox.SandboxTest;
import io.github.unifysequences.sandbox.SequencesSandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SandboxTest
class EnrollCommandTest {
    @TempDir
    Path dir;

    private SequencesSandbox sandbox;
    private Cli cli;
    private UnifySequencesClient client;
    private String sequenceId;
    private String mailbox;

    @BeforeEach
    void start(SequencesSandbox sandbox) {
        this.sandbox = sandbox;
        cli = Cli.against(sandbox);
        client = UnifySequencesClient.builder()
                .apiKey(sandbox.apiKey())
                .baseUrl(sandbox.baseUrl().toString())
                .build();
        sequenceId = sandbox.data().sequenceIds().get(0).toString();
        mailbox = sandbox.data().mailboxEmails().get(0);
    }

    @AfterEach
    void stop() {
        client.close();
    }

    @Test
    void enrollsEveryGoodRowAndReportsTheRest() throws IOException {
        List<UUID> free = sandbox.data().enrollablePersonIds().subList(0, 3);
        Enrollment activeHere = activeEnrollment(true);
        Enrollment activeElsewhere = activeEnrollment(false);
        Path csv = write(
                "people.csv",
                "name,person_id,company", // line 1
                "Ann," + free.get(0) + ",Acme", // 2
                "Bob,\"" + free.get(1) + "\",\"Globex, Inc\"", // 3
                "Bad,not-a-uuid,X", // 4
                "Nobody,,X", // 5
                "Ann again," + free.get(0).toString().toUpperCase() + ",Acme", // 6
                "", // 7 (blank, skipped)
                "Opted," + sandbox.data().optedOutPersonIds().get(0) + ",X", // 8
                "Dne," + sandbox.data().doNotEmailPersonIds().get(0) + ",X", // 9
                "Here," + activeHere.person().id() + ",X", // 10
                "There," + activeElsewhere.person().id() + ",X", // 11
                "Cy," + free.get(2) + ",X"); // 12

        Cli.Result result =
                cli.run("enroll", "--sequence", sequenceId, "--mailbox-email", mailbox, "--csv", csv.toString());

        assertThat(result.code()).as(result.all()).isEqualTo(EnrollCommand.EXIT_ROWS_NOT_ENROLLED);
        assertThat(result.out())
                .contains("Enrolling 10 rows in \"Q4 Outbound - VP Sales\"")
                .containsPattern("enrolled +3")
                .containsPattern("already active here +1")
                .containsPattern("active elsewhere +1")
                .containsPattern("opted out / rejected +2")
                .containsPattern("failed +0")
                .containsPattern("invalid row +3")
                .containsPattern("4 +not-a-uuid +invalid row +person_id is not a UUID")
                .containsPattern("5 +invalid row +missing person_id")
                .containsPattern("6 +" + free.get(0).toString().toUpperCase() + " +invalid row +duplicate of line 2")
                .containsPattern("8 +" + sandbox.data().optedOutPersonIds().get(0)
                        + " +opted out / rejected +person_opted_out at person_id")
                .containsPattern("9 .+person_do_not_email")
                .contains("in sequence " + activeElsewhere.sequence().id() + ", enrollment " + activeElsewhere.id());
        assertThat(result.err())
                .contains("enroll: 7/7 rows done")
                .contains("(enrolled 3, already active here 1, active elsewhere 1, opted out / rejected 2)");

        List<String> report = Files.readAllLines(Path.of(csv + ".report.csv"));
        assertThat(report.get(0)).isEqualTo("line,person_id,outcome,enrollment_id,active_sequence_id,detail");
        assertThat(report)
                .hasSize(11)
                .anySatisfy(l -> assertThat(l).startsWith("2," + free.get(0) + ",enrolled,"))
                .anySatisfy(l -> assertThat(l)
                        .isEqualTo("10," + activeHere.person().id() + ",already_active," + activeHere.id() + ","
                                + sequenceId + ","))
                .anySatisfy(l -> assertThat(l)
                        .isEqualTo("11," + activeElsewhere.person().id() + ",active_elsewhere," + activeElsewhere.id()
                                + "," + activeElsewhere.sequence().id() + ",active in another sequence"));
        free.forEach(person -> assertThat(enrollmentsOf(person))
                .singleElement()
                .satisfies(e -> assertThat(e.sequence().id().toString()).isEqualTo(sequenceId)));
    }

    @Test
    void anInterruptedRunResumesWithoutEnrollingAnyoneTwice() throws IOException {
        List<UUID> people = IntStream.range(0, 30)
                .mapToObj(i -> sandbox.data().addPerson("p" + i + "@example.com", "P" + i, "Test"))
                .toList();
        List<String> lines = new ArrayList<>(List.of("person_id"));
        people.forEach(p -> lines.add(p.toString()));
        Path csv = write("big.csv", lines.toArray(String[]::new));
        int before = sandbox.data().enrollmentCount();
        String[] args = {
            "enroll",
            "--sequence",
            sequenceId,
            "--mailbox-email",
            mailbox,
            "--csv",
            csv.toString(),
            "--concurrency",
            "4"
        };

        Cli.Result first =
                cli.run(c -> ((EnrollCommand) c.getSubcommands().get("enroll").getCommand()).stopAfter = 10, args);
        assertThat(first.code()).isEqualTo(EnrollCommand.EXIT_INTERRUPTED);
        assertThat(first.err()).contains("Interrupted after", "Rerun the same command to resume");
        int afterFirst = sandbox.data().enrollmentCount() - before;
        assertThat(afterFirst).isBetween(10, 13);

        // The first run "died" while the create of one more person was on the wire: the server enrolled them,
        // the journal only says "sending".
        UUID inFlight = people.stream()
                .filter(p -> enrollmentsOf(p).isEmpty())
                .findFirst()
                .orElseThrow();
        client.enrollments()
                .create(EnrollmentCreateParams.builder()
                        .sequenceId(sequenceId)
                        .personId(inFlight.toString())
                        .addMailboxEmail(mailbox)
                        .build());
        // ... and its last journal line was cut short by the crash.
        Files.writeString(
                Path.of(csv + ".journal"),
                "2026-01-01T00:00:00Z\tsending\t" + inFlight + "\t" + (people.indexOf(inFlight) + 2)
                        + "\t\t\t\n2026-01-01T00:00:01Z\tenrol",
                StandardOpenOption.APPEND);

        Cli.Result second = cli.run(args);
        assertThat(second.code()).as(second.all()).isZero();
        assertThat(Files.readAllLines(Path.of(csv + ".journal")))
                .contains("2026-01-01T00:00:01Z\tenrol")
                .filteredOn(l -> l.contains("\t" + inFlight + "\t"))
                .hasSize(3);
        assertThat(second.out())
                .containsPattern("enrolled +29 +including " + afterFirst + " from an earlier run")
                .containsPattern("already active here +1");
        assertThat(sandbox.data().enrollmentCount() - before).isEqualTo(30);
        people.forEach(p -> assertThat(enrollmentsOf(p)).hasSize(1));
        assertThat(Files.readAllLines(Path.of(csv + ".report.csv")))
                .anySatisfy(l ->
                        assertThat(l).startsWith((people.indexOf(inFlight) + 2) + "," + inFlight + ",already_active,"));

        Cli.Result third = cli.run(args);
        assertThat(third.code()).isZero();
        assertThat(third.err()).contains("enroll: 0/0 rows done");
        assertThat(sandbox.data().enrollmentCount() - before).isEqualTo(30);
    }

    @Test
    void failedRowsExitFourAndARerunRetriesThem() throws IOException {
        List<UUID> free = sandbox.data().enrollablePersonIds().subList(0, 2);
        Path csv = write(
                "people.csv", "person_id", free.get(0).toString(), free.get(1).toString());
        // Three 500s: the first try and the SDK's two retries of the first create all fail.
        sandbox.faults().failNext("POST", "/enrollments", 3, 500);
        String[] args = {
            "enroll",
            "--sequence",
            sequenceId,
            "--mailbox-email",
            mailbox,
            "--csv",
            csv.toString(),
            "--concurrency",
            "1"
        };

        Cli.Result first = cli.run(args);
        assertThat(first.code()).as(first.all()).isEqualTo(EnrollCommand.EXIT_ROWS_FAILED);
        assertThat(first.out())
                .containsPattern("failed +1")
                .containsPattern("2 +" + free.get(0) + " +failed +HTTP 500");

        Cli.Result second = cli.run(concat(args, "-o", "jsonl"));
        assertThat(second.code()).as(second.all()).isZero();
        assertThat(second.out().lines().map(l -> JsonParser.parseString(l).getAsJsonObject()))
                .extracting(
                        o -> o.get("line").getAsInt(),
                        o -> o.get("outcome").getAsString(),
                        o -> o.get("detail").isJsonNull())
                .containsExactly(tuple(2, "enrolled", true), tuple(3, "enrolled", false));
        free.forEach(p -> assertThat(enrollmentsOf(p)).hasSize(1));
    }

    @Test
    void theClientSideRateLimitPacesTheRun() throws IOException {
        Path csv = dir.resolve("paced.csv");
        Cli.newPeopleCsv(sandbox, csv, 8);
        long started = System.nanoTime();
        Cli.Result result = cli.run(
                "enroll",
                "--sequence",
                sequenceId,
                "--mailbox-email",
                mailbox,
                "--csv",
                csv.toString(),
                "--concurrency",
                "4",
                "--rate-limit",
                "4/1");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(result.code()).as(result.all()).isZero();
        // Nine requests (the sequence, then eight creates) at four a second cannot all go in the first second.
        assertThat(millis).isGreaterThanOrEqualTo(1000);
        assertThat(cli.run(
                                "enroll",
                                "--sequence",
                                sequenceId,
                                "--mailbox-email",
                                mailbox,
                                "--csv",
                                csv.toString(),
                                "--rate-limit",
                                "fast")
                        .code())
                .isEqualTo(2);
    }

    @Test
    void unusableInputIsAUsageErrorAndNothingIsSent() throws IOException {
        int before = sandbox.data().enrollmentCount();
        Path noColumn = write("wrong.csv", "id,email", UUID.randomUUID() + ",a@b.c");
        Cli.Result result =
                cli.run("enroll", "--sequence", sequenceId, "--mailbox-email", mailbox, "--csv", noColumn.toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("has no person_id column");

        Cli.Result missing = cli.run(
                "enroll",
                "--sequence",
                sequenceId,
                "--mailbox-email",
                mailbox,
                "--csv",
                dir.resolve("nope.csv").toString());
        assertThat(missing.code()).isEqualTo(2);

        Path good = write(
                "good.csv",
                "person_id",
                sandbox.data().enrollablePersonIds().get(0).toString());
        Path journal = dir.resolve("other.journal");
        Files.writeString(journal, "#\tsequences enroll journal\tsequence=" + UUID.randomUUID() + "\n");
        Cli.Result otherJournal = cli.run(
                "enroll",
                "--sequence",
                sequenceId,
                "--mailbox-email",
                mailbox,
                "--csv",
                good.toString(),
                "--journal",
                journal.toString());
        assertThat(otherJournal.code()).isEqualTo(2);
        assertThat(otherJournal.err()).contains("is the journal of sequence");

        Cli.Result unknownSequence = cli.run(
                "enroll",
                "--sequence",
                UUID.randomUUID().toString(),
                "--mailbox-email",
                mailbox,
                "--csv",
                good.toString());
        assertThat(unknownSequence.code()).isEqualTo(1);
        assertThat(unknownSequence.err()).startsWith("error: HTTP 404");
        assertThat(sandbox.data().enrollmentCount()).isEqualTo(before);
    }

    @Test
    void aBrokenCsvIsRefusedWithItsLineBeforeAnythingIsSent() throws IOException {
        int before = sandbox.data().enrollmentCount();
        List<UUID> free = sandbox.data().enrollablePersonIds().subList(0, 4);
        // The unclosed quote on line 3 would swallow lines 4 and 5 into one cell.
        Path csv = write(
                "broken.csv",
                "person_id,name",
                free.get(0) + ",Ann",
                free.get(1) + ",\"Bob",
                free.get(2) + ",Cy",
                free.get(3) + ",Di");
        Cli.Result result =
                cli.run("enroll", "--sequence", sequenceId, "--mailbox-email", mailbox, "--csv", csv.toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err().strip())
                .startsWith("error: " + csv + " line 3: a quote opened here is never closed")
                .endsWith("Nothing was sent.");
        assertThat(sandbox.data().enrollmentCount()).isEqualTo(before);
        assertThat(Files.exists(Path.of(csv + ".journal"))).isFalse();
    }

    @Test
    void enrollingIntoAPausedOrApprovalSequenceSaysSo() throws IOException {
        String paused = client.sequences().list().autoPager().stream()
                .filter(q -> q.isPaused())
                .findFirst()
                .orElseThrow()
                .id()
                .toString();
        Path one = write(
                "paused.csv",
                "person_id",
                sandbox.data().enrollablePersonIds().get(0).toString());
        Cli.Result result =
                cli.run("enroll", "--sequence", paused, "--mailbox-email", mailbox, "--csv", one.toString());
        assertThat(result.err())
                .contains("is paused: people are enrolled, but nothing is sent to them until it is resumed");

        String approval = sandbox.data().approvalSequenceIds().get(0).toString();
        Path two = write(
                "approval.csv",
                "person_id",
                sandbox.data().enrollablePersonIds().get(1).toString());
        Cli.Result drafts =
                cli.run("enroll", "--sequence", approval, "--mailbox-email", mailbox, "--csv", two.toString());
        assertThat(drafts.code()).as(drafts.all()).isZero();
        assertThat(drafts.out()).contains("1 as drafts awaiting approval: nothing runs until they are approved");
        assertThat(Files.readAllLines(Path.of(two + ".report.csv")).get(1)).endsWith(",draft awaiting approval");
    }

    @Test
    void aMailboxTheApiDoesNotKnowStopsTheRunAtTheFirstAnswer() throws IOException {
        int before = sandbox.data().enrollmentCount();
        List<String> lines = new ArrayList<>(List.of("person_id"));
        sandbox.data().enrollablePersonIds().subList(0, 6).forEach(p -> lines.add(p.toString()));
        Path csv = write("mailbox.csv", lines.toArray(String[]::new));
        sandbox.faults().delayNext("POST", "/enrollments", 1000, java.time.Duration.ZERO);
        Cli.Result result = cli.run(
                "enroll",
                "--sequence",
                sequenceId,
                "--mailbox-email",
                "nobody@unifygtm-demo.com",
                "--csv",
                csv.toString(),
                "--concurrency",
                "1");
        assertThat(result.code()).as(result.all()).isEqualTo(2);
        assertThat(result.err())
                .contains(
                        "error: --mailbox-email nobody@unifygtm-demo.com refused by the API: unknown_mailbox at mailbox_emails",
                        "Nothing more was sent");
        assertThat(1000 - sandbox.faults().pending()).as("creates sent").isEqualTo(1);
        assertThat(sandbox.data().enrollmentCount()).isEqualTo(before);
        sandbox.faults().clear();
        // Nothing was journaled as the person's outcome: the rerun with the right mailbox sends everyone.
        Cli.Result rerun =
                cli.run("enroll", "--sequence", sequenceId, "--mailbox-email", mailbox, "--csv", csv.toString());
        assertThat(rerun.code()).as(rerun.all()).isZero();
        assertThat(rerun.out()).containsPattern("enrolled +6");
    }

    @Test
    void anApiThatIsGoneStopsTheRunWithAResumeHint() throws Exception {
        SequencesSandbox gone = SequencesSandbox.builder().build();
        gone.start();
        Path csv = dir.resolve("gone.csv");
        Cli.newPeopleCsv(gone, csv, 40);
        Path journal = Path.of(csv + ".journal");
        gone.faults().delayNext("POST", "/enrollments", 40, java.time.Duration.ofMillis(100));
        java.util.concurrent.CompletableFuture<Cli.Result> run =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> Cli.against(gone)
                        .run(
                                "enroll",
                                "--sequence",
                                gone.data().sequenceIds().get(0).toString(),
                                "--mailbox-email",
                                gone.data().mailboxEmails().get(0),
                                "--csv",
                                csv.toString(),
                                "--concurrency",
                                "1"));
        Cli.awaitEnrolled(journal, 3, () -> !run.isDone());
        gone.close();
        Cli.Result result = run.get(120, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(result.code()).as(result.all()).isEqualTo(EnrollCommand.EXIT_ROWS_FAILED);
        assertThat(result.err())
                .contains("Stopped after 5 rows in a row could not reach the API", "Rerun the same command to resume");
        long sent = Files.readAllLines(journal).stream()
                .filter(l -> l.contains("\tsending\t"))
                .count();
        assertThat(sent).as("a few tries, not all 40 rows").isLessThan(15);
        // The report accounts for every line: the rows never sent are failed, to be sent by the rerun.
        List<String> report = Files.readAllLines(Path.of(csv + ".report.csv"));
        assertThat(report).hasSize(41);
        assertThat(report)
                .anyMatch(l -> l.contains(",failed,,,\"not sent: the run stopped, the API was unreachable\""));
    }

    private Enrollment activeEnrollment(boolean inTarget) {
        return client.enrollments().list().autoPager().stream()
                .filter(e -> sandbox.data().activeEnrollmentIds().contains(e.id()))
                .filter(e -> e.sequence().id().toString().equals(sequenceId) == inTarget)
                .findFirst()
                .orElseThrow();
    }

    private List<Enrollment> enrollmentsOf(UUID person) {
        return client
                .enrollments()
                .list(EnrollmentListParams.builder()
                        .personId(person.toString())
                        .sequenceId(sequenceId)
                        .build())
                .autoPager()
                .stream()
                .toList();
    }

    private static String[] concat(String[] args, String... more) {
        return Stream.concat(Stream.of(args), Stream.of(more)).toArray(String[]::new);
    }

    private Path write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return file;
    }
}
