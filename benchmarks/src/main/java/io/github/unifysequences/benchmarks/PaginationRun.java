package io.github.unifysequences.benchmarks;

import io.github.unifysequences.benchmarks.Harness.Measured;
import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.models.EnrollmentListParams;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;

/**
 * Figure 2: iterate every enrollment of a long list (default 10,000 pages of 100) with the SDK's auto-pager
 * and with a hand-written OkHttp + Gson cursor loop, against the fixed-response server. Run it with a small
 * heap ({@code -Xmx64m}) to show that memory does not grow with the list.
 *
 * <p>{@code --pages N --reps N}
 */
public final class PaginationRun {

    private PaginationRun() {}

    public static void main(String[] argv) throws Exception {
        Harness harness = new Harness(argv);
        int pages = harness.intArg("pages", 10_000);
        int reps = harness.intArg("reps", 3);
        OkHttpClient okHttp = Clients.okHttp();
        try (FixtureServer server = FixtureServer.start(pages, 0, Duration.ZERO);
                UnifySequencesClient sdk = Clients.sdk(server.baseUrl())) {
            HandWritten handWritten = new HandWritten(okHttp, server.baseUrl());
            EnrollmentListParams params = EnrollmentListParams.builder()
                    .limit(FixtureServer.PAGE_SIZE)
                    .build();
            Map<String, Harness.Variant<Measured>> variants = new LinkedHashMap<>();
            variants.put(
                    "handwritten",
                    () -> Harness.measure(tally ->
                            handWritten.forEachEnrollment(FixtureServer.PAGE_SIZE, e -> tally.add(e.getId()))));
            variants.put(
                    "sdk",
                    () -> Harness.measure(
                            tally -> sdk.enrollments().list(params).autoPager().forEach(e -> tally.add(e.id()))));
            Map<String, List<Measured>> results = Harness.interleave(reps, variants);
            Harness.checkSameItems(results, (long) pages * FixtureServer.PAGE_SIZE);
            Harness.summarize("items/s", results, "handwritten", Measured::perSecond);
            Harness.summarizeHeap(results, "handwritten");
        } finally {
            Clients.close(okHttp);
        }
    }
}
