package io.github.unifysequences.cli;

import java.util.function.BiFunction;

import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.models.RawJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * A command that takes one id and makes one call: the {@code get}s and the actions (pause, resume, approve, cancel,
 * delete). They differ only in the call and in how the answer is shown, so one class serves them all; the resource
 * groups register them with {@link #show} and {@link #act}.
 */
@Command
final class IdCommand extends ApiCommand {
    /** The call and how its answer is printed. */
    private interface Call {
        void run(UnifySequencesClient client, String id, Output out);
    }

    @Parameters(paramLabel = "ID")
    String id;

    private final Call call;

    private IdCommand(Call call) {
        this.call = call;
    }

    @Override
    int run(UnifySequencesClient client, Output out) {
        call.run(client, id, out);
        return SequencesCli.EXIT_OK;
    }

    /**
     * @param description the help text
     * @param fetch reads the resource
     * @param view how to show it
     * @param <T> the resource
     * @return a command that shows one resource
     */
    static <T> CommandLine show(String description, BiFunction<UnifySequencesClient, String, T> fetch, View<T> view) {
        return command(description, (client, id, out) -> out.one(fetch.apply(client, id), view));
    }

    /**
     * @param description the help text
     * @param done the sentence printed on success, before the id ("Paused enrollment")
     * @param action makes the change and answers the API's response
     * @return a command that changes one resource
     */
    static CommandLine act(String description, String done, BiFunction<UnifySequencesClient, String, RawJson> action) {
        return command(description, (client, id, out) -> out.done(done + " " + id + ".", action.apply(client, id).asJsonObject()));
    }

    private static CommandLine command(String description, Call call) {
        CommandLine commandLine = new CommandLine(new IdCommand(call));
        commandLine.getCommandSpec().usageMessage().description(description);
        return commandLine;
    }
}
