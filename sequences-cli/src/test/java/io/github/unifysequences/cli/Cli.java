package io.github.unifysequences.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.github.unifysequences.sandbox.SequencesSandbox;
import picocli.CommandLine;

/** Runs the CLI in-process with captured output, as a user with the given environment would. */
final class Cli {
    private final Map<String, String> env = new HashMap<>();

    /** @return a CLI with an empty environment */
    static Cli withoutEnv() {
        return new Cli();
    }

    /** @return a CLI whose environment points at the sandbox */
    static Cli against(SequencesSandbox sandbox) {
        return new Cli().env("UNIFY_API_KEY", sandbox.apiKey()).env("UNIFY_BASE_URL", sandbox.baseUrl().toString());
    }

    Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /**
     * The real CLI as a child process (its own JVM, signals and stdio), with this CLI's environment.
     *
     * @param args the arguments
     * @return the process builder, ready to start
     */
    ProcessBuilder process(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SequencesCli.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("UNIFY_API_KEY");
        builder.environment().remove("UNIFY_BASE_URL");
        builder.environment().putAll(env);
        return builder;
    }

    Result run(String... args) {
        return run(commandLine -> { }, args);
    }

    /** Runs with a chance to reach into the commands first (test hooks). */
    Result run(Consumer<CommandLine> setUp, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = SequencesCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), env);
        setUp.accept(commandLine);
        int code = commandLine.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /**
     * What one run did.
     *
     * @param code the exit code
     * @param out stdout
     * @param err stderr
     */
    record Result(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }
}
