package io.github.unifysequences.benchmarks;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Figure 1, drift-proof: the calls of {@link PerCallBenchmark}, timed in short blocks that alternate between
 * the three clients (rotating which goes first), so that load from other processes hits all three alike. Each
 * round yields the SDK's time per call over each baseline's; the ratios are summarized over the rounds.
 * JMH gives the absolute latency and the allocation per call; this gives the ratio on a noisy machine.
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
        double[][] perCall = new double[names.length][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < names.length; k++) {
                int client = (round + k) % names.length;
                perCall[client][round] = time(clients.get(names[client]), block);
            }
        }
        for (int c = 0; c < names.length; c++) {
            System.out.printf(Locale.ROOT, "%s %-12s %s us/call%n", operation, names[c], spread(perCall[c], 1e-3));
        }
        for (int baseline = 1; baseline < names.length; baseline++) {
            double[] ratios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                ratios[round] = perCall[0][round] / perCall[baseline][round];
            }
            System.out.printf(Locale.ROOT, "%s sdk/%-12s ratio %s%n", operation, names[baseline], spread(ratios, 1));
        }
    }

    private static double time(Supplier<?> call, int block) {
        long start = System.nanoTime();
        for (int i = 0; i < block; i++) {
            if (call.get() == null) {
                throw new IllegalStateException("no result");
            }
        }
        return (System.nanoTime() - start) / (double) block;
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
