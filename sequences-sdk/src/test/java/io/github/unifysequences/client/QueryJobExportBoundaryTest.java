package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unifysequences.core.ExportOptions;
import io.github.unifysequences.core.QueryJobExport;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.errors.ResultsPageTooLargeException;
import io.github.unifysequences.errors.UnifyTimeoutException;
import io.github.unifysequences.models.SequenceEnrollment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the Bulk API may do to an export: hide the job's size, report statuses this SDK does not know, refuse a
 * page as too large, trickle a page, or have the export closed from another thread while a page stalls.
 */
class QueryJobExportBoundaryTest extends ClientTestBase {
    private static final String JOB_ID = FakeBulkApi.JOB_ID;

    private final QueryJobExportTest.FakeTime time = new QueryJobExportTest.FakeTime();

    private void serve(FakeBulkApi api) {
        server.setDispatcher(api);
        client.close();
        client = builder()
                .clock(time)
                .sleeper((duration, async) -> {
                    sleeps.add(duration);
                    time.advance(duration);
                    return CompletableFuture.completedFuture(null);
                })
                .build();
    }

    private List<String> export(int pageSize) {
        return export(ExportOptions.builder().pageSize(pageSize).build());
    }

    private List<String> export(ExportOptions options) {
        try (QueryJobExport<SequenceEnrollment> export =
                client.enrollments().queryJobs().exportJob(JOB_ID, options)) {
            return export.stream().map(SequenceEnrollment::id).toList();
        }
    }

    private static List<String> ids(long from, long to) {
        return LongStream.range(from, to).mapToObj(Long::toString).toList();
    }

    private static List<String> pagesRequested(FakeBulkApi api) {
        return api.resultRequests.stream()
                .map(r -> r.getUrl().queryParameter("page") + "x" + r.getUrl().queryParameter("page_size"))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {25, 20, 9, 0})
    void withoutAKnownTotalPagesAreReadUntilAShortOrEmptyOne(int total) {
        FakeBulkApi api = new FakeBulkApi(total, "FINISHED");
        api.hideTotal = true;
        serve(api);
        assertThat(export(10)).isEqualTo(ids(0, total));
        assertThat(api.resultRequests).hasSize(total / 10 + 1);
    }

    @Test
    void unknownStatusesAreWaitedForLikeInProgress() {
        FakeBulkApi api = new FakeBulkApi(3, "CREATED", "PENDING", "RUNNING", "QUEUED_FOR_SOMETHING_NEW", "FINISHED");
        serve(api);
        assertThat(export(10)).isEqualTo(ids(0, 3));
        assertThat(api.polls()).isEqualTo(5);
    }

    @Test
    void anUnknownStatusIsWaitedForOnlyUntilTheWaitTimeout() {
        FakeBulkApi api = new FakeBulkApi(3, "PENDING");
        serve(api);
        QueryJobExport<SequenceEnrollment> export = client.enrollments()
                .queryJobs()
                .exportJob(
                        JOB_ID,
                        ExportOptions.builder()
                                .waitTimeout(Duration.ofMinutes(2))
                                .build());
        assertThatThrownBy(() -> export.iterator().hasNext())
                .isInstanceOf(UnifyTimeoutException.class)
                .hasMessageContaining("still PENDING")
                .hasMessageContaining(JOB_ID);
        assertThat(sleeps.stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofMinutes(2));
        assertThat(api.resultRequests).isEmpty();
    }

    @Test
    void a413ShrinksThePageSizeAndGoesOnFromTheNextRow() {
        FakeBulkApi api = new FakeBulkApi(2_500, "FINISHED");
        api.answerInstead.put(2, tooLarge());
        serve(api);
        assertThat(export(ExportOptions.builder().pageSize(1_000).concurrency(1).build()))
                .isEqualTo(ids(0, 2_500));
        assertThat(pagesRequested(api)).containsExactly("1x1000", "2x1000", "3x500", "4x500", "5x500");
    }

    /**
     * Pages 1-3 of 1,000 are requested at once; page 2's rows [1000, 2000) become pages 3 and 4 of 500, the second
     * requested once the first was answered, while page 3 of 1,000 (rows [2000, 2500)) stands as requested.
     */
    @Test
    void a413UnderConcurrencyReaddressesOnlyTheRowsOfTheRefusedPage() {
        FakeBulkApi api = new FakeBulkApi(2_500, "FINISHED");
        api.answerInstead.put(2, tooLarge());
        serve(api);
        assertThat(export(1_000)).isEqualTo(ids(0, 2_500));
        assertThat(pagesRequested(api)).containsExactlyInAnyOrder("1x1000", "2x1000", "3x1000", "3x500", "4x500");
        assertThat(pagesRequested(api).indexOf("3x500"))
                .isLessThan(pagesRequested(api).indexOf("4x500"));
    }

