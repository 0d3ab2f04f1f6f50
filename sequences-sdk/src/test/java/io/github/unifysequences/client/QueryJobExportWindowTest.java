package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.unifysequences.core.ExportOptions;
import io.github.unifysequences.core.QueryJobExport;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.errors.InternalServerException;
import io.github.unifysequences.errors.UnifyInterruptedException;
import io.github.unifysequences.errors.UnifyIoException;
import io.github.unifysequences.models.SequenceEnrollment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The export's window of result pages requested at once ({@code ExportOptions.concurrency}), over real HTTP: rows
 * in order and exactly once whatever order the pages complete in, never more pages requested than the window holds,
 * a failure surfaced at its page after every row before it, and every request cancelled on close or interrupt.
 */
class QueryJobExportWindowTest extends ClientTestBase {
    private static final String JOB_ID = FakeBulkApi.JOB_ID;

    private void serve(FakeBulkApi api) {
        server.setDispatcher(api);
    }

    private QueryJobExport<SequenceEnrollment> export(ExportOptions.Builder options) {
        return client.enrollments().queryJobs().exportJob(JOB_ID, options.build());
    }

    private static List<String> ids(long from, long to) {
        return LongStream.range(from, to).mapToObj(Long::toString).toList();
    }

    private static List<Integer> pages(FakeBulkApi api) {
        return api.resultRequests.stream()
                .map(r -> Integer.parseInt(r.getUrl().queryParameter("page")))
                .toList();
    }

