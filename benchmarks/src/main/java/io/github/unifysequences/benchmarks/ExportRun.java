package io.github.unifysequences.benchmarks;

import io.github.unifysequences.benchmarks.Harness.Measured;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;

/**
 * Figure 4: read an enrollment export of {@code --rows} NDJSON rows (default 1,000,000, pages of
 * {@code --page-size} 10,000, the API's NDJSON maximum) from the fixed-response server, parsing each row
 * into the generated {@code SequenceEnrollment} with Gson straight off the socket. This is the baseline the
 * SDK's export must match; the SDK has no export operation yet (see docs/PERFORMANCE.md).
 *
 * <p>{@code --rows N --page-size N --reps N}
 */
public final class ExportRun {

    private ExportRun() {
    }

    public static void main(String[] argv) throws Exception {
        Harness harness = new Harness(argv);
        int rows = harness.intArg("rows", 1_000_000);
        int pageSize = harness.intArg("page-size", 10_000);
        int reps = harness.intArg("reps", 3);
        OkHttpClient okHttp = Clients.okHttp();
        try (FixtureServer server = FixtureServer.start(1, rows, Duration.ZERO)) {
            HandWritten handWritten = new HandWritten(okHttp, server.baseUrl());
            Map<String, Harness.Variant<Measured>> variants = new LinkedHashMap<>();
            variants.put("handwritten", () -> Harness.measure(tally ->
                    handWritten.exportRows("bench-job", pageSize, row -> tally.add(row.getId()))));
            Map<String, List<Measured>> results = Harness.interleave(reps, variants);
            Harness.checkSameItems(results, rows);
            Harness.summarize("rows/s", results, "handwritten", Measured::perSecond);
            Harness.summarizeHeap(results, "handwritten");
        } finally {
            Clients.close(okHttp);
        }
    }
}
