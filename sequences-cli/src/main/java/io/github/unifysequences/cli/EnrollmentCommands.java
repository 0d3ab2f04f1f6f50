package io.github.unifysequences.cli;

import java.time.OffsetDateTime;
import java.util.ArrayList;

import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.models.Enrollment;
import io.github.unifysequences.models.EnrollmentApproval;
import io.github.unifysequences.models.EnrollmentCancellation;
import io.github.unifysequences.models.EnrollmentCreateParams;
import io.github.unifysequences.models.EnrollmentListParams;
import io.github.unifysequences.models.EnrollmentStatus;
import io.github.unifysequences.models.PauseState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code enrollments list|get|create|pause|resume|approve|cancel}. */
@Command(name = "enrollments", description = "List, show, create and control enrollments (people in sequences).",
        subcommands = {EnrollmentCommands.List.class, EnrollmentCommands.Get.class, EnrollmentCommands.Create.class,
                EnrollmentCommands.Pause.class, EnrollmentCommands.Resume.class, EnrollmentCommands.Approve.class,
                EnrollmentCommands.Cancel.class})
final class EnrollmentCommands {

    @Command(name = "list", description = "List enrollments matching every filter given (all pages).")
    static final class List extends ApiCommand {
        @Option(names = "--sequence", paramLabel = "ID", description = "In this sequence.")
        String sequenceId;

        @Option(names = "--person", paramLabel = "ID", description = "Of this person.")
        String personId;

        @Option(names = "--mailbox", paramLabel = "ID", description = "Sending from this mailbox.")
        String mailboxId;

        @Option(names = "--play", paramLabel = "ID", description = "Enrolled by this play.")
        String playId;

        @Option(names = "--status", paramLabel = "STATUS", description = "DRAFT, IN_PROGRESS or FINISHED (repeatable: any of them).")
        java.util.List<String> statuses = new ArrayList<>();

        @Option(names = "--updated-after", paramLabel = "TIME", description = "Updated at or after this ISO-8601 time, e.g. 2025-06-01T00:00:00Z.")
        OffsetDateTime updatedAfter;

        @Option(names = "--updated-before", paramLabel = "TIME", description = "Updated at or before this ISO-8601 time.")
        OffsetDateTime updatedBefore;

        @Mixin
        ListLimit limit;

        @Override
        int run(UnifySequencesClient client, Output out) {
            EnrollmentListParams.Builder params = EnrollmentListParams.builder()
                    .statuses(Enums.parse(statuses, EnrollmentStatus::of, "--status").toArray(EnrollmentStatus[]::new));
            if (sequenceId != null) {
                params.sequenceId(sequenceId);
            }
            if (personId != null) {
                params.personId(personId);
            }
            if (mailboxId != null) {
                params.mailboxId(mailboxId);
            }
            if (playId != null) {
                params.enrolledByPlayId(playId);
            }
            if (updatedAfter != null) {
                params.updatedAfter(updatedAfter);
            }
            if (updatedBefore != null) {
                params.updatedBefore(updatedBefore);
            }
            if (limit.pageSize() != null) {
                params.limit(limit.pageSize());
            }
            out.list(client.enrollments().list(params.build()).autoPager(), Views.ENROLLMENT, limit.limit);
            return SequencesCli.EXIT_OK;
        }
    }

    @Command(name = "get", description = "Show one enrollment.")
    static final class Get extends ApiCommand {
        @Parameters(paramLabel = "ENROLLMENT_ID")
        String id;

        @Override
        int run(UnifySequencesClient client, Output out) {
            out.one(client.enrollments().retrieve(id), Views.ENROLLMENT);
            return SequencesCli.EXIT_OK;
        }
    }

    @Command(name = "create", description = "Enroll one person in a sequence. For many people, see `enroll`.")
    static final class Create extends ApiCommand {
        @Option(names = "--sequence", required = true, paramLabel = "ID")
        String sequenceId;

        @Option(names = "--person", required = true, paramLabel = "ID")
        String personId;

        @Option(names = "--mailbox-email", required = true, paramLabel = "ADDRESS",
                description = "A connected mailbox to send from (repeatable, 1 to 10).")
        java.util.List<String> mailboxEmails;

        @Override
        int run(UnifySequencesClient client, Output out) {
            Enrollment enrollment = client.enrollments().create(EnrollmentCreateParams.builder()
                    .sequenceId(sequenceId).personId(personId).mailboxEmails(mailboxEmails).build());
            out.one(enrollment, Views.ENROLLMENT);
            return SequencesCli.EXIT_OK;
        }
    }

    @Command(name = "pause", description = "Pause an enrollment.")
    static final class Pause extends ApiCommand {
        @Parameters(paramLabel = "ENROLLMENT_ID")
        String id;

        @Override
        int run(UnifySequencesClient client, Output out) {
            PauseState state = client.enrollments().pause(id);
            out.done("Paused enrollment " + state.id() + ".", state.rawJson().asJsonObject());
            return SequencesCli.EXIT_OK;
        }
    }

    @Command(name = "resume", description = "Resume a paused enrollment.")
    static final class Resume extends ApiCommand {
        @Parameters(paramLabel = "ENROLLMENT_ID")
        String id;

        @Override
        int run(UnifySequencesClient client, Output out) {
            PauseState state = client.enrollments().resume(id);
            out.done("Resumed enrollment " + state.id() + ".", state.rawJson().asJsonObject());
            return SequencesCli.EXIT_OK;
        }
    }

    @Command(name = "approve", description = "Approve a draft enrollment awaiting approval; it starts.")
    static final class Approve extends ApiCommand {
        @Parameters(paramLabel = "ENROLLMENT_ID")
        String id;

        @Override
        int run(UnifySequencesClient client, Output out) {
            EnrollmentApproval approval = client.enrollments().approve(id);
            out.done("Approved enrollment " + approval.id() + ".", approval.rawJson().asJsonObject());
            return SequencesCli.EXIT_OK;
        }
    }

    @Command(name = "cancel", description = "Cancel an enrollment: its remaining steps do not run. Repeatable.")
    static final class Cancel extends ApiCommand {
        @Parameters(paramLabel = "ENROLLMENT_ID")
        String id;

        @Override
        int run(UnifySequencesClient client, Output out) {
            EnrollmentCancellation cancellation = client.enrollments().cancel(id);
            out.done("Canceled enrollment " + cancellation.id() + ".", cancellation.rawJson().asJsonObject());
            return SequencesCli.EXIT_OK;
        }
    }
}