    @Test
    void rowsArriveInOrderExactlyOnceWhenALaterPageCompletesFirst() {
        FakeBulkApi api = new FakeBulkApi(800, "FINISHED");
        CountDownLatch page4Written = new CountDownLatch(1);
        AtomicBoolean page1WaitedForPage4 = new AtomicBoolean();
        api.written.put(4, page4Written);
        api.afterLine.put(1, new FakeBulkApi.LineHook(1, () -> {
            try {
                page1WaitedForPage4.set(page4Written.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        serve(api);
        List<String> received = new ArrayList<>();
        try (QueryJobExport<SequenceEnrollment> export =
                export(ExportOptions.builder().pageSize(100))) {
            export.forEach(row -> received.add(row.id()));
        }
        assertThat(page1WaitedForPage4)
                .as("page 4 was written in full while page 1 was held back")
                .isTrue();
        assertThat(received).isEqualTo(ids(0, 800));
        assertThat(pages(api)).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
    }

    /**
     * Page {@code p} may be requested only once every row of page {@code p - concurrency} was handed out: at most
     * {@code concurrency} pages are requested and not yet delivered, so at most {@code concurrency × pageSize} rows
     * are held. Checked when each request reaches the server, against the rows the reader has taken.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void noMorePagesAreRequestedThanTheWindowHolds(int concurrency) {
        int pageSize = 50;
        FakeBulkApi api = new FakeBulkApi(1_000, "FINISHED");
        AtomicLong taken = new AtomicLong();
        Map<Integer, Long> takenWhenRequested = new ConcurrentHashMap<>();
        api.onResultRequest = page -> takenWhenRequested.put(page, taken.get());
        serve(api);
        try (QueryJobExport<SequenceEnrollment> export =
                export(ExportOptions.builder().pageSize(pageSize).concurrency(concurrency))) {
            for (SequenceEnrollment row : export) {
                assertThat(row.id()).isEqualTo(Long.toString(taken.getAndIncrement()));
            }
        }
        assertThat(taken.get()).isEqualTo(1_000);
        assertThat(takenWhenRequested).hasSize(20);
        takenWhenRequested.forEach((page, rows) -> assertThat(rows)
                .as("rows taken when page %d was requested", page)
                .isGreaterThanOrEqualTo((long) Math.max(0, page - concurrency) * pageSize));
    }

    @Test
    void aPageThatFailsAfterTheRetriesFailsTheExportAtThatPageAfterEveryEarlierRow() {
        FakeBulkApi api = new FakeBulkApi(1_000, "FINISHED");
        api.answerAlways.put(
                3,
                new MockResponse.Builder()
                        .code(500)
                        .addHeader("Content-Type", "application/json")
                        .body("{\"status\":\"error\",\"message\":\"boom\"}")
                        .build());
        serve(api);
        List<String> received = new ArrayList<>();
        QueryJobExport<SequenceEnrollment> export = export(ExportOptions.builder()
                .pageSize(100)
                .requestOptions(RequestOptions.builder().maxRetries(2).build()));
        Iterator<SequenceEnrollment> rows = export.iterator();
        InternalServerException e = catchThrowableOfType(
                InternalServerException.class, () -> rows.forEachRemaining(row -> received.add(row.id())));

        assertThat(e.statusCode()).isEqualTo(500);
        assertThat(received).isEqualTo(ids(0, 200));
        assertThat(export.rowsDelivered()).isEqualTo(200);
        List<RecordedRequest> page3 = api.resultRequests.stream()
                .filter(r -> "3".equals(r.getUrl().queryParameter("page")))
                .toList();
        assertThat(page3)
                .extracting(r -> r.getHeaders().get("x-unify-sdk-attempt"))
                .containsExactly("1", "2", "3");
        // Pages 5 and 6 may have been requested while page 3 was still being retried, never a page after them.
        assertThat(pages(api)).allMatch(page -> page <= 6);
        assertThat(rows.hasNext()).as("the failure closed the export").isFalse();
    }

    @Test
    void aPageThatBreaksOffIsRetriedByThePipelineUnderTheCallsPolicy() {
        FakeBulkApi api = new FakeBulkApi(400, "FINISHED");
        api.dropAfter.put(2, 30);
        serve(api);
        List<String> received = new ArrayList<>();
        QueryJobExport<SequenceEnrollment> export = export(ExportOptions.builder()
                .pageSize(100)
                .requestOptions(RequestOptions.builder().maxRetries(0).build()));
        UnifyIoException e =
                catchThrowableOfType(UnifyIoException.class, () -> export.forEach(row -> received.add(row.id())));

        assertThat(e).hasMessageContaining("page 2 (page_size 100)").hasMessageContaining("130 rows were delivered");
        assertThat(received)
                .as("the rows read before the break are delivered, in order")
                .isEqualTo(ids(0, 130));
        assertThat(sleeps).isEmpty();
    }

    @Test
    void aPageRateLimitedWaitsItsRetryAfterInThePipeline() {
        FakeBulkApi api = new FakeBulkApi(300, "FINISHED");
        api.answerInstead.put(
                2,
                new MockResponse.Builder()
                        .code(429)
                        .addHeader("Retry-After", "3")
                        .addHeader("Content-Type", "application/json")
                        .body("{\"status\":\"rate_limited\",\"message\":\"slow down\"}")
                        .build());
        serve(api);
        try (QueryJobExport<SequenceEnrollment> export =
                export(ExportOptions.builder().pageSize(100))) {
            assertThat(export.stream().map(SequenceEnrollment::id).toList()).isEqualTo(ids(0, 300));
        }
        assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
        assertThat(api.resultRequests.stream().filter(r -> "2".equals(r.getUrl().queryParameter("page"))))
                .extracting(r -> r.getHeaders().get("x-unify-sdk-attempt"))
                .containsExactly("1", "2");
    }

    @Test
    void closingMidWindowCancelsEveryPageInFlight() throws InterruptedException {
        FakeBulkApi api = new FakeBulkApi(40_000, "FINISHED");
        CountDownLatch released = new CountDownLatch(1);
        CountDownLatch stalled = stallAfterTenRows(api, 2, 4, released);
        serve(api);
        QueryJobExport<SequenceEnrollment> export =
                export(ExportOptions.builder().pageSize(10_000));
        Iterator<SequenceEnrollment> rows = export.iterator();
        assertThat(rows.next().id()).isEqualTo("0");
        assertThat(stalled.await(10, TimeUnit.SECONDS))
                .as("pages 2-4 are being written")
                .isTrue();
        export.close();
        released.countDown();
        assertThat(api.failedWrites.tryAcquire(3, 10, TimeUnit.SECONDS))
                .as("the three stalled pages found the client gone")
                .isTrue();
        assertThat(rows.hasNext()).isFalse();
        assertThat(pages(api)).containsExactlyInAnyOrder(1, 2, 3, 4);
    }

    /**
     * Pages {@code first} to {@code last} each hold back all but their first ten rows until {@code released}.
     *
     * @return counted down as each page has flushed its ten rows
     */
    private static CountDownLatch stallAfterTenRows(FakeBulkApi api, int first, int last, CountDownLatch released) {
        CountDownLatch stalled = new CountDownLatch(last - first + 1);
        FakeBulkApi.LineHook stall = FakeBulkApi.LineHook.stallUntil(10, released);
        for (int page = first; page <= last; page++) {
            api.afterLine.put(page, new FakeBulkApi.LineHook(10, () -> {
                stalled.countDown();
                stall.action().run();
            }));
        }
        return stalled;
    }

    @Test
    void interruptingAReaderWaitingOnThePageWindowCancelsItsRequests() throws Exception {
        FakeBulkApi api = new FakeBulkApi(40_000, "FINISHED");
        CountDownLatch released = new CountDownLatch(1);
        CountDownLatch stalled = stallAfterTenRows(api, 1, 4, released);
        serve(api);
        QueryJobExport<SequenceEnrollment> export =
                export(ExportOptions.builder().pageSize(10_000));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<String> read = new ArrayList<>();
        CountDownLatch tenRead = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try {
                for (SequenceEnrollment row : export) {
                    read.add(row.id());
                    if (read.size() == 10) {
                        tenRead.countDown();
                    }
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        reader.start();
        assertThat(tenRead.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(stalled.await(10, TimeUnit.SECONDS))
                .as("every page is being written")
                .isTrue();
        reader.interrupt();
        reader.join(TimeUnit.SECONDS.toMillis(10));
        released.countDown();
        assertThat(reader.isAlive()).isFalse();
        assertThat(failure.get()).isInstanceOf(UnifyInterruptedException.class);
        assertThat(read).isEqualTo(ids(0, 10));
        assertThat(api.failedWrites.tryAcquire(4, 10, TimeUnit.SECONDS))
                .as("every page's request was cancelled")
                .isTrue();
    }

    @Test
    void theAsyncExportReadsItsPagesThroughTheSameWindow() {
        FakeBulkApi api = new FakeBulkApi(1_234, "IN_PROGRESS", "FINISHED");
        serve(api);
        CompletableFuture<QueryJobExport<SequenceEnrollment>> future = client.async()
                .enrollments()
                .queryJobs()
                .exportJob(
                        JOB_ID,
                        ExportOptions.builder().pageSize(100).concurrency(3).build());
        try (QueryJobExport<SequenceEnrollment> export = future.join()) {
            assertThat(export.stream().map(SequenceEnrollment::id).toList()).isEqualTo(ids(0, 1_234));
        }
        assertThat(pages(api)).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    }
}
