package io.github.unifysequences.cli;

import io.github.unifysequences.sandbox.SandboxData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: a guided walk through the whole API. Without a key it brings its own sandbox and changes things there;
 * with a key it reads the real workspace and changes nothing unless {@code --allow-writes} says so.
 */
@Command(
        name = "demo",
        description = {
            "The whole API as a guided story; without a key it brings its own sandbox.",
            "Sequences and steps; enrolling, with a conflict and opt-out refusals; pause, resume, approve, cancel;",
            "a step email edit; every enrollment through the auto-pager; a summary.",
            "Without UNIFY_API_KEY (or with --sandbox) it runs against an embedded sandbox.",
            "With a key it is read-only unless --allow-writes (then --sequence, --mailbox-email and --person are needed)."
        })
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    SequencesCli cli;

    @Option(
            names = "--allow-writes",
            description = "Against the real API: also enroll, pause, resume, approve, cancel and edit.")
    boolean allowWrites;

    @Option(
            names = "--sequence",
            paramLabel = "ID",
            description = "Real API with --allow-writes: the sequence to enroll people in.")
    String sequenceId;

    @Option(
            names = "--mailbox-email",
            paramLabel = "ADDRESS",
            description = "Real API with --allow-writes: the mailbox to send from.")
    String mailboxEmail;

    @Option(
            names = "--person",
            paramLabel = "ID",
            description = "Real API with --allow-writes: a person to enroll (repeatable).")
    List<String> personIds = new ArrayList<>();

    @Option(
            names = "--keep-export",
            description = "Keep the export file of chapter 5 (private to you) instead of deleting it at the end.")
    boolean keepExport;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ApiCommand.checkIds(spec);
        boolean embedded = cli.sandboxRequested() || cli.knownKey().isEmpty();
        if (!embedded && allowWrites && (sequenceId == null || mailboxEmail == null || personIds.isEmpty())) {
            throw new CliError(
                    SequencesCli.EXIT_USAGE,
                    "With --allow-writes against the real API, give --sequence, --mailbox-email and at least one --person.");
        }
        try (Session session = cli.openSession(builder -> {}, embedded)) {
            Optional<DemoStory.Cast> cast = session.sandbox()
                    .map(s -> sandboxCast(s.data()))
                    .or(() -> allowWrites ? Optional.of(givenCast()) : Optional.empty());
            new DemoStory(session.client(), cli.out(), session.target(), cast, keepExport).tell();
        }
        return SequencesCli.EXIT_OK;
    }

    /** The sandbox's seed knows who is who: people free to enroll, and people who opted out or must not be emailed. */
    private static DemoStory.Cast sandboxCast(SandboxData data) {
        List<UUID> free = data.enrollablePersonIds();
        return new DemoStory.Cast(
                Optional.empty(),
                data.approvalSequenceIds(),
                data.mailboxEmails().get(0),
                free.subList(0, 3),
                data.optedOutPersonIds().stream().findFirst(),
                data.doNotEmailPersonIds().stream().findFirst(),
                true);
    }

    private DemoStory.Cast givenCast() {
        return new DemoStory.Cast(
                Optional.of(UUID.fromString(sequenceId)),
                List.of(),
                mailboxEmail,
                personIds.stream().map(UUID::fromString).toList(),
                Optional.empty(),
                Optional.empty(),
                false);
    }
}
