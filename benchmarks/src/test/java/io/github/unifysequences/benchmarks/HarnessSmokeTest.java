package io.github.unifysequences.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Each harness, on sizes small enough for a unit test run, does what its figure claims to measure; no timing is asserted. */
class HarnessSmokeTest {

    @Test
    void paginationSeesEveryItemOnceInOrderThroughBothClients() throws Exception {
        String out = run(() -> PaginationRun.main(new String[] {"--pages", "3", "--reps", "1"}));
        assertThat(out)
                .contains("all runs: the same 300 items in the same order")
                .contains("sdk          items/s");
    }

    @Test
    void prefetchYieldsTheSameItemsInTheSameOrder() throws Exception {
        String out = run(() ->
                PrefetchRun.main(new String[] {"--pages", "3", "--latency-ms", "1", "--work-ms", "1", "--reps", "1"}));
        assertThat(out)
                .contains("all runs: the same 300 items in the same order")
                .contains("no-prefetch  seconds");
    }

    @Test
    void exportReadsEveryRowAcrossPages() throws Exception {
        String out = run(() -> ExportRun.main(new String[] {"--rows", "2500", "--page-size", "1000", "--reps", "1"}));
        assertThat(out).contains("all runs: the same 2,500 items in the same order");
    }

    @Test
    void exportWindowReadsTheSameRowsOneAndSeveralPagesAtATime() throws Exception {
        String out = run(() -> ExportWindowRun.main(new String[] {
            "--rows", "2500", "--page-size", "500", "--latency-ms", "1", "--mb-per-s", "200", "--reps", "1"
        }));
        assertThat(out)
                .contains("all runs: the same 2,500 items in the same order")
                .contains("window       rows/s")
                .contains("window bound: 4 × 500 rows");
    }

    @Test
    void rateLimitRunCountsCallsAndWindows() throws Exception {
        String out = run(() -> RateLimitRun.main(
                new String[] {"--permits", "20", "--window-seconds", "1", "--threads", "2", "--reps", "1"}));
        assertThat(out).contains("60 calls in").contains("requests sent per sandbox window");
    }

    @Test
    void concurrencyRunReportsThroughputWithoutErrors() throws Exception {
        String out = run(() -> ConcurrencyRun.main(
                new String[] {"--size", "small", "--seconds", "1", "--reps", "1", "--threads", "2"}));
        assertThat(out)
                .contains("== 2 threads")
                .contains("sdk          requests/s")
                .doesNotContain("error:");
    }

    @Test
    void asyncVsThreadsMakesEveryCallBothWays() throws Exception {
        String out =
                run(() -> AsyncVsThreadsRun.main(new String[] {"--calls", "20", "--latency-ms", "1", "--reps", "1"}));
        assertThat(out)
                .contains("all runs: the same 20 items in the same order")
                .contains("async        seconds");
    }

    @Test
    void coldStartRunsBothChildrenToTheSameEnrollment() throws Exception {
        String out = run(() -> ColdStartRun.main(new String[] {"--reps", "1"}));
        assertThat(out).contains("sdk          ms from process start to exit").contains("ratio to plain");
    }

    private interface Main {
        void run() throws Exception;
    }

    private static String run(Main main) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
