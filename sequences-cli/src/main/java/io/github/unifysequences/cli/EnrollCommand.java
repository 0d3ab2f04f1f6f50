package io.github.unifysequences.cli;

import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.models.EnrollmentCreateParams;
import io.github.unifysequences.models.Sequence;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code enroll}: enrolls every person of a CSV file in one sequence, concurrently within a client-side rate limit,
 * journaled so that an interrupted run can be rerun without enrolling anyone twice, and ends with a report.
 */
@Command(
        name = "enroll",
        description = {
            "Enroll the people of a CSV file (header row with a person_id column) in a sequence.",
            "Rerunning the same command resumes: people the journal shows enrolled are not sent again."
        },
        footer = {
            "",
            "Exit codes:",
            "  0    every row enrolled, or already active in this sequence",
            "  1    API error before or during the run (e.g. 401, unknown sequence), or the journal in use by another run",
            "  2    usage error, nothing sent (options, malformed or non-UTF-8 CSV, no person_id column, unwritable",
            "       report or journal folder, a --mailbox-email the API refuses)",
            "  3    finished; some rows invalid, rejected (opted out...) or active elsewhere",
            "  4    finished, or stopped with the API unreachable; some rows failed: rerun to retry them",
            "  130  interrupted (143 for kill): rerun to resume"
        })
final class EnrollCommand implements Callable<Integer> {
    /** Finished; some rows were invalid, rejected or active in another sequence. */
    static final int EXIT_ROWS_NOT_ENROLLED = 3;
    /** Finished; some rows failed in ways a rerun may not repeat. */
    static final int EXIT_ROWS_FAILED = 4;
    /** Stopped before every row was sent (Ctrl-C): the journal lets a rerun resume. */
    static final int EXIT_INTERRUPTED = 130;
    /** How long Ctrl-C waits for requests in flight, their journal lines and the closing message. */
    private static final Duration GRACE = Duration.ofSeconds(15);

    @ParentCommand
    SequencesCli cli;

    @Option(names = "--sequence", required = true, paramLabel = "ID", description = "The sequence to enroll people in.")
    String sequenceId;

    @Option(
            names = "--mailbox-email",
            required = true,
            paramLabel = "ADDRESS",
            description = "Mailbox to send from (repeatable, 1 to 10).")
    List<String> mailboxEmails;

