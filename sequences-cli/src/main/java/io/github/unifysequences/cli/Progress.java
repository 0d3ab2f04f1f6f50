package io.github.unifysequences.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Progress of {@code enroll} and {@code export} on stderr: a bar redrawn in place on a terminal, a plain line every few
 * seconds otherwise (logs and CI keep no carriage returns), with the rate and the time left. It is redrawn on a timer
 * too, so that it stays visible (and says so) while nothing finishes, as during a rate-limit wait; the last line is
 * printed once.
 */
final class Progress implements AutoCloseable {
    private static final int BAR = 30;
    private static final long TTY_EVERY_NANOS = 100_000_000L;
    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final String label;
    private final long total;
    private final LongSupplier clock;
    private final long started;
    private final ScheduledExecutorService ticker;
    private long lastShown;
    private long lastShownDone = -1;
    private long lastDone = -1;
    private long lastChange;
    private Map<String, Integer> lastCounts = Map.of();

    /**
     * Starts showing progress, redrawn at least once a second.
     *
     * @param err stderr
     * @param terminal whether stderr is a terminal
     * @param label what is done ("enroll", "export")
     * @param total how many rows there are to do
     */
    Progress(PrintWriter err, boolean terminal, String label, long total) {
        this(err, terminal, label, total, System::nanoTime, true);
    }

    /** With a clock of nanoseconds, and the timer only if asked, so that tests can drive it. */
    Progress(PrintWriter err, boolean terminal, String label, long total, LongSupplier clock, boolean tick) {
        this.err = err;
        this.terminal = terminal;
        this.label = label;
        this.total = total;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.lastShown = started;
        this.lastChange = started;
        this.ticker = tick
                ? Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread thread = new Thread(r, "progress");
                    thread.setDaemon(true);
                    return thread;
                })
                : null;
        if (ticker != null) {
            ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
        }
    }

    /**
     * @param done rows done so far
     * @param counts outcomes so far, by label (may be empty)
     */
    synchronized void update(long done, Map<String, Integer> counts) {
        long now = clock.getAsLong();
        if (done != lastDone) {
            lastChange = now;
        }
        lastCounts = counts;
        if (now - lastShown < (terminal ? TTY_EVERY_NANOS : PLAIN_EVERY_NANOS)) {
            lastDone = done;
            return;
        }
        lastDone = done;
        show(done, counts, now);
    }

    /** Redraws what is known, so that a wait shows as a wait. */
    synchronized void tick() {
        update(Math.max(0, lastDone), lastCounts);
    }

    /**
     * Shows the final state once and ends the bar's line.
     *
     * @param done rows done
     * @param counts outcomes, by label (may be empty)
     */
    synchronized void finish(long done, Map<String, Integer> counts) {
        close();
        long now = clock.getAsLong();
        // A plain line just printed with this count is the last line already.
        if (terminal || lastShownDone != done) {
            show(done, counts, now);
        }
        if (terminal) {
            err.println();
        }
        err.flush();
    }

    private void show(long done, Map<String, Integer> counts, long now) {
        lastShown = now;
        lastShownDone = done;
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        String tally = counts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        String rate = String.format("%.1f/s", done / seconds);
        String left = done >= total
                ? ""
                : (now - lastChange) / 1_000_000_000L >= 2
                        ? ", waiting (" + (now - lastChange) / 1_000_000_000L + " s)"
                        : done == 0 ? "" : ", about " + duration((long) ((total - done) / (done / seconds))) + " left";
        if (terminal) {
            int filled = total == 0 ? BAR : (int) (BAR * Math.min(done, total) / total);
            err.print("\r[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + done + "/" + total + "  " + rate
                    + left + (tally.isEmpty() ? "" : "  " + tally) + "\u001b[K");
            err.flush();
        } else {
            err.println(label + ": " + done + "/" + total + " rows done, " + rate + left
                    + (tally.isEmpty() ? "" : " (" + tally + ")"));
            err.flush();
        }
    }

    /** @return a duration for people: "45 s", "3 min 20 s", "2 h 05 min" */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + String.format("%02d", seconds % 3600 / 60) + " min";
    }

    /** Stops the timer. */
    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }
}
