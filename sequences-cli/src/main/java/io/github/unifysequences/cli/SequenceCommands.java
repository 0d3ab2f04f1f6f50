package io.github.unifysequences.cli;

import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.models.PageParams;
import io.github.unifysequences.models.PauseState;
import io.github.unifysequences.models.Sequence;
import io.github.unifysequences.models.SequenceDeletion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code sequences list|get|pause|resume|delete}. */
@Command(name = "sequences", description = "List, show, pause, resume and delete sequences.",
        subcommands = {SequenceCommands.List.class, SequenceCommands.Get.class, SequenceCommands.Pause.class,
                SequenceCommands.Resume.class, SequenceCommands.Delete.class})
final class SequenceCommands {

    static PageParams pageParams(ListLimit limit) {
        PageParams.Builder params = PageParams.builder();
        if (limit.pageSize() != null) {
            params.limit(limit.pageSize());
        }
        return params.build();
    }

    @Command(name = "list", description = "List every sequence (all pages).")
    static final class List extends ApiCommand {
        @Mixin
        ListLimit limit;

        @Override
        int run(UnifySequencesClient client, Output out) {
            out.list(client.sequences().list(pageParams(limit)).autoPager(), Views.SEQUENCE, limit.limit);
            return SequencesCli.EXIT_OK;
        }
    }

    @Command(name = "get", description = "Show one sequence.")
    static final class Get extends ApiCommand {
        @Parameters(paramLabel = "SEQUENCE_ID")
        String id;

        @Override
        int run(UnifySequencesClient client, Output out) {
            out.one(client.sequences().retrieve(id), Views.SEQUENCE);
            return SequencesCli.EXIT_OK;
        }
    }

    @Command(name = "pause", description = "Pause a sequence: none of its enrollments advance until it is resumed.")
    static final class Pause extends ApiCommand {
        @Parameters(paramLabel = "SEQUENCE_ID")
        String id;

        @Override
        int run(UnifySequencesClient client, Output out) {
            PauseState state = client.sequences().pause(id);
            out.done("Paused sequence " + state.id() + ".", state.rawJson().asJsonObject());
            return SequencesCli.EXIT_OK;
        }
    }

    @Command(name = "resume", description = "Resume a paused sequence.")
    static final class Resume extends ApiCommand {
        @Parameters(paramLabel = "SEQUENCE_ID")
        String id;

        @Override
        int run(UnifySequencesClient client, Output out) {
            Sequence sequence = client.sequences().resume(id);
            out.done("Resumed sequence " + sequence.id() + " (" + sequence.name() + ").", sequence.rawJson().asJsonObject());
            return SequencesCli.EXIT_OK;
        }
    }

    @Command(name = "delete", description = "Delete a sequence; its active enrollments are canceled.")
    static final class Delete extends ApiCommand {
        @Parameters(paramLabel = "SEQUENCE_ID")
        String id;

        @Override
        int run(UnifySequencesClient client, Output out) {
            SequenceDeletion deletion = client.sequences().delete(id);
            out.done("Deleted sequence " + deletion.id() + ".", deletion.rawJson().asJsonObject());
            return SequencesCli.EXIT_OK;
        }
    }
}
