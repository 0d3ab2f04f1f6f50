package io.github.unifysequences.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code help [COMMAND [SUBCOMMAND...]]}: the help of the command named, at any depth ({@code help export enrollments}
 * shows the export of enrollments, not {@code export}'s); picocli's own help command reads only the first name.
 */
@Command(name = "help", helpCommand = true, description = "Show the help of a command: help export enrollments.")
final class HelpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "COMMAND",
            arity = "0..*",
            description = "The command, with its subcommands (e.g. export enrollments).")
    List<String> names = new ArrayList<>();

    @Override
    public Integer call() {
        CommandLine command = spec.root().commandLine();
        for (String name : names) {
            CommandLine sub = command.getSubcommands().get(name);
            if (sub == null) {
                throw new CliError(
                        SequencesCli.EXIT_USAGE,
                        "Unknown command '" + String.join(" ", names) + "'. Commands: "
                                + String.join(", ", command.getSubcommands().keySet()) + ".");
            }
            command = sub;
        }
        command.usage(spec.commandLine().getOut());
        return SequencesCli.EXIT_OK;
    }
}
