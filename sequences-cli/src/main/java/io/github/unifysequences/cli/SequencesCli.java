package io.github.unifysequences.cli;

import io.github.unifysequences.client.UnifySequencesClientBuilder;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code sequences} command: global options and the subcommands. {@link #main(String[])} runs it;
 * {@link #commandLine(PrintWriter, PrintWriter, Map)} builds it with the streams and environment tests give it.
 */
@Command(
        name = "sequences",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        scope = ScopeType.INHERIT,
        description = "Lists and controls Unify sequences and the enrollments of people in them.",
        subcommands = {
            SequenceCommands.class,
            SequenceStepCommands.class,
            EnrollmentCommands.class,
            EnrollmentStepCommands.class,
            EnrollCommand.class,
            ExportCommands.class,
            DemoCommand.class,
            SandboxCommand.class,
            HelpCommand.class,
        },
        footer = {
            "",
            "Exit codes: 0 ok, 1 API or runtime error, 2 usage error (nothing sent), 130 interrupted (143 for kill);",
            "enroll also 3 and 4 (see enroll --help)."
        })
public final class SequencesCli {

    /** Success. */
    public static final int EXIT_OK = 0;
    /** The API refused or failed, or the network did. */
    public static final int EXIT_ERROR = 1;
    /** Bad command line (picocli's own code). */
    public static final int EXIT_USAGE = CommandLine.ExitCode.USAGE;

    @Option(
            names = "--api-key",
            scope = ScopeType.INHERIT,
            paramLabel = "KEY",
            description = "API key (default: $UNIFY_API_KEY).")
    String apiKey;

    @Option(
            names = "--base-url",
            scope = ScopeType.INHERIT,
            paramLabel = "URL",
            description = "API base URL (default: $UNIFY_BASE_URL, else the production API).")
    String baseUrl;

    @Option(
            names = "--sandbox",
            scope = ScopeType.INHERIT,
            description = "Run against a fresh embedded sandbox (seed 42, small) instead of the API.")
    boolean sandbox;

    @Option(
            names = {"-o", "--output"},
            scope = ScopeType.INHERIT,
            paramLabel = "FORMAT",
            description = "table (default), json or jsonl.")
    Output.Format format = Output.Format.TABLE;

    @Option(
            names = {"-v", "--verbose"},
            scope = ScopeType.INHERIT,
            description =
                    "Log each HTTP exchange with its headers (key masked) and give error details with stack traces.")
    boolean verbose;

    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> env;

    private SequencesCli(PrintWriter out, PrintWriter err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Interrupts.install(err);
        int code;
        try {
            code = commandLine(out, err, System.getenv()).execute(args);
        } catch (OutOfMemoryError e) {
            err.println("error: " + ErrorReporter.outOfMemory());
            err.flush();
            code = EXIT_ERROR;
        }
        System.exit(code);
    }

    /**
     * Builds the command line.
     *
     * @param out where results go
     * @param err where progress, warnings and errors go
     * @param env the environment to read {@code UNIFY_*} variables from
     * @return the command line, ready to {@code execute}
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env) {
        SequencesCli cli = new SequencesCli(out, err, env);
        CommandLine commandLine = new CommandLine(cli);
        SequenceCommands.addIdCommands(commandLine.getSubcommands().get("sequences"));
        EnrollmentCommands.addIdCommands(commandLine.getSubcommands().get("enrollments"));
        EnrollmentStepCommands.addIdCommands(commandLine.getSubcommands().get("enrollment-steps"));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.registerConverter(OffsetDateTime.class, SequencesCli::time);
        commandLine.setExecutionExceptionHandler(
                (e, cmd, parsed) -> new ErrorReporter(err, cli.verbose, cli.knownKey()).report(e));
        // A mistyped option is one line and a pointer to the help, not the whole usage: the user sees what is wrong.
        commandLine.setParameterExceptionHandler((e, args) -> {
            err.println(
                    "error: " + e.getMessage().replaceAll("\\s*\\R\\s*", " ").trim());
            err.println("See `sequences "
                    + e.getCommandLine()
                            .getCommandSpec()
                            .qualifiedName(" ")
                            .replaceFirst("^sequences ?", "")
                            .replaceFirst("(.+)", "$1 ")
                    + "--help` for its options.");
            err.flush();
            return EXIT_USAGE;
        });
        return commandLine;
    }

    /**
     * @return the key from {@code --api-key} or the environment, if any. Spaces and line breaks around it are dropped:
     *     a key pasted from a file or a Windows editor often ends in one (a CR), and no key contains them.
     */
    Optional<String> knownKey() {
        return Optional.ofNullable(apiKey)
                .or(() -> Optional.ofNullable(env.get("UNIFY_API_KEY")))
                .map(String::strip)
                .filter(k -> !k.isEmpty());
    }

    /** @return where the key came from, in the user's terms */
    String keySource() {
        return apiKey != null ? "--api-key" : "UNIFY_API_KEY";
    }

    /** @return the base URL from {@code --base-url} or the environment, if any, without surrounding whitespace */
    Optional<String> knownBaseUrl() {
        return Optional.ofNullable(baseUrl)
                .or(() -> Optional.ofNullable(env.get("UNIFY_BASE_URL")))
                .map(String::strip)
                .filter(u -> !u.isEmpty());
    }

    /**
     * Reads a time option: an ISO-8601 time with its offset, or a date alone, meaning its start in UTC.
     *
     * @param text the value as typed
     * @return the time
     */
    static OffsetDateTime time(String text) {
        try {
            return OffsetDateTime.parse(text.trim());
        } catch (DateTimeParseException notATime) {
            try {
                return LocalDate.parse(text.trim()).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException notADate) {
                throw new CommandLine.TypeConversionException(
                        "'" + text + "' is not a time: use 2025-06-01 (that day, 00:00 UTC)"
                                + " or 2025-06-01T09:30:00Z (or +02:00 for another offset)");
            }
        }
    }

    /** @return true if {@code --sandbox} asked for an embedded sandbox */
    boolean sandboxRequested() {
        return sandbox;
    }

    Output output() {
        return new Output(out, err, format);
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    Map<String, String> env() {
        return env;
    }

    /** @return whether stderr is a terminal: Java cannot tell on its own, so the launcher says so, else the console decides */
    boolean stderrIsTerminal() {
        return "1".equals(env.get("SEQUENCES_STDERR_TTY")) || System.console() != null;
    }

    /**
     * Opens a client as the global options say.
     *
     * @param tuning extra client settings of the command (for example a rate limit)
     * @param embedded whether to start an embedded sandbox
     * @return the session; close it to release the client and any sandbox
     */
    Session openSession(Consumer<UnifySequencesClientBuilder> tuning, boolean embedded) {
        return Session.open(this, tuning, embedded);
    }
}