    @Option(
            names = "--csv",
            required = true,
            paramLabel = "FILE",
            description = "People: a header row with a person_id column.")
    Path csv;

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            description = "Requests in flight at once (default: ${DEFAULT-VALUE}).")
    int concurrency = 4;

    @Option(
            names = "--rate-limit",
            paramLabel = "N/SECONDS",
            description = "Client-side limit shared by all requests (default: the API's ${DEFAULT-VALUE}).")
    String rateLimit = "100000/300";

    @Option(names = "--journal", paramLabel = "FILE", description = "Append-only journal (default: <csv>.journal).")
    Path journalFile;

    @Option(names = "--report", paramLabel = "FILE", description = "Report CSV (default: <csv>.report.csv).")
    Path reportFile;

    /** Stops sending after this many outcomes, as Ctrl-C would; lets a test interrupt a run at a known point. */
    int stopAfter = Integer.MAX_VALUE;

    /** Set by Ctrl-C (or {@link #stopAfter}): no new row is sent; requests in flight finish and are journaled. */
    private final AtomicBoolean stop = new AtomicBoolean();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ApiCommand.checkIds(spec);
        if (concurrency < 1) {
            throw new CliError(SequencesCli.EXIT_USAGE, "--concurrency must be at least 1.");
        }
        String[] rate = rateLimit.split("/", 2);
        if (rate.length != 2 || !rate[0].matches("\\d+") || !rate[1].matches("\\d+")) {
            throw new CliError(SequencesCli.EXIT_USAGE, "--rate-limit wants N/SECONDS, e.g. 100000/300.");
        }
        Path journalPath = journalFile != null ? journalFile : Path.of(csv + ".journal");
        Path reportPath = reportFile != null ? reportFile : Path.of(csv + ".report.csv");
        PeopleCsv people = PeopleCsv.read(csv);
        // Both files are checked before anything is sent: a run must not end unable to say what it did.
        TargetFile report = TargetFile.of("--report", reportPath);
        if (report.isStdout()) {
            throw new CliError(
                    SequencesCli.EXIT_USAGE, "--report needs a file; for the report's rows on stdout use -o jsonl.");
        }
        TargetFile.of("--journal", journalPath);
        String resume = "Rerun the same command to resume; the journal " + journalPath + " keeps who is done.";
        Interrupts.during(() -> {
            cli.err()
                    .println("\nInterrupted: no new rows are sent; requests in flight finish and are journaled (up to "
                            + GRACE.toSeconds() + " s; interrupt again to stop at once). " + resume);
            cli.err().flush();
            stop.set(true);
            Interrupts.haltAfter(
                    cli.err(), GRACE.toSeconds(), "Requests in flight did not finish in time; stopped. " + resume);
        });
        try {
            return enroll(people, journalPath, report, rate);
        } finally {
            Interrupts.clear();
        }
    }

    private int enroll(PeopleCsv people, Path journalPath, TargetFile report, String[] rate) throws Exception {
        try (Session session = cli.openSession(
                b -> b.rateLimit(Integer.parseInt(rate[0]), Duration.ofSeconds(Long.parseLong(rate[1]))),
                cli.sandboxRequested())) {
            UnifySequencesClient client = session.client();
            // Fail before sending anything if the sequence is wrong, and check the mailbox list once for all rows.
            Sequence sequence = client.sequences().retrieve(sequenceId);
            if (sequence.isPaused()) {
                cli.err()
                        .println("warning: \"" + sequence.name()
                                + "\" is paused: people are enrolled, but nothing is sent to them"
                                + " until it is resumed (sequences resume " + sequence.id() + ").");
            }
            if (!people.rows().isEmpty()) {
                params(people.rows().get(0).personId());
            }
            try (Journal journal = Journal.open(journalPath, sequence.id().toString())) {
                BulkEnroller run = new BulkEnroller(
                        client,
                        this::params,
                        sequence,
                        journal,
                        people,
                        journal.earlier(),
                        stop,
                        stopAfter,
                        pending -> new Progress(cli.err(), cli.stderrIsTerminal(), "enroll", pending));
                if (!run.execute(concurrency) && run.unreachable().isEmpty()) {
                    cli.err()
                            .println("Interrupted after " + run.sent() + " of " + run.pending()
                                    + " rows sent this run. Rerun the same" + " command to resume; the journal "
                                    + journalPath + " keeps who is done.");
                    return Interrupts.exitCode(EXIT_INTERRUPTED);
                }
                List<Outcome> outcomes = run.outcomes();
                EnrollReport.write(report, cli.out(), outcomes);
                Output out = cli.output();
                if (out.format() == Output.Format.TABLE) {
                    EnrollReport.print(out.out(), sequence, outcomes, journalPath, report.path());
                } else {
                    out.list(outcomes, EnrollReport.VIEW, null);
                }
                run.unreachable()
                        .ifPresent(why -> cli.err()
                                .println("Stopped after " + BulkEnroller.UNREACHABLE_STOP
                                        + " rows in a row could not reach the API (last: " + why
                                        + "). Rerun the same command to resume once it is reachable."));
                return exitCode(outcomes);
            }
        }
    }

    private EnrollmentCreateParams params(String personId) {
        return EnrollmentCreateParams.builder()
                .sequenceId(sequenceId)
                .personId(personId)
                .mailboxEmails(mailboxEmails)
                .build();
    }

    static int exitCode(List<Outcome> outcomes) {
        if (outcomes.stream().anyMatch(o -> o.kind() == Outcome.Kind.FAILED)) {
            return EXIT_ROWS_FAILED;
        }
        return outcomes.stream().allMatch(o -> o.kind().done()) ? SequencesCli.EXIT_OK : EXIT_ROWS_NOT_ENROLLED;
    }
}
