package io.github.unifysequences.cli;

import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.models.RawJson;
import java.io.Console;
import java.util.function.BiFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
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
    /** For commands that cannot be undone: what is lost, asked about before anything is sent; null otherwise. */
    private final String consequence;

    private IdCommand(Call call, String consequence) {
        this.call = call;
        this.consequence = consequence;
    }

    @Override
    int run(UnifySequencesClient client, Output out) {
        if (consequence != null && !Boolean.TRUE.equals(spec.findOption("--yes").getValue())) {
            confirm(out);
        }
        call.run(client, id, out);
        return SequencesCli.EXIT_OK;
    }

    /** Asks on the terminal; without one (a script, a pipe) there is nobody to ask, so only --yes will do. */
    private void confirm(Output out) {
        String what = spec.qualifiedName(" ").replaceFirst("^sequences ", "") + " " + id;
        Console console = System.console();
        if (console == null) {
            throw new CliError(
                    SequencesCli.EXIT_USAGE,
                    what + ": " + consequence + ". Add --yes to confirm (there is no terminal to ask on).");
        }
        out.err().flush();
        String answer = console.readLine("%s: %s. Type yes to go on: ", what, consequence);
        if (answer == null || !answer.trim().equalsIgnoreCase("yes")) {
            throw new CliError(SequencesCli.EXIT_USAGE, what + ": not confirmed; nothing was changed.");
        }
    }

    /**
     * @param description the help text
     * @param fetch reads the resource
     * @param view how to show it
     * @param <T> the resource
     * @return a command that shows one resource
     */
    static <T> CommandLine show(String description, BiFunction<UnifySequencesClient, String, T> fetch, View<T> view) {
        return command(description, (client, id, out) -> out.one(fetch.apply(client, id), view), null);
    }

    /**
     * @param description the help text
     * @param done the sentence printed on success, before the id ("Paused enrollment")
     * @param action makes the change and answers the API's response
     * @return a command that changes one resource
     */
    static CommandLine act(String description, String done, BiFunction<UnifySequencesClient, String, RawJson> action) {
        return command(
                description,
                (client, id, out) ->
                        out.done(done + " " + id + ".", action.apply(client, id).asJsonObject()),
                null);
    }

    /**
     * @param description the help text
     * @param done the sentence printed on success, before the id ("Deleted sequence")
     * @param consequence what cannot be undone, for the confirmation ("its active enrollments are canceled")
     * @param action makes the change and answers the API's response
     * @return a command that changes one resource for good: it asks first on a terminal, and needs --yes without one
     */
    static CommandLine destructive(
            String description,
            String done,
            String consequence,
            BiFunction<UnifySequencesClient, String, RawJson> action) {
        CommandLine commandLine = command(
                description,
                (client, id, out) ->
                        out.done(done + " " + id + ".", action.apply(client, id).asJsonObject()),
                consequence);
        commandLine
                .getCommandSpec()
                .addOption(OptionSpec.builder("-y", "--yes")
                        .type(boolean.class)
                        .description(
                                "Do it without asking; needed when there is no terminal to ask on (scripts, pipes).")
                        .build());
        return commandLine;
    }

    private static CommandLine command(String description, Call call, String consequence) {
        CommandLine commandLine = new CommandLine(new IdCommand(call, consequence));
        commandLine.getCommandSpec().usageMessage().description(description);
        return commandLine;
    }
}
