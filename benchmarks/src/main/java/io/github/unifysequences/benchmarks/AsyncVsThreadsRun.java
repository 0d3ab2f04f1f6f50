package io.github.unifysequences.benchmarks;

import io.github.unifysequences.benchmarks.Harness.Measured;
import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.client.UnifySequencesClientAsync;
import io.github.unifysequences.client.UnifySequencesClientBuilder;
import io.github.unifysequences.models.Enrollment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Figure 7: {@code --calls} (default 300) retrieves with {@code --latency-ms} (default 100) of server latency each,
 * all started at once: the async client, against the same calls made blocking, each on its own virtual thread (JDK
 * 21+, found at run time since the SDK targets 17) or its own platform thread on older JDKs. One client with default
 * settings; blocking calls run on their callers' threads, so only the async client is bounded by its
 * {@code maxConcurrentRequests}. The goal: the async client takes no more than 1/0.9 of the blocking calls' time
 * (ratio of blocking over async seconds &ge; 0.9). Each async run also prints how many threads the SDK's dispatcher
 * has (its cost: OkHttp runs each call in flight on one of them; idle ones live 10 s, so this is the most in use).
 *
 * <p>{@code --calls N --latency-ms N --reps N --max-concurrent N} (0, the default: the SDK's default limit)
 */
public final class AsyncVsThreadsRun {

    private AsyncVsThreadsRun() {}

    public static void main(String[] argv) throws Exception {
        Harness harness = new Harness(argv);
        int calls = harness.intArg("calls", 300);
        int reps = harness.intArg("reps", 5);
        Duration latency = Duration.ofMillis(harness.intArg("latency-ms", 100));
        int maxConcurrent = harness.intArg("max-concurrent", 0);
        String blocking = virtualThreads() != null ? "virtual" : "platform";
        System.out.println("Java " + Runtime.version() + ": blocking calls on " + blocking
                + " threads, maxConcurrentRequests " + (maxConcurrent == 0 ? "default" : maxConcurrent));
        try (FixtureServer server = FixtureServer.start(1, 0, latency);
                UnifySequencesClient sdk = configured(Clients.sdkBuilder(server.baseUrl()), maxConcurrent)
                        .build()) {
            UnifySequencesClientAsync async = sdk.async();
            String id = FixtureServer.enrollmentId();
            Map<String, Harness.Variant<Measured>> variants = new LinkedHashMap<>();
            variants.put(
                    "async",
                    () -> withDispatcherThreads(() -> Harness.measure(tally -> {
                        List<CompletableFuture<Enrollment>> futures = new ArrayList<>();
                        for (int i = 0; i < calls; i++) {
                            futures.add(async.enrollments().retrieve(id));
                        }
                        for (CompletableFuture<Enrollment> future : futures) {
                            tally.add(future.join().id());
                        }
                    })));
            variants.put(
                    blocking,
                    () -> Harness.measure(tally -> {
                        try (ThreadPerCall threads = new ThreadPerCall()) {
                            List<Future<Enrollment>> futures = new ArrayList<>();
                            for (int i = 0; i < calls; i++) {
                                futures.add(threads.executor.submit(
                                        () -> sdk.enrollments().retrieve(id)));
                            }
                            for (Future<Enrollment> future : futures) {
                                tally.add(future.get().id());
                            }
                        }
                    }));
            Map<String, List<Measured>> results = Harness.interleave(reps, variants);
            Harness.checkSameItems(results, calls);
            Harness.summarize("seconds", results, "async", run -> Harness.seconds(run.nanos()));
        }
    }

    private static UnifySequencesClientBuilder configured(UnifySequencesClientBuilder builder, int maxConcurrent) {
        return maxConcurrent == 0 ? builder : builder.maxConcurrentRequests(maxConcurrent);
    }

    /** Runs {@code run}, then prints how many threads the SDK's dispatcher has. */
    private static Measured withDispatcherThreads(Harness.Variant<Measured> run) throws Exception {
        Measured measured = run.run();
        long threads = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("unify-sequences-http-"))
                .count();
        System.out.println("  SDK dispatcher threads: " + threads);
        return measured;
    }

    /** {@code Executors.newVirtualThreadPerTaskExecutor()} where the running JDK has it, else null. */
    private static ExecutorService virtualThreads() {
        try {
            return (ExecutorService)
                    Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        } catch (ReflectiveOperationException notJdk21) {
            return null;
        }
    }

    /** One thread per call: virtual where available, else a platform thread per task (an unbounded cached pool). */
    private static final class ThreadPerCall implements AutoCloseable {
        final ExecutorService executor;

        ThreadPerCall() {
            ExecutorService virtual = virtualThreads();
            this.executor = virtual != null ? virtual : Executors.newCachedThreadPool();
        }

        @Override
        public void close() {
            executor.shutdown();
        }
    }
}
