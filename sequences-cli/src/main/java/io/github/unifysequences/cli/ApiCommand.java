package io.github.unifysequences.cli;

import io.github.unifysequences.client.UnifySequencesClient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/** Base of the commands that make API calls: opens a client as the global options say, runs, closes it. */
abstract class ApiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    SequencesCli cli() {
        return (SequencesCli) spec.root().userObject();
    }

    /** An id as the API writes it; checked here so that a typo is named by its option before anything is sent. */
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");

    @Override
    public Integer call() throws Exception {
        checkIds(spec);
        SequencesCli cli = cli();
        try (Session session = cli.openSession(builder -> {}, cli.sandboxRequested())) {
            return run(session.client(), cli.output());
        }
    }

    /**
     * Refuses an id that is not a UUID, naming the option or argument as the user typed it ({@code --sequence},
     * {@code ENROLLMENT_ID}); the SDK would name its Java parameter instead. Ids are the options and arguments whose
     * label is {@code ID} or ends in {@code _ID}.
     *
     * @param spec the command as parsed
     * @throws CliError with the usage code for the first id that is not a UUID
     */
    static void checkIds(CommandSpec spec) {
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        for (ArgSpec arg : args) {
            String label = arg.paramLabel();
            if (!(label.equals("ID") || label.endsWith("_ID"))) {
                continue;
            }
            for (Object one : values(arg.getValue())) {
                if (!UUID.matcher(one.toString().trim()).matches()) {
                    String name = arg instanceof OptionSpec option ? option.longestName() : label;
                    throw new CliError(
                            SequencesCli.EXIT_USAGE,
                            name + " '" + one + "' is not an id: ids are UUIDs like"
                                    + " 5d0f6a3e-2b7c-4f1e-9a58-3c6e1b2d4f70 (the list commands show them).");
                }
            }
        }
    }

    /** @return an option's value as a list: none, one, or the values of a repeatable option */
    private static Collection<?> values(Object value) {
        if (value instanceof Collection<?> many) {
            return many;
        }
        return value == null ? List.of() : List.of(value);
    }

    /**
     * @param client the client to call the API with
     * @param out where the result goes
     * @return the exit code
     * @throws Exception anything; the error reporter turns it into a line and an exit code
     */
    abstract int run(UnifySequencesClient client, Output out) throws Exception;

    /**
     * Passes an option to a params builder when it was given; the builders take no nulls.
     *
     * @param value the option's value, null when not given
     * @param setter the builder's setter
     * @param <T> the option's type
     */
    static <T> void ifGiven(T value, Consumer<? super T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
