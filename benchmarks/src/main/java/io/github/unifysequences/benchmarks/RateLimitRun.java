package io.github.unifysequences.benchmarks;

import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.errors.UnifyException;
import io.github.unifysequences.sandbox.SeedSize;
import io.github.unifysequences.sandbox.SequencesSandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;

/**
 * Figure 5: the SDK's client-side rate limiter set to the sandbox's own limit ({@code --permits} per
 * {@code --window-seconds}, default 2,000 per 10 s), under a burst of 3x the limit from {@code --threads} (8)
 * threads. Counts the 429s that reach the wire (an interceptor on the OkHttp client handed to the SDK), the
 * requests sent in each of the sandbox's fixed windows, and the sustained rate once the first window's worth
 * has been sent. Each run uses a fresh sandbox and client so no window or limiter state carries over.
 *
 * <p>{@code --permits N --window-seconds N --threads N --reps N}
 */
public final class RateLimitRun {

    private RateLimitRun() {}

    public static void main(String[] argv) throws Exception {
        Harness harness = new Harness(argv);
        int permits = harness.intArg("permits", 2_000);
        Duration window = Duration.ofSeconds(harness.intArg("window-seconds", 10));
        int threads = harness.intArg("threads", 8);
        int reps = harness.intArg("reps", 3);
        Map<String, Harness.Variant<Result>> variants = new LinkedHashMap<>();
        variants.put("sdk", () -> run(permits, window, threads));
        Map<String, List<Result>> results = Harness.interleave(reps, variants);
        double limit = permits / (double) window.toSeconds();
        System.out.println("limit " + Harness.number(limit) + "/s");
        Harness.summarize("sustained rate / limit", results, "sdk", r -> r.sustainedRate / limit);
        Harness.summarize("429s on the wire", results, "sdk", r -> r.tooMany);
    }

    private static Result run(int permits, Duration window, int threads) throws Exception {
        int total = 3 * permits;
        AtomicInteger tooMany = new AtomicInteger();
        Map<Long, AtomicInteger> perWindow = new ConcurrentHashMap<>();
        OkHttpClient counting = Clients.okHttp()
                .newBuilder()
                .addNetworkInterceptor(chain -> {
                    perWindow
                            .computeIfAbsent(System.currentTimeMillis() / window.toMillis(), w -> new AtomicInteger())
                            .incrementAndGet();
                    okhttp3.Response response = chain.proceed(chain.request());
                    if (response.code() == 429) {
                        tooMany.incrementAndGet();
                    }
                    return response;
                })
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (SequencesSandbox sandbox = SequencesSandbox.builder()
                .size(SeedSize.SMALL)
                .rateLimit(permits, window)
                .build()) {
            String baseUrl = sandbox.start().toString();
            String id = sandbox.data().activeEnrollmentIds().get(0).toString();
            try (UnifySequencesClient sdk = Clients.sdkBuilder(baseUrl)
                    .okHttpClient(counting)
                    .rateLimit(permits, window)
                    .build()) {
                AtomicInteger next = new AtomicInteger();
                AtomicInteger failures = new AtomicInteger();
                long[] completedAt = new long[total];
                long start = System.nanoTime();
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    workers.add(pool.submit(() -> {
                        for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                            try {
                                sdk.enrollments().retrieve(id);
                            } catch (UnifyException e) {
                                failures.incrementAndGet();
                            }
                            completedAt[i] = System.nanoTime() - start;
                        }
                    }));
                }
                for (Future<?> worker : workers) {
                    worker.get();
                }
                long[] sorted = completedAt.clone();
                Arrays.sort(sorted);
                double sustained = (total - permits) / Harness.seconds(sorted[total - 1] - sorted[permits - 1]);
                Map<Long, Integer> sent = new TreeMap<>();
                perWindow.forEach((w, count) -> sent.put(w, count.get()));
                return new Result(
                        total,
                        failures.get(),
                        tooMany.get(),
                        Harness.seconds(sorted[total - 1]),
                        sustained,
                        List.copyOf(sent.values()));
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
            Clients.close(counting);
        }
    }

    private record Result(
            int calls, int failures, int tooMany, double seconds, double sustainedRate, List<Integer> sentPerWindow) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%,d calls in %.1f s, %d failed, %d 429s on the wire, sustained %s/s after the first "
                            + "window's worth; requests sent per sandbox window %s",
                    calls,
                    seconds,
                    failures,
                    tooMany,
                    Harness.number(sustainedRate),
                    sentPerWindow);
        }
    }
}
