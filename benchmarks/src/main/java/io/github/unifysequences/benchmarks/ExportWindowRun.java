package io.github.unifysequences.benchmarks;

import io.github.unifysequences.benchmarks.Harness.Measured;
import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.core.ExportOptions;
import io.github.unifysequences.core.QueryJobExport;
import io.github.unifysequences.models.SequenceEnrollment;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Export over a slow link (issue 16, item 2): read an enrollment export of {@code --rows} NDJSON rows (default
 * 1,000,000) in pages of {@code --page-size} (10,000) from the fixed-response server, which waits
 * {@code --latency-ms} (50) before each page and sends each page's body at no more than {@code --mb-per-s} (20)
 * MB/s, like one connection to a distant API. The SDK exports it with {@code ExportOptions.concurrency(1)} (one
 * page after the other, the baseline) and with {@code concurrency(--concurrency)} (4, the default), interleaved.
 * Besides rows per second it reports the live heap after GC, against the window's bound: {@code concurrency ×
 * pageSize} rows held at most, given in bytes of row text.
 *
 * <p>{@code --rows N --page-size N --latency-ms N --mb-per-s N --concurrency N --reps N}
 */
public final class ExportWindowRun {
    private static final String JOB_ID = "0b5e7a52-4c1d-4f3e-9a6b-2d8c1e0f7a93";

    private ExportWindowRun() {}

    public static void main(String[] argv) throws Exception {
        Harness harness = new Harness(argv);
        int rows = harness.intArg("rows", 1_000_000);
        int pageSize = harness.intArg("page-size", 10_000);
        int latencyMs = harness.intArg("latency-ms", 50);
        int mbPerSecond = harness.intArg("mb-per-s", 20);
        int concurrency = harness.intArg("concurrency", 4);
        int reps = harness.intArg("reps", 3);
        byte[] lines = FixtureServer.exportLines();
        long lineCount = new String(lines, StandardCharsets.UTF_8).lines().count();
        double rowBytes = lines.length / (double) lineCount;
        System.out.printf(
                Locale.ROOT,
                "%,d rows of %.0f bytes on average (%.0f MB), pages of %,d, %d ms per page "
                        + "request, %d MB/s per connection%n",
                rows,
                rowBytes,
                rows * rowBytes / 1e6,
                pageSize,
                latencyMs,
                mbPerSecond);
        try (FixtureServer server =
                        FixtureServer.start(1, rows, Duration.ofMillis(latencyMs), mbPerSecond * 1_000_000L);
                UnifySequencesClient sdk = Clients.sdk(server.baseUrl())) {
            Map<String, Harness.Variant<Measured>> variants = new LinkedHashMap<>();
            variants.put("sequential", () -> export(sdk, pageSize, 1));
            variants.put("window", () -> export(sdk, pageSize, concurrency));
            Map<String, List<Measured>> results = Harness.interleave(reps, variants);
            Harness.checkSameItems(results, rows);
            Harness.summarize("rows/s", results, "sequential", Measured::perSecond);
            Harness.summarizeHeap(results, "sequential");
            System.out.printf(
                    Locale.ROOT,
                    "window bound: %d × %,d rows = %,d rows = %.1f MB of row text%n",
                    concurrency,
                    pageSize,
                    (long) concurrency * pageSize,
                    concurrency * pageSize * rowBytes / 1048576.0);
        }
    }

    private static Measured export(UnifySequencesClient sdk, int pageSize, int concurrency) throws Exception {
        ExportOptions options = ExportOptions.builder()
                .pageSize(pageSize)
                .concurrency(concurrency)
                .build();
        return Harness.measure(tally -> {
            try (QueryJobExport<SequenceEnrollment> export =
                    sdk.enrollments().queryJobs().exportJob(JOB_ID, options)) {
                export.forEach(row -> tally.add(row.id()));
            }
        });
    }
}
