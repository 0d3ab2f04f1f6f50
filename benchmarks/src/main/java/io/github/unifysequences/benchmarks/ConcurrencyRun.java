package io.github.unifysequences.benchmarks;

import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.client.UnifySequencesClientBuilder;
import io.github.unifysequences.models.EnrollmentListParams;
import io.github.unifysequences.sandbox.SeedSize;
import io.github.unifysequences.sandbox.SequencesSandbox;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;

/**
 * Figure 6: {@code --threads} (default 1,4,16,64) threads of mixed reads against the sandbox (seed
 * {@code --size}, default large; rate limit off): 50% retrieve an enrollment, 30% list 25 enrollments,
 * 20% retrieve a sequence, ids drawn at random. Each thread count runs the SDK and the hand-written
 * OkHttp + Gson client alternately for {@code --seconds} each, {@code --reps} times; reports requests/s,
 * p50/p99 latency and errors.
 *
 * <p>By default the SDK runs on the OkHttp client it builds itself (its pool keeps 32 idle connections), which is
 * what an application gets; its connections are then not counted. {@code --sdk-pool counted} gives it an OkHttp
 * client with OkHttp's default pool (5 idle) and a listener counting new connections, like the baseline's.
 *
 * <p>{@code --threads 1,4,16,64 --seconds N --reps N --size small|large --sdk-pool own|counted}
 */
public final class ConcurrencyRun {
    private static final int LIST_LIMIT = 25;

    private ConcurrencyRun() {}

    /** One client's way of doing the three reads. */
    private interface Reads {
        void retrieveEnrollment(String id);

        void listEnrollments();

        void retrieveSequence(String id);
    }

    public static void main(String[] argv) throws Exception {
        Harness harness = new Harness(argv);
        int seconds = harness.intArg("seconds", 5);
        int reps = harness.intArg("reps", 3);
        int[] threadCounts = Arrays.stream(
                        harness.stringArg("threads", "1,4,16,64").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        String size = harness.stringArg("size", "large");
        boolean ownPool = !"counted".equals(harness.stringArg("sdk-pool", "own"));
        // Each client gets its own pool and a listener counting new connections: OkHttp keeps at most 5 idle
        // connections by default, so beyond 5 threads connections may be closed and reopened under load.
        Map<String, AtomicLong> connects = new LinkedHashMap<>();
        OkHttpClient okHttp = countingConnects(connects, "handwritten");
        OkHttpClient sdkHttp = countingConnects(connects, "sdk");
        UnaryOperator<UnifySequencesClientBuilder> sdkPool =
                ownPool ? builder -> builder : builder -> builder.okHttpClient(sdkHttp);
        if (ownPool) {
            connects.put("sdk", null);
        }
        try (SequencesSandbox sandbox = SequencesSandbox.builder()
                .size(SeedSize.named(size))
                .rateLimit(Integer.MAX_VALUE, Duration.ofSeconds(1))
                .build()) {
            String baseUrl = sandbox.start().toString();
            List<String> enrollments = sandbox.data().activeEnrollmentIds().stream()
                    .map(UUID::toString)
                    .toList();
            List<String> sequences =
                    sandbox.data().sequenceIds().stream().map(UUID::toString).toList();
            try (UnifySequencesClient sdk =
                    sdkPool.apply(Clients.sdkBuilder(baseUrl)).build()) {
                HandWritten handWritten = new HandWritten(okHttp, baseUrl);
                EnrollmentListParams params =
                        EnrollmentListParams.builder().limit(LIST_LIMIT).build();
                Map<String, Reads> clients = new LinkedHashMap<>();
                clients.put("handwritten", new Reads() {
                    public void retrieveEnrollment(String id) {
                        handWritten.retrieve(id);
                    }

                    public void listEnrollments() {
                        handWritten.list(LIST_LIMIT, null);
                    }

                    public void retrieveSequence(String id) {
                        handWritten.retrieveSequence(id);
                    }
                });
                clients.put("sdk", new Reads() {
                    public void retrieveEnrollment(String id) {
                        sdk.enrollments().retrieve(id);
                    }

                    public void listEnrollments() {
                        sdk.enrollments().list(params).items();
                    } // items are mapped on first access

                    public void retrieveSequence(String id) {
                        sdk.sequences().retrieve(id);
                    }
                });
                for (int threads : threadCounts) {
                    Map<String, Harness.Variant<Result>> variants = new LinkedHashMap<>();
                    clients.forEach((name, reads) -> variants.put(
                            name, () -> run(reads, connects.get(name), threads, seconds, enrollments, sequences)));
                    System.out.println("== " + threads + " threads");
                    Map<String, List<Result>> results = Harness.interleave(reps, variants);
                    Harness.summarize("requests/s", results, "handwritten", Result::perSecond);
                    Harness.summarize("p99 ms", results, "handwritten", Result::p99Millis);
                    Harness.check(
                            results.values().stream().flatMap(List::stream).allMatch(r -> r.errors == 0),
                            "errors at " + threads + " threads");
                }
            }
        } finally {
            Clients.close(okHttp);
            Clients.close(sdkHttp);
        }
    }

    private static OkHttpClient countingConnects(Map<String, AtomicLong> connects, String name) {
        AtomicLong count = new AtomicLong();
        connects.put(name, count);
        return Clients.okHttp()
                .newBuilder()
                .eventListener(new EventListener() {
                    @Override
                    public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
                        count.incrementAndGet();
                    }
                })
                .build();
    }

    private static Result run(
            Reads reads,
            AtomicLong connects,
            int threads,
            int seconds,
            List<String> enrollments,
            List<String> sequences)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long connectsBefore = connects == null ? 0 : connects.get();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            List<Future<long[]>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    long[] latencies = new long[1024];
                    int n = 0;
                    for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                        int pick = random.nextInt(10);
                        if (pick < 5) {
                            reads.retrieveEnrollment(enrollments.get(random.nextInt(enrollments.size())));
                        } else if (pick < 8) {
                            reads.listEnrollments();
                        } else {
                            reads.retrieveSequence(sequences.get(random.nextInt(sequences.size())));
                        }
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = System.nanoTime() - now;
                    }
                    return Arrays.copyOf(latencies, n);
                }));
            }
            List<long[]> perThread = new ArrayList<>();
            int errors = 0;
            for (Future<long[]> worker : workers) {
                try {
                    perThread.add(worker.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    errors++;
                    System.out.println("error: " + e.getCause());
                }
            }
            long[] all =
                    perThread.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Result(
                    all.length,
                    seconds,
                    errors,
                    connects == null ? -1 : connects.get() - connectsBefore,
                    all.length == 0 ? 0 : all[all.length / 2],
                    all.length == 0 ? 0 : all[(int) Math.min(all.length - 1, Math.ceil(all.length * 0.99) - 1)]);
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code connections} is -1 when they were not counted. */
    private record Result(long requests, int seconds, int errors, long connections, long p50Nanos, long p99Nanos) {
        double perSecond() {
            return requests / (double) seconds;
        }

        double p99Millis() {
            return p99Nanos / 1e6;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%s requests/s, p50 %.2f ms, p99 %.2f ms, %d errors, %s",
                    Harness.number(perSecond()),
                    p50Nanos / 1e6,
                    p99Millis(),
                    errors,
                    connections < 0 ? "connections not counted (its own pool)" : connections + " connections opened");
        }
    }
}