    private static MockResponse tooLarge() {
        return new MockResponse.Builder()
                .code(413)
                .addHeader("Content-Type", "application/json")
                .body("{\"status\":\"results_page_too_large\",\"message\":\"too large\"}")
                .build();
    }

    @Test
    void a413OnTheRetryOfAPageThatBrokeOffLosesAndRepeatsNoRow() {
        FakeBulkApi api = new FakeBulkApi(2_500, "FINISHED");
        api.dropAfter.put(1, 70);
        api.afterLine.put(1, new FakeBulkApi.LineHook(70, () -> api.maxPageSize = 400));
        serve(api);
        assertThat(export(ExportOptions.builder().pageSize(1_000).concurrency(1).build()))
                .isEqualTo(ids(0, 2_500));
        assertThat(pagesRequested(api).subList(0, 4)).containsExactly("1x1000", "1x1000", "1x500", "1x250");
    }

    @Test
    void aPageTooLargeEvenAtOneRowIsThrown() {
        FakeBulkApi api = new FakeBulkApi(5, "FINISHED");
        api.maxPageSize = 0;
        serve(api);
        assertThatThrownBy(() -> export(8)).isInstanceOf(ResultsPageTooLargeException.class);
        assertThat(pagesRequested(api)).containsExactly("1x8", "1x4", "1x2", "1x1");
    }

    @Test
    void aTricklingPageIsCutOffByThePerCallTimeout() {
        FakeBulkApi api = new FakeBulkApi(3, "FINISHED");
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            rows.append(FakeBulkApi.row(i)).append('\n');
        }
        api.answerInstead.put(
                1,
                new MockResponse.Builder()
                        .code(200)
                        .addHeader("Content-Type", "application/x-ndjson")
                        .addHeader("x-total", "3")
                        .body(rows.toString())
                        .throttleBody(1, 400, TimeUnit.MILLISECONDS)
                        .build());
        serve(api);
        QueryJobExport<SequenceEnrollment> export = client.enrollments()
                .queryJobs()
                .exportJob(
                        JOB_ID,
                        ExportOptions.builder()
                                .requestOptions(RequestOptions.builder()
                                        .timeout(Duration.ofSeconds(2))
                                        .maxRetries(0)
                                        .build())
                                .build());
        assertThatThrownBy(() -> export.iterator().hasNext())
                .isInstanceOf(UnifyTimeoutException.class)
                .hasMessageContaining("page 1");
    }

    @Test
    void closingFromAnotherThreadUnblocksAReaderStalledMidPage() throws Exception {
        FakeBulkApi api = new FakeBulkApi(10_000, "FINISHED");
        CountDownLatch released = new CountDownLatch(1);
        api.afterLine.put(1, FakeBulkApi.LineHook.stallUntil(5, released));
        serve(api);
        QueryJobExport<SequenceEnrollment> export =
                client.enrollments().queryJobs().exportJob(JOB_ID);
        CountDownLatch fiveRead = new CountDownLatch(1);
        AtomicReference<Throwable> readerFailure = new AtomicReference<>();
        List<String> read = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try {
                Iterator<SequenceEnrollment> rows = export.iterator();
                for (int i = 0; i < 5; i++) {
                    read.add(rows.next().id());
                }
                fiveRead.countDown();
                // Blocks: the server stalls after five rows.
                while (rows.hasNext()) {
                    read.add(rows.next().id());
                }
            } catch (Throwable t) {
                readerFailure.set(t);
            }
        });
        reader.start();
        assertThat(fiveRead.await(10, TimeUnit.SECONDS)).isTrue();
        export.close();
        reader.join(TimeUnit.SECONDS.toMillis(10));
        released.countDown();
        assertThat(reader.isAlive()).as("the reader was unblocked").isFalse();
        assertThat(readerFailure.get()).isNull();
        assertThat(read).isEqualTo(ids(0, 5));
        assertThat(export.rowsDelivered()).isEqualTo(5);
        export.close();
    }
}
