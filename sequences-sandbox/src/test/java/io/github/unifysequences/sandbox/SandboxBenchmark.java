package io.github.unifysequences.sandbox;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A throughput harness (not a test): seeds an in-process sandbox, reports generation time and retained
 * heap, then has N client threads call one path for a while and reports requests/s and latency.
 *
 * <pre>
 * ./mvnw -q -pl sequences-sandbox test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -cp sequences-sandbox/target/classes:sequences-sandbox/target/test-classes:$(cat sequences-sandbox/target/cp.txt) \
 *     io.github.unifysequences.sandbox.SandboxBenchmark --size large --threads 2 --seconds 20
 * </pre>
 */
public final class SandboxBenchmark {
    private SandboxBenchmark() {}

    public static void main(String[] args) throws Exception {
        String size = option(args, "--size", "small");
        int threads = Integer.parseInt(option(args, "--threads", "2"));
        int seconds = Integer.parseInt(option(args, "--seconds", "10"));
        String path = option(args, "--path", "/enrollments?limit=100");

        long heapBefore = usedHeapAfterGc();
        long start = System.nanoTime();
        SequencesSandbox sandbox = SequencesSandbox.builder()
                .size(SeedSize.named(size))
                .rateLimit(Integer.MAX_VALUE, Duration.ofMinutes(5))
                .build();
        long seedMillis = (System.nanoTime() - start) / 1_000_000;
        long heap = usedHeapAfterGc() - heapBefore;
        System.out.printf(
                "seed %s: %,d enrollments generated in %,d ms, retained heap %,d MB%n",
                size, sandbox.data().enrollmentCount(), seedMillis, heap / (1024 * 1024));

        URI url = URI.create(sandbox.start() + path);
        run(url, sandbox.apiKey(), threads, 2);
        long cpuBefore = processCpuNanos();
        List<long[]> results = run(url, sandbox.apiKey(), threads, seconds);
        double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
        long requests = results.stream().mapToLong(r -> r.length).sum();
        long[] latencies =
                results.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf(
                "GET %s with %d client threads for %d s: %,d requests, %,.0f req/s, p50 %.2f ms," + " p99 %.2f ms%n",
                path,
                threads,
                seconds,
                requests,
                requests / (double) seconds,
                latencies[latencies.length / 2] / 1e6,
                latencies[(int) (latencies.length * 0.99)] / 1e6);
        // On a shared machine wall-clock rates follow the neighbours' load; CPU time does much less.
        System.out.printf(
                "process CPU %.1f s (client + server): %,.0f requests per CPU-second, load average %.2f%n",
                cpuSeconds,
                requests / cpuSeconds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        sandbox.close();
    }

    /** Each thread loops for {@code seconds}; returns the per-request latencies (ns) of each thread. */
    private static List<long[]> run(URI url, String key, int threads, int seconds) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request =
                HttpRequest.newBuilder(url).header("x-api-key", key).build();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Callable<long[]> loop = () -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    long begin = System.nanoTime();
                    HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + r.statusCode());
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = System.nanoTime() - begin;
                }
                return Arrays.copyOf(latencies, n);
            };
            futures.add(pool.submit(loop));
        }
        List<long[]> results = new ArrayList<>();
        for (Future<long[]> f : futures) {
            results.add(f.get());
        }
        pool.shutdown();
        return results;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
