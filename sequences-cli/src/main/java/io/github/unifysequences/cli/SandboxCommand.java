package io.github.unifysequences.cli;

import io.github.unifysequences.sandbox.SeedSize;
import io.github.unifysequences.sandbox.SequencesSandbox;
import java.net.BindException;
import java.net.URI;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code sandbox}: serves a sandbox until Ctrl-C, for other tools (curl, your tests, this CLI in another shell). */
@Command(name = "sandbox", description = "Run a local Unify Sequences sandbox until Ctrl-C and print how to reach it.")
final class SandboxCommand implements Callable<Integer> {
    @ParentCommand
    SequencesCli cli;

    @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1 (default: 8080; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generated data (default: 42).")
    long seed = Session.SANDBOX_SEED;

    @Option(
            names = "--size",
            paramLabel = "SIZE",
            description = "empty, small (default) or large (1,000,000 enrollments).")
    String size = "small";

    /** Lets a test stop the server that {@link #call()} is blocked on. */
    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        SeedSize seedSize;
        try {
            seedSize = SeedSize.named(size);
        } catch (IllegalArgumentException e) {
            throw new CliError(SequencesCli.EXIT_USAGE, "Unknown --size '" + size + "': use empty, small or large.");
        }
        try (SequencesSandbox sandbox =
                SequencesSandbox.builder().port(port).seed(seed).size(seedSize).build()) {
            URI url = start(sandbox);
            cli.out()
                    .printf(
                            "Unify Sequences sandbox: %s (seed %d, %s, %d enrollments)%n",
                            url, seed, size, sandbox.data().enrollmentCount());
            cli.out().printf("Its API key is %s. In another shell:%n", sandbox.apiKey());
            cli.out().printf("  export UNIFY_BASE_URL=%s UNIFY_API_KEY=%s%n", url, sandbox.apiKey());
            cli.out().println("  ./sequences sequences list");
            cli.out().println("Ctrl-C stops it.");
            cli.out().flush();
            Thread hook = new Thread(stop::countDown);
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                stop.await();
            } finally {
                removeHook(hook);
            }
        }
        return SequencesCli.EXIT_OK;
    }

    /** @return the sandbox's URL; a port in use is the user's to change, so it is said in their terms */
    private URI start(SequencesSandbox sandbox) {
        try {
            return sandbox.start();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BindException) {
                    throw new CliError(
                            SequencesCli.EXIT_USAGE,
                            "Port " + port + " is in use (or not allowed): pick another with"
                                    + " --port N, or --port 0 for any free one.");
                }
            }
            throw e;
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting because of Ctrl-C: the hook has run, nothing to remove.
        }
    }
}
