package io.github.unifysequences.benchmarks;

import io.github.unifysequences.benchmarks.Harness.Measured;
import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.core.AutoPager;
import io.github.unifysequences.models.Enrollment;
import io.github.unifysequences.models.EnrollmentListParams;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Figure 3: the auto-pager with and without {@code withPrefetch()} when every page takes the server
 * {@code --latency-ms} (default 20) and the caller {@code --work-ms} (default 20) of work per page, done
 * when a page's first item arrives. Asserts that both yield the same items in the same order.
 *
 * <p>{@code --pages N --latency-ms N --work-ms N --reps N}
 */
public final class PrefetchRun {

    private PrefetchRun() {}

    public static void main(String[] argv) throws Exception {
        Harness harness = new Harness(argv);
        int pages = harness.intArg("pages", 50);
        int reps = harness.intArg("reps", 5);
        long workMillis = harness.intArg("work-ms", 20);
        Duration latency = Duration.ofMillis(harness.intArg("latency-ms", 20));
        try (FixtureServer server = FixtureServer.start(pages, 0, latency);
                UnifySequencesClient sdk = Clients.sdk(server.baseUrl())) {
            EnrollmentListParams params = EnrollmentListParams.builder()
                    .limit(FixtureServer.PAGE_SIZE)
                    .build();
            Map<String, Harness.Variant<Measured>> variants = new LinkedHashMap<>();
            variants.put(
                    "no-prefetch",
                    () -> Harness.measure(
                            tally -> consume(sdk.enrollments().list(params).autoPager(), workMillis, tally)));
            variants.put(
                    "prefetch",
                    () -> Harness.measure(tally ->
                            consume(sdk.enrollments().list(params).autoPager().withPrefetch(), workMillis, tally)));
            Map<String, List<Measured>> results = Harness.interleave(reps, variants);
            Harness.checkSameItems(results, (long) pages * FixtureServer.PAGE_SIZE);
            Harness.summarize("seconds", results, "prefetch", run -> Harness.seconds(run.nanos()));
        }
    }

    private static void consume(AutoPager<Enrollment> pager, long workMillis, Harness.Tally tally)
            throws InterruptedException {
        long index = 0;
        for (Enrollment enrollment : pager) {
            if (index++ % FixtureServer.PAGE_SIZE == 0) {
                Thread.sleep(workMillis);
            }
            tally.add(enrollment.id());
        }
    }
}
