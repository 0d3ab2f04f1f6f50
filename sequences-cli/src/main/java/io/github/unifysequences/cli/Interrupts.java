package io.github.unifysequences.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) and {@code kill} (SIGTERM) of the real process. The first signal runs what the command in progress
 * registered with {@link #during} (say what happens now and how to resume, then stop cleanly), or else exits at once;
 * either way the JVM's exit deletes partial files. A second signal ends the process at once: nobody has to wait for a
 * grace period they did not ask for. Java's own handling would queue the second signal behind the first exit, so the
 * CLI installs its handlers (through {@code sun.misc.Signal}, the only way in Java 17; {@code jdk.unsupported} exports
 * it) in {@link SequencesCli#main} only; in-process runs (tests) keep the JVM's.
 */
final class Interrupts {
    /** What the first signal does, instead of exiting at once; null: exit at once. */
    private static volatile Runnable onFirst;

    private static final AtomicInteger received = new AtomicInteger();
    private static volatile int exitCode;

    private Interrupts() {}

    /**
     * Installs the handlers; once per process.
     *
     * @param err where the one-line notices go
     */
    static void install(PrintWriter err) {
        for (String name : new String[] {"INT", "TERM"}) {
            Signal.handle(new Signal(name), signal -> received(err, 128 + signal.getNumber()));
        }
    }

    private static void received(PrintWriter err, int code) {
        if (received.incrementAndGet() > 1) {
            err.println("Stopped at once (second interrupt).");
            err.flush();
            Runtime.getRuntime().halt(code);
        }
        exitCode = code;
        Runnable first = onFirst;
        if (first != null) {
            first.run();
        } else {
            err.println("Interrupted.");
            err.flush();
            System.exit(code);
        }
    }

    /**
     * Lets the command stop cleanly on the first signal while it runs.
     *
     * @param stop what the first signal does: print what happens and how to resume, and make the command wind down
     */
    static void during(Runnable stop) {
        onFirst = stop;
    }

    /** Restores exit-at-once, when the command that called {@link #during} is done. */
    static void clear() {
        onFirst = null;
    }

    /**
     * @param fallback the code when no signal was received (a test's simulated stop)
     * @return 128 + the number of the signal received (130 for Ctrl-C, 143 for kill), else the fallback
     */
    static int exitCode(int fallback) {
        return exitCode != 0 ? exitCode : fallback;
    }

    /**
     * Exits as a signal would, after a line saying what was lost and what to do.
     *
     * @param err where the line goes
     * @param notice the line
     */
    static void exitNow(PrintWriter err, String notice) {
        err.println(notice);
        err.flush();
        System.exit(exitCode);
    }

    /**
     * Ends the process after a grace period unless it ended by itself, printing why first. Called on the first signal.
     *
     * @param err where the notice goes
     * @param seconds the grace period
     * @param notice what to print if the grace period runs out
     */
    static void haltAfter(PrintWriter err, long seconds, String notice) {
        Thread watchdog = new Thread(
                () -> {
                    try {
                        Thread.sleep(seconds * 1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                    err.println(notice);
                    err.flush();
                    Runtime.getRuntime().halt(exitCode);
                },
                "interrupt-grace");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
