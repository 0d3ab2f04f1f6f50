package io.github.unifysequences.cli;

import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.models.Enrollment;
import io.github.unifysequences.models.EnrollmentCreateParams;
import io.github.unifysequences.models.EnrollmentListParams;
import io.github.unifysequences.models.EnrollmentStatus;
import java.util.ArrayList;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code enrollments list|get|create|pause|resume|approve|cancel}. */
@Command(
        name = "enrollments",
        description = "List, show, create and control enrollments (people in sequences).",
        subcommands = {EnrollmentCommands.List.class, EnrollmentCommands.Create.class})
final class EnrollmentCommands {

    static void addIdCommands(CommandLine group) {
        group.addSubcommand(
                "get",
                IdCommand.show(
                        "Show one enrollment.", (c, id) -> c.enrollments().retrieve(id), Views.ENROLLMENT));
        group.addSubcommand(
                "pause",
                IdCommand.act(
                        "Pause an enrollment.",
                        "Paused enrollment",
                        (c, id) -> c.enrollments().pause(id).rawJson()));
        group.addSubcommand(
                "resume",
                IdCommand.act(
                        "Resume a paused enrollment.",
                        "Resumed enrollment",
                        (c, id) -> c.enrollments().resume(id).rawJson()));
        group.addSubcommand(
                "approve",
                IdCommand.act(
                        "Approve a draft enrollment awaiting approval; it starts.",
                        "Approved enrollment",
                        (c, id) -> c.enrollments().approve(id).rawJson()));
        group.addSubcommand(
                "cancel",
                IdCommand.destructive(
                        "Cancel an enrollment: its remaining steps do not run. Repeatable.",
                        "Canceled enrollment",
                        "cancels the enrollment; its remaining steps never run",
                        (c, id) -> c.enrollments().cancel(id).rawJson()));
    }

    @Command(name = "list", description = "List enrollments matching every filter given (all pages).")
    static final class List extends ApiCommand {
        @Mixin
        EnrollmentFilters filters;

        @Option(names = "--play", paramLabel = "ID", description = "Enrolled by this play.")
        String playId;

        @Option(
                names = "--status",
                paramLabel = "STATUS",
                description = "DRAFT, IN_PROGRESS or FINISHED (repeatable: any of them).")
        java.util.List<String> statuses = new ArrayList<>();

        @Mixin
        ListLimit limit;

        @Override
        int run(UnifySequencesClient client, Output out) {
            EnrollmentListParams.Builder params = EnrollmentListParams.builder()
                    .statuses(Enums.parse(statuses, EnrollmentStatus::of, "--status", out.err())
                            .toArray(EnrollmentStatus[]::new));
            ifGiven(filters.sequenceId, params::sequenceId);
            ifGiven(filters.personId, params::personId);
            ifGiven(filters.mailboxId, params::mailboxId);
            ifGiven(playId, params::enrolledByPlayId);
            ifGiven(filters.updatedAfter, params::updatedAfter);
            ifGiven(filters.updatedBefore, params::updatedBefore);
            params.limit(limit.pageSize());
            out.list(client.enrollments().list(params.build()).autoPager(), Views.ENROLLMENT, limit.limit);
            return SequencesCli.EXIT_OK;
        }
    }

    @Command(name = "create", description = "Enroll one person in a sequence. For many people, see `enroll`.")
    static final class Create extends ApiCommand {
        @Option(
                names = "--sequence",
                required = true,
                paramLabel = "ID",
                description = "The sequence to enroll the person in.")
        String sequenceId;

        @Option(names = "--person", required = true, paramLabel = "ID", description = "The person to enroll.")
        String personId;

        @Option(
                names = "--mailbox-email",
                required = true,
                paramLabel = "ADDRESS",
                description = "A connected mailbox to send from (repeatable, 1 to 10).")
        java.util.List<String> mailboxEmails;

        @Override
        int run(UnifySequencesClient client, Output out) {
            Enrollment enrollment = client.enrollments()
                    .create(EnrollmentCreateParams.builder()
                            .sequenceId(sequenceId)
                            .personId(personId)
                            .mailboxEmails(mailboxEmails)
                            .build());
            out.one(enrollment, Views.ENROLLMENT);
            return SequencesCli.EXIT_OK;
        }
    }
}
