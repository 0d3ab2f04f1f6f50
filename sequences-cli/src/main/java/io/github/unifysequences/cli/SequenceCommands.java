package io.github.unifysequences.cli;

import io.github.unifysequences.client.UnifySequencesClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sequences list|get|pause|resume|delete}. */
@Command(
        name = "sequences",
        description = "List, show, pause, resume and delete sequences.",
        subcommands = SequenceCommands.List.class)
final class SequenceCommands {

    static void addIdCommands(CommandLine group) {
        group.addSubcommand(
                "get",
                IdCommand.show("Show one sequence.", (c, id) -> c.sequences().retrieve(id), Views.SEQUENCE));
        group.addSubcommand(
                "pause",
                IdCommand.act(
                        "Pause a sequence: none of its enrollments advance until it is resumed.",
                        "Paused sequence",
                        (c, id) -> c.sequences().pause(id).rawJson()));
        group.addSubcommand(
                "resume",
                IdCommand.act(
                        "Resume a paused sequence.",
                        "Resumed sequence",
                        (c, id) -> c.sequences().resume(id).rawJson()));
        group.addSubcommand(
                "delete",
                IdCommand.destructive(
                        "Delete a sequence; its active enrollments are canceled.",
                        "Deleted sequence",
                        "deletes the sequence and cancels its active enrollments, for good",
                        (c, id) -> c.sequences().delete(id).rawJson()));
    }

    @Command(name = "list", description = "List every sequence (all pages).")
    static final class List extends ApiCommand {
        @Mixin
        ListLimit limit;

        @Override
        int run(UnifySequencesClient client, Output out) {
            out.list(client.sequences().list(limit.pageParams()).autoPager(), Views.SEQUENCE, limit.limit);
            return SequencesCli.EXIT_OK;
        }
    }
}
