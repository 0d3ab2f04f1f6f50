package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unifysequences.core.QueryJobExport;
import io.github.unifysequences.models.SequenceEnrollment;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Rows per second and peak heap of exporting 1,000,000 NDJSON rows from a local server, in 100 pages of 10,000.
 * Off by default; run it with a small heap to show that memory does not grow with the export (the default window
 * holds up to 4 pages, about 30 MB of these rows):
 *
 * <pre>
 * ./mvnw -q -o -pl sequences-sdk test -Dtest=ExportBenchmarkTest -Dunify.benchmark=true -DargLine=-Xmx128m
 * </pre>
 *
 * <p>The server runs in the same JVM and generates its rows as it writes them, so the figures include its work.
 */
@EnabledIfSystemProperty(named = "unify.benchmark", matches = "true")
class ExportBenchmarkTest extends ClientTestBase {
    private static final long ROWS = 1_000_000;

    @Test
    void exportOneMillionRows() {
        server.setDispatcher(new FakeBulkApi(ROWS, "FINISHED"));
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long rows = 0;
        long emailChars = 0;
        try (QueryJobExport<SequenceEnrollment> export =
                client.enrollments().queryJobs().exportJob(FakeBulkApi.JOB_ID)) {
            for (SequenceEnrollment row : export) {
                rows++;
                emailChars += row.person().email().length();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakBytes =
                heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf(
                "exported %,d rows in %.2f s: %,.0f rows/s; peak heap %.1f MiB (max heap %.0f MiB); %d email chars%n",
                rows,
                seconds,
                rows / seconds,
                peakBytes / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0,
                emailChars);
        assertThat(rows).isEqualTo(ROWS);
    }
}
