package io.github.unifysequences.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Figure 1, drift-proof: the calls of {@link PerCallBenchmark}, timed in short blocks that alternate between
 * the three clients (rotating which goes first), so that load from other processes hits all three alike. Each
 * round yields the SDK's time per call over each baseline's; the ratios are summarized over the rounds.
 * JMH gives the absolute latency and the allocation per call; this gives the ratio on a noisy machine. Besides the
 * latency it reports, per call, the CPU time and the bytes allocated by the calling thread, where the SDK's own work
 * happens (the server's is on its threads): those hardly depend on the machine's load.
 *
 * <p>{@code retrieve} has a fourth client, (b) sending the SDK's request headers ({@link Clients#sdkRequestHeaders}):
 * what the SDK costs beyond it is the SDK's per-call work; what it costs over (b) is the headers' cost in the wire and
 * the server.
 *
 * <p>Warm-up is as long as the measurement by default: with a quarter as much, the SDK (more code for the JIT to
 * compile than a bare OkHttp call) was still being compiled during the first measured rounds, which read up to
 * 1.1× and then settled near 1.0.
 *
 * <p>{@code --rounds N --warmup N} (untimed rounds first) {@code --block N} (calls per client per round; list blocks
 * are a tenth as long)
 */
public final class PerCallRun {

    private PerCallRun() {}

    public static void main(String[] argv) throws Exception {
        Harness harness = new Harness(argv);
        int rounds = harness.intArg("rounds", 40);
        int block = harness.intArg("block", 200);
        int warmup = harness.intArg("warmup", rounds);
        PerCallBenchmark calls = new PerCallBenchmark();
        calls.start();
        try {
            Map<String, Supplier<?>> retrieve = new LinkedHashMap<>();
            retrieve.put("sdk", calls::retrieveSdk);
            retrieve.put("handwritten", calls::retrieveHandWritten);
            retrieve.put("retrofit", calls::retrieveRetrofit);
            retrieve.put("retrofit+hdrs", calls::retrieveRetrofitSdkHeaders);
            compare("retrieve", retrieve, warmup, rounds, block);
            Map<String, Supplier<?>> list = new LinkedHashMap<>();
            list.put("sdk", calls::listSdk);
            list.put("handwritten", calls::listHandWritten);
            list.put("retrofit", calls::listRetrofit);
            compare("list(limit=100)", list, warmup, rounds, Math.max(1, block / 10));
        } finally {
            calls.stop();
        }
    }

    /** The first client is the SDK; every other one is a baseline it is divided by. */
    private static void compare(String operation, Map<String, Supplier<?>> clients, int warmup, int rounds, int block) {
        String[] names = clients.keySet().toArray(new String[0]);
        for (int round = 0; round < warmup; round++) {
            clients.values().forEach(call -> time(call, block));
        }
        // [client][round]: wall, CPU of the calling thread (both ns per call), bytes it allocated per call
        double[][] perCall = new double[names.length][rounds];
        double[][] cpu = new double[names.length][rounds];
        double[][] allocated = new double[names.length][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < names.length; k++) {
                int client = (round + k) % names.length;
                double[] measured = time(clients.get(names[client]), block);
                perCall[client][round] = measured[0];
                cpu[client][round] = measured[1];
                allocated[client][round] = measured[2];
            }
        }
        for (int c = 0; c < names.length; c++) {
            System.out.printf(Locale.ROOT, "%s %-13s %s us/call%n", operation, names[c], spread(perCall[c], 1e-3));
        }
        for (int c = 0; c < names.length; c++) {
            System.out.printf(
                    Locale.ROOT,
                    "%s %-13s calling thread: CPU %s us/call, allocated %s KB/call%n",
                    operation,
                    names[c],
                    spread(cpu[c], 1e-3),
                    spread(allocated[c], 1e-3));
        }
        for (int baseline = 1; baseline < names.length; baseline++) {
            System.out.printf(
                    Locale.ROOT,
                    "%s sdk/%-13s ratio %s%n",
                    operation,
                    names[baseline],
                    spread(ratios(perCall, baseline), 1));
            System.out.printf(
                    Locale.ROOT,
                    "%s sdk/%-13s calling thread's CPU ratio %s%n",
                    operation,
                    names[baseline],
                    spread(ratios(cpu, baseline), 1));
        }
    }

    /** The SDK's (client 0's) value over the baseline's, round by round. */
    private static double[] ratios(double[][] values, int baseline) {
        double[] ratios = new double[values[0].length];
        for (int round = 0; round < ratios.length; round++) {
            ratios[round] = values[0][round] / values[baseline][round];
        }
        return ratios;
    }

    /** @return per call: wall ns, CPU ns of this thread, bytes this thread allocated */
    private static double[] time(Supplier<?> call, int block) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long bytes = threads.getCurrentThreadAllocatedBytes();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < block; i++) {
            if (call.get() == null) {
                throw new IllegalStateException("no result");
            }
        }
        long nanos = System.nanoTime() - start;
        return new double[] {
            nanos / (double) block,
            (threads.getCurrentThreadCpuTime() - cpu) / (double) block,
            (threads.getCurrentThreadAllocatedBytes() - bytes) / (double) block
        };
    }

    /** median [p25..p75] (min..max), scaled. */
    private static String spread(double[] values, double scale) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return String.format(
                Locale.ROOT,
                "median %.3f [p25 %.3f .. p75 %.3f] (min %.3f, max %.3f, n=%d)",
                sorted[n / 2] * scale,
                sorted[n / 4] * scale,
                sorted[(3 * n) / 4] * scale,
                sorted[0] * scale,
                sorted[n - 1] * scale,
                n);
    }
}
