package io.github.unifysequences.benchmarks;

import io.github.unifysequences.benchmarks.Harness.Measured;
import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.core.ExportOptions;
import io.github.unifysequences.core.QueryJobExport;
import io.github.unifysequences.models.SequenceEnrollment;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;

/**
 * Figure 4: read an enrollment export of {@code --rows} NDJSON rows (default 1,000,000, pages of
 * {@code --page-size} 10,000, the API's NDJSON maximum) from the fixed-response server, parsing each row
 * into the generated {@code SequenceEnrollment} with Gson straight off the socket (the baseline), and with the
 * SDK's {@code enrollments().queryJobs().exportJob(jobId)} at the same page size, one page at a time. Besides rows
 * per second of wall time it reports rows per CPU-second: the "rows/s on one core", which the wall rate
 * understates where the server in the same JVM competes for the machine's two cores. The figure is rows per
 * CPU-second of the whole process less the fixture server's threads ({@link Harness#clientCpuNanos}): the SDK reads
 * a page's body on OkHttp's thread and its rows on the caller's, the baseline everything on the caller's, and both
 * pay for GC; so only the process's time counts a row's whole cost for both alike. The reading thread's column is
 * printed too, for comparison with earlier measurements.
 *
 * <p>{@code --rows N --page-size N --reps N}
 */
public final class ExportRun {
    private static final String JOB_ID = "0b5e7a52-4c1d-4f3e-9a6b-2d8c1e0f7a93";

    private ExportRun() {}

    public static void main(String[] argv) throws Exception {
        Harness harness = new Harness(argv);
        int rows = harness.intArg("rows", 1_000_000);
        int pageSize = harness.intArg("page-size", 10_000);
        int reps = harness.intArg("reps", 3);
        OkHttpClient okHttp = Clients.okHttp();
        // One page at a time, like the baseline: this figure is the cost of reading rows, at -Xmx64m. The default
        // window of 4 pages needs 4 pages of heap and is measured over a slow link by ExportWindowRun.
        ExportOptions options =
                ExportOptions.builder().pageSize(pageSize).concurrency(1).build();
        try (FixtureServer server = FixtureServer.start(1, rows, Duration.ZERO);
                UnifySequencesClient sdk = Clients.sdk(server.baseUrl())) {
            HandWritten handWritten = new HandWritten(okHttp, server.baseUrl());
            Map<String, Harness.Variant<Measured>> variants = new LinkedHashMap<>();
            variants.put(
                    "handwritten",
                    () -> Harness.measure(
                            tally -> handWritten.exportRows(JOB_ID, pageSize, row -> tally.add(row.getId()))));
            variants.put(
                    "sdk",
                    () -> Harness.measure(tally -> {
                        try (QueryJobExport<SequenceEnrollment> export =
                                sdk.enrollments().queryJobs().exportJob(JOB_ID, options)) {
                            export.forEach(row -> tally.add(row.id()));
                        }
                    }));
            Map<String, List<Measured>> results = Harness.interleave(reps, variants);
            Harness.checkSameItems(results, rows);
            Harness.summarize("rows/s", results, "handwritten", Measured::perSecond);
            Harness.summarize(
                    "rows per CPU-second of the process less the server",
                    results,
                    "handwritten",
                    Measured::perClientCpuSecond);
            Harness.summarize(
                    "rows per CPU-second of the reading thread", results, "handwritten", Measured::perCpuSecond);
            Harness.summarizeHeap(results, "handwritten");
        } finally {
            Clients.close(okHttp);
        }
    }
}
