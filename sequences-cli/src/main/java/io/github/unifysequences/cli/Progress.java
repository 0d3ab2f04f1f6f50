package io.github.unifysequences.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Progress of {@code enroll} and {@code export} on stderr: a bar redrawn in place on a terminal, a plain line every few seconds
 * otherwise (logs and CI keep no carriage returns).
 */
final class Progress {
    private static final int BAR = 30;
    private static final long TTY_EVERY_NANOS = 100_000_000L;
    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final String label;
    private final long total;
    private final long started = System.nanoTime();
    private long lastShown;

    Progress(PrintWriter err, boolean terminal, String label, long total) {
        this.err = err;
        this.terminal = terminal;
        this.label = label;
        this.total = total;
        this.lastShown = started;
    }

    /**
     * @param done rows done so far
     * @param counts outcomes so far, by label (may be empty)
     */
    synchronized void update(long done, Map<String, Integer> counts) {
        long now = System.nanoTime();
        if (now - lastShown < (terminal ? TTY_EVERY_NANOS : PLAIN_EVERY_NANOS)) {
            return;
        }
        lastShown = now;
        show(done, counts, now);
    }

    /**
     * Shows the final state and ends the bar's line.
     *
     * @param done rows done
     * @param counts outcomes, by label (may be empty)
     */
    synchronized void finish(long done, Map<String, Integer> counts) {
        show(done, counts, System.nanoTime());
        if (terminal) {
            err.println();
        }
        err.flush();
    }

    private void show(long done, Map<String, Integer> counts, long now) {
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        String tally = counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        String rate = String.format("%.1f/s", done / seconds);
        if (terminal) {
            int filled = total == 0 ? BAR : (int) (BAR * Math.min(done, total) / total);
            err.print("\r[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + done + "/" + total + "  " + rate
                    + (tally.isEmpty() ? "" : "  " + tally) + "\u001b[K");
            err.flush();
        } else {
            err.println(label + ": " + done + "/" + total + " rows done, " + rate + (tally.isEmpty() ? "" : " (" + tally + ")"));
        }
    }
}
