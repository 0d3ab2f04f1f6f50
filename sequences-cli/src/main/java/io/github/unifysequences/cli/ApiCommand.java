package io.github.unifysequences.cli;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import io.github.unifysequences.client.UnifySequencesClient;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of the commands that make API calls: opens a client as the global options say, runs, closes it. */
abstract class ApiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    SequencesCli cli() {
        return (SequencesCli) spec.root().userObject();
    }

    @Override
    public Integer call() throws Exception {
        SequencesCli cli = cli();
        try (Session session = cli.openSession(builder -> { }, cli.sandboxRequested())) {
            return run(session.client(), cli.output());
        }
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
