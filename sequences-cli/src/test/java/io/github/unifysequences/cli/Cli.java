package io.github.unifysequences.cli;

import io.github.unifysequences.sandbox.SequencesSandbox;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.IntStream;
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
        return new Cli()
                .env("UNIFY_API_KEY", sandbox.apiKey())
                .env("UNIFY_BASE_URL", sandbox.baseUrl().toString());
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
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                SequencesCli.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("UNIFY_API_KEY");
        builder.environment().remove("UNIFY_BASE_URL");
        builder.environment().putAll(env);
        return builder;
    }

    /**
     * Adds people to a sandbox and writes them as an enroll CSV.
     *
     * @param sandbox the sandbox
     * @param csv the file to write
     * @param count how many people
     * @return the people, in file order (line 2 onwards)
     * @throws IOException if the file cannot be written
     */
    static List<UUID> newPeopleCsv(SequencesSandbox sandbox, Path csv, int count) throws IOException {
        String tag = csv.getFileName().toString().replaceAll("\\W", "");
        List<UUID> people = IntStream.range(0, count)
                .mapToObj(i -> sandbox.data().addPerson(tag + i + "@example.com", "P" + i, tag))
                .toList();
        List<String> lines = new ArrayList<>(List.of("person_id"));
        people.forEach(p -> lines.add(p.toString()));
        Files.write(csv, lines, StandardCharsets.UTF_8);
        return people;
    }

    /**
     * Polls a journal until it holds this many {@code enrolled} outcomes, the condition stops holding, or 30 s pass.
     *
     * @param journal the journal
     * @param enrolled the outcomes to wait for
     * @param running whether the run is still going
     * @return the outcomes journaled when it stopped waiting
     * @throws Exception if interrupted or the journal cannot be read
     */
    static long awaitEnrolled(Path journal, long enrolled, BooleanSupplier running) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (enrolled(journal) < enrolled && running.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return enrolled(journal);
    }

    /** @return how many {@code enrolled} outcomes a journal holds (none if absent) */
    static long enrolled(Path journal) throws IOException {
        return Files.exists(journal)
                ? Files.readAllLines(journal).stream()
                        .filter(l -> l.contains("\tenrolled\t"))
                        .count()
                : 0;
    }

    Result run(String... args) {
        return run(commandLine -> {}, args);
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
