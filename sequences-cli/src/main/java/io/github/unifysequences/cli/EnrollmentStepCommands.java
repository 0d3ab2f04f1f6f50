package io.github.unifysequences.cli;

import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.models.EnrollmentStepUpdateParams;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code enrollment-steps list|get|update}. */
@Command(
        name = "enrollment-steps",
        description = "List, show and edit the steps of an enrollment.",
        subcommands = {EnrollmentStepCommands.List.class, EnrollmentStepCommands.Update.class})
final class EnrollmentStepCommands {

    static void addIdCommands(CommandLine group) {
        group.addSubcommand(
                "get",
                IdCommand.show(
                        "Show one enrollment step with its personalised email.",
                        (c, id) -> c.enrollmentSteps().retrieve(id),
                        Views.ENROLLMENT_STEP));
    }

    @Command(name = "list", description = "List the steps of an enrollment (all pages).")
    static final class List extends ApiCommand {
        @Parameters(paramLabel = "ENROLLMENT_ID")
        String enrollmentId;

        @Mixin
        ListLimit limit;

        @Override
        int run(UnifySequencesClient client, Output out) {
            out.list(
                    client.enrollments()
                            .steps()
                            .list(enrollmentId, limit.pageParams())
                            .autoPager(),
                    Views.ENROLLMENT_STEP,
                    limit.limit);
            return SequencesCli.EXIT_OK;
        }
    }

    @Command(name = "update", description = "Replace the email copy of one enrollment step.")
    static final class Update extends ApiCommand {
        @Parameters(paramLabel = "ENROLLMENT_STEP_ID")
        String id;

        @Option(
                names = "--version-id",
                paramLabel = "VERSION",
                description =
                        "The email version the edit starts from; a stale one is refused. Default: the current one (last write wins).")
        String versionId;

        @Option(names = "--subject", paramLabel = "TEXT", description = "The new subject line.")
        String subject;

        @Option(
                names = "--fallback-subject",
                paramLabel = "TEXT",
                description = "The subject used when a token in --subject cannot be filled.")
        String fallbackSubject;

        @Option(names = "--body", paramLabel = "HTML", description = "The new body, as HTML.")
        String body;

        @Override
        int run(UnifySequencesClient client, Output out) {
            if (subject == null && fallbackSubject == null && body == null) {
                throw new CliError(
                        SequencesCli.EXIT_USAGE, "Give at least one of --subject, --fallback-subject, --body.");
            }
            String from = versionId != null
                    ? versionId
                    : client.enrollmentSteps()
                            .retrieve(id)
                            .email()
                            .orElseThrow(() -> new CliError(
                                    SequencesCli.EXIT_ERROR, "Enrollment step " + id + " has no email to edit."))
                            .versionId();
            EnrollmentStepUpdateParams.Builder params =
                    EnrollmentStepUpdateParams.builder().versionId(from);
            ifGiven(subject, params::subject);
            ifGiven(fallbackSubject, params::fallbackSubject);
            ifGiven(body, params::body);
            out.one(client.enrollmentSteps().update(id, params.build()), Views.ENROLLMENT_STEP);
            return SequencesCli.EXIT_OK;
        }
    }
}
