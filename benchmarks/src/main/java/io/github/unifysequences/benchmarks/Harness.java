package io.github.unifysequences.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * What every end-to-end harness shares: {@code --name value} arguments, runs of the variants interleaved
 * (A B A B ... so machine drift hits both alike), and a summary as median [min..max] with the ratio of medians.
 */
final class Harness {
    private final Map<String, String> args = new HashMap<>();

    Harness(String[] argv) {
        for (int i = 0; i < argv.length; i += 2) {
            if (!argv[i].startsWith("--") || i + 1 == argv.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + Arrays.toString(argv));
            }
            args.put(argv[i].substring(2), argv[i + 1]);
        }
    }

    int intArg(String name, int fallback) {
        return Integer.parseInt(stringArg(name, Integer.toString(fallback)));
    }

    String stringArg(String name, String fallback) {
        return args.getOrDefault(name, fallback);
    }

    /** One run of one variant. */
    interface Variant<R> {
        R run() throws Exception;
    }

    /**
     * Runs every variant once untimed (JIT warm-up), then {@code reps} times interleaved, printing each run.
     *
     * @return the measured runs of each variant, in variant order
     */
    static <R> Map<String, List<R>> interleave(int reps, Map<String, Variant<R>> variants) throws Exception {
        for (Map.Entry<String, Variant<R>> variant : variants.entrySet()) {
            System.out.println(
                    "warm-up " + variant.getKey() + ": " + variant.getValue().run());
        }
        Map<String, List<R>> results = new LinkedHashMap<>();
        for (int rep = 1; rep <= reps; rep++) {
            for (Map.Entry<String, Variant<R>> variant : variants.entrySet()) {
                R result = variant.getValue().run();
                results.computeIfAbsent(variant.getKey(), k -> new ArrayList<>())
                        .add(result);
                System.out.println("run " + rep + " " + variant.getKey() + ": " + result);
            }
        }
        return results;
    }

    /** Prints {@code metric: median [min..max]} for each variant and each one's median over the baseline's. */
    static <R> void summarize(String metric, Map<String, List<R>> results, String baseline, ToDoubleFunction<R> value) {
        double base = median(results.get(baseline), value);
        for (Map.Entry<String, List<R>> entry : results.entrySet()) {
            double[] values =
                    entry.getValue().stream().mapToDouble(value).sorted().toArray();
            System.out.printf(
                    Locale.ROOT,
                    "%-12s %s: median %s [%s..%s] (n=%d), ratio to %s %.3f%n",
                    entry.getKey(),
                    metric,
                    number(median(entry.getValue(), value)),
                    number(values[0]),
                    number(values[values.length - 1]),
                    values.length,
                    baseline,
                    median(entry.getValue(), value) / base);
        }
    }

    /** Counts items and folds their keys into an order-sensitive checksum, so two runs can be shown to yield the same items in the same order. */
    static final class Tally {
        private long items;
        private long checksum;

        void add(Object key) {
            items++;
            checksum = 31 * checksum + key.hashCode();
        }
    }

    /**
     * One timed run: how many items, their checksum, the time, the CPU time and the heap (see {@link HeapMeter}).
     *
     * @param cpuNanos CPU time of the thread that ran the body (it does the blocking reads too; GC threads and the
     *     client's other threads are not in it)
     * @param clientCpuNanos CPU time of the whole process less the fixture server's threads: the client's every
     *     thread (the caller's, OkHttp's, GC, JIT) and the harness's heap sampler
     * @param liveBefore heap in use right after the GC that starts the run: the JVM, the fixture server's bodies and
     *     the client, before the run holds anything
     */
    record Measured(
            long items,
            long checksum,
            long nanos,
            long cpuNanos,
            long clientCpuNanos,
            long peakUsed,
            long peakLive,
            long liveBefore) {
        double perSecond() {
            return items / seconds(nanos);
        }

        double perCpuSecond() {
            return items / seconds(cpuNanos);
        }

        double perClientCpuSecond() {
            return items / seconds(clientCpuNanos);
        }

        /** @return the largest live heap after a GC less the heap in use before the run: what the run itself held */
        long peakLiveAboveBefore() {
            return peakLive - liveBefore;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%,d items in %.2f s = %s/s (%s per CPU-second of the reading thread, %s of the process "
                            + "less the server), peak heap used %s, peak live after GC %s (live before the run %s)",
                    items,
                    seconds(nanos),
                    number(perSecond()),
                    number(perCpuSecond()),
                    number(perClientCpuSecond()),
                    mb(peakUsed),
                    peakLive == 0 ? "(no GC ran)" : mb(peakLive),
                    mb(liveBefore));
        }
    }

    interface Body {
        void run(Tally tally) throws Exception;
    }

    static Measured measure(Body body) throws Exception {
        Tally tally = new Tally();
        try (HeapMeter heap = new HeapMeter()) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long clientCpuStart = clientCpuNanos();
            long start = System.nanoTime();
            body.run(tally);
            long nanos = System.nanoTime() - start;
            long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
            long clientCpu = clientCpuNanos() - clientCpuStart;
            return new Measured(
                    tally.items,
                    tally.checksum,
                    nanos,
                    cpuNanos,
                    clientCpu,
                    heap.peakUsed(),
                    heap.peakAfterGc(),
                    heap.liveBefore());
        }
    }

    /**
     * CPU time of this process less that of the fixture server's threads. The server runs in the same JVM, so the
     * process's CPU time alone would charge its work to the client; pinning the process to one core
     * ({@code taskset -c 0}) would not separate them either. A server thread that ends during a run takes its CPU
     * time with it, which can only make the client look costlier. Includes the JVM's own threads (GC, JIT).
     */
    static long clientCpuNanos() {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long server = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (FixtureServer.isServerThread(thread)) {
                server += Math.max(0, threads.getThreadCpuTime(thread.getId()));
            }
        }
        return os.getProcessCpuTime() - server;
    }

    /** Fails unless every run of every variant saw the same items in the same order. */
    static void checkSameItems(Map<String, List<Measured>> results, long expected) {
        for (Map.Entry<String, List<Measured>> entry : results.entrySet()) {
            for (Measured run : entry.getValue()) {
                check(run.items() == expected, entry.getKey() + " saw " + run.items() + " items, expected " + expected);
                Measured first = results.values().iterator().next().get(0);
                check(run.checksum() == first.checksum(), entry.getKey() + " saw other items, or in another order");
            }
        }
        System.out.printf(Locale.ROOT, "all runs: the same %,d items in the same order%n", expected);
    }

    /** The live-heap summary, and the heap limit the runs had (the point of running them at {@code -Xmx64m}). */
    static void summarizeHeap(Map<String, List<Measured>> results, String baseline) {
        summarize("peak live heap after GC (MB)", results, baseline, run -> run.peakLive() / 1048576.0);
        summarize(
                "peak live heap after GC above the heap before the run (MB)",
                results,
                baseline,
                run -> run.peakLiveAboveBefore() / 1048576.0);
        System.out.println("max heap (-Xmx): " + mb(Runtime.getRuntime().maxMemory()));
    }

    static <R> double median(List<R> runs, ToDoubleFunction<R> value) {
        double[] values = runs.stream().mapToDouble(value).sorted().toArray();
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.3f", value);
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
