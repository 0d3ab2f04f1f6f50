package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.unifysequences.core.ExportOptions;
import io.github.unifysequences.core.QueryJobExport;
import io.github.unifysequences.errors.QueryJobFailedException;
import io.github.unifysequences.errors.ResultsExpiredException;
import io.github.unifysequences.errors.UnifyTimeoutException;
import io.github.unifysequences.models.EnrollmentQueryParams;
import io.github.unifysequences.models.QueryJobStatus;
import io.github.unifysequences.models.SequenceEnrollment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The one-call export against a real HTTP server: polling on a fake clock, NDJSON pages read as they arrive, and
 * failures in the middle of a page resumed without losing or repeating a row.
 */
class QueryJobExportTest extends ClientTestBase {
    private static final String JOB_ID = FakeBulkApi.JOB_ID;

    private final FakeTime time = new FakeTime();
    private final List<long[]> progress = new ArrayList<>();
    private Consumer<Duration> onSleep = d -> {};

    private void serve(FakeBulkApi api) {
        server.setDispatcher(api);
        client.close();
        client = builder()
                .clock(time)
                .sleeper((duration, async) -> {
                    sleeps.add(duration);
                    time.advance(duration);
                    onSleep.accept(duration);
                    return CompletableFuture.completedFuture(null);
                })
                .build();
    }

    private ExportOptions.Builder options() {
        return ExportOptions.builder().progress((done, total) -> progress.add(new long[] {done, total}));
    }

    private static List<String> ids(QueryJobExport<SequenceEnrollment> export) {
        try (export) {
            return export.stream().map(SequenceEnrollment::id).toList();
        }
    }

    private static List<String> expectedIds(long total) {
        return LongStream.range(0, total).mapToObj(Long::toString).toList();
    }

    @Test
    void streamsEveryRowOfManyPagesInOrderWithProgress() {
        FakeBulkApi api = new FakeBulkApi(25_500, "FINISHED");
        serve(api);
        QueryJobExport<SequenceEnrollment> export = client.enrollments()
                .queryJobs()
                .export(
                        EnrollmentQueryParams.builder().isReplied(true).build(),
                        options().pageSize(1_000).build());
        assertThat(export.jobId()).isEqualTo(JOB_ID);

        assertThat(ids(export)).isEqualTo(expectedIds(25_500));
        assertThat(export.rowsDelivered()).isEqualTo(25_500);
        assertThat(api.resultRequests).hasSize(26);
        // Up to four pages are requested at once, so they may reach the server in any order.
        List<RecordedRequest> byPage = api.resultRequests.stream()
                .sorted(Comparator.comparing(r -> Integer.parseInt(r.getUrl().queryParameter("page"))))
                .toList();
        for (int page = 1; page <= 26; page++) {
            RecordedRequest request = byPage.get(page - 1);
            assertThat(request.getTarget())
                    .isEqualTo("/sequences/v1/enrollments/query-jobs/" + JOB_ID + "/results?page=" + page
                            + "&page_size=1000");
            assertThat(request.getHeaders().get("Accept")).isEqualTo("application/x-ndjson");
        }
        assertThat(progress).hasSize(27);
        assertThat(progress.get(0)).containsExactly(0, 25_500);
        assertThat(progress.get(1)).containsExactly(1_000, 25_500);
        assertThat(progress.get(26)).containsExactly(25_500, 25_500);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void rowsArriveBeforeTheirPageIsComplete() throws InterruptedException {
        FakeBulkApi api = new FakeBulkApi(10_000, "FINISHED");
        CountDownLatch clientHasRow100 = new CountDownLatch(1);
        AtomicBoolean seenWhileServerWaited = new AtomicBoolean();
        api.afterLine.put(1, new FakeBulkApi.LineHook(100, () -> {
            try {
                seenWhileServerWaited.set(clientHasRow100.await(5, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        serve(api);
        try (QueryJobExport<SequenceEnrollment> export =
                client.enrollments().queryJobs().exportJob(JOB_ID)) {
            long count = 0;
            for (SequenceEnrollment row : export) {
                if (row.id().equals("99")) {
                    clientHasRow100.countDown();
                }
                count++;
            }
            assertThat(count).isEqualTo(10_000);
        }
        assertThat(seenWhileServerWaited)
                .as("row 100 reached the caller while the server held back the rest of the page")
                .isTrue();
    }

    @Test
    void pollsWithDoublingIntervalsUpToTheCap() {
        FakeBulkApi api = new FakeBulkApi(
                3,
                "IN_PROGRESS",
                "IN_PROGRESS",
                "IN_PROGRESS",
                "IN_PROGRESS",
                "IN_PROGRESS",
                "IN_PROGRESS",
                "FINISHED");
        serve(api);
        QueryJobExport<SequenceEnrollment> export = client.enrollments()
                .queryJobs()
                .export(
                        EnrollmentQueryParams.all(),
                        options()
                                .pollInterval(Duration.ofSeconds(1), Duration.ofSeconds(5))
                                .build());
        assertThat(server.getRequestCount())
                .as("creating the job does not wait for it")
                .isEqualTo(1);

        assertThat(ids(export)).containsExactly("0", "1", "2");
        assertThat(sleeps)
                .containsExactly(
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(4),
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(5));
        assertThat(api.polls()).isEqualTo(7);
    }

    @Test
    void waitingStopsAtTheTimeoutWithoutOversleeping() {
        FakeBulkApi api = new FakeBulkApi(3, "IN_PROGRESS");
        serve(api);
        QueryJobExport<SequenceEnrollment> export = client.enrollments()
                .queryJobs()
                .exportJob(
                        JOB_ID,
                        options()
                                .pollInterval(Duration.ofSeconds(1), Duration.ofSeconds(4))
                                .waitTimeout(Duration.ofSeconds(10))
                                .build());

        UnifyTimeoutException e = catchThrowableOfType(
                UnifyTimeoutException.class, () -> export.iterator().hasNext());
        assertThat(e).hasMessageContaining(JOB_ID).hasMessageContaining("IN_PROGRESS");
        assertThat(sleeps)
                .containsExactly(
                        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(3));
        assertThat(api.polls()).isEqualTo(5);
        assertThat(api.resultRequests).isEmpty();
    }

    @Test
    void closingTheExportCancelsTheWait() {
        FakeBulkApi api = new FakeBulkApi(3, "IN_PROGRESS");
        serve(api);
        QueryJobExport<SequenceEnrollment> export =
                client.enrollments().queryJobs().exportJob(JOB_ID);
        onSleep = d -> {
            if (sleeps.size() == 3) {
                export.close();
            }
        };
        assertThatThrownBy(() -> export.iterator().hasNext())
                .isInstanceOf(CancellationException.class)
                .hasMessageContaining(JOB_ID);
        assertThat(api.polls()).isEqualTo(3);
        assertThat(api.resultRequests).isEmpty();
    }

    @Test
    void aJobThatFailsWhileWaitedForIsATypedFailure() {
        FakeBulkApi api = new FakeBulkApi(3, "IN_PROGRESS", "FAILED");
        serve(api);
        QueryJobFailedException e = catchThrowableOfType(
                QueryJobFailedException.class,
                () -> ids(client.enrollments().queryJobs().exportJob(JOB_ID)));
        assertThat(e.status()).isEqualTo(QueryJobStatus.FAILED);
        assertThat(e.rowsDelivered()).isZero();
        assertThat(e).hasMessageContaining("QUERY_TIMEOUT");
    }

    @Test
    void aConnectionDroppedMidPageResumesAfterTheRowsAlreadyDelivered() {
        FakeBulkApi api = new FakeBulkApi(5_000, "FINISHED");
        api.dropAfter.put(3, 250);
        serve(api);
        List<String> ids = ids(client.enrollments()
                .queryJobs()
                .exportJob(JOB_ID, options().pageSize(1_000).build()));

        assertThat(ids).isEqualTo(expectedIds(5_000));
        assertThat(api.resultRequests)
                .extracting(r -> r.getUrl().queryParameter("page"))
                .containsExactlyInAnyOrder("1", "2", "3", "3", "4", "5");
        assertThat(sleeps).hasSize(1);
        assertThat(progress).extracting(p -> p[0]).containsExactly(0L, 1_000L, 2_000L, 3_000L, 4_000L, 5_000L);
    }

    @Test
    void aPageThatEndsShortIsFetchedAgain() {
        FakeBulkApi api = new FakeBulkApi(2_500, "FINISHED");
        api.endEarlyAfter.put(2, 10);
        serve(api);
        assertThat(ids(client.enrollments()
                        .queryJobs()
                        .exportJob(JOB_ID, options().pageSize(1_000).build())))
                .isEqualTo(expectedIds(2_500));
        assertThat(api.resultRequests)
                .extracting(r -> r.getUrl().queryParameter("page"))
                .containsExactlyInAnyOrder("1", "2", "2", "3");
    }

    @Test
    void aServerErrorOnAPageIsRetriedByThePipeline() {
        FakeBulkApi api = new FakeBulkApi(2_000, "FINISHED");
        api.answerInstead.put(
                2,
                new MockResponse.Builder()
                        .code(503)
                        .body("{\"status\":\"error\",\"message\":\"busy\"}")
                        .build());
        serve(api);
        assertThat(ids(client.enrollments()
                        .queryJobs()
                        .exportJob(JOB_ID, options().pageSize(1_000).build())))
                .isEqualTo(expectedIds(2_000));
        assertThat(api.resultRequests.get(2).getHeaders().get("x-unify-sdk-attempt"))
                .isEqualTo("2");
    }

    @Test
    void aJobThatExpiresMidExportSaysHowManyRowsWereDelivered() {
        FakeBulkApi api = new FakeBulkApi(5_000, "FINISHED");
        api.answerInstead.put(
                3,
                new MockResponse.Builder()
                        .code(410)
                        .body("{\"status\":\"results_expired\",\"message\":\"Job results expired\"}")
                        .build());
        serve(api);
        List<String> received = new ArrayList<>();
        QueryJobFailedException e = catchThrowableOfType(QueryJobFailedException.class, () -> {
            try (QueryJobExport<SequenceEnrollment> export = client.enrollments()
                    .queryJobs()
                    .exportJob(JOB_ID, options().pageSize(1_000).build())) {
                export.forEach(row -> received.add(row.id()));
            }
        });
        assertThat(e.status()).isEqualTo(QueryJobStatus.EXPIRED);
        assertThat(e.rowsDelivered()).isEqualTo(2_000);
        assertThat(e)
                .hasMessageContaining("2000 rows were delivered")
                .hasCauseInstanceOf(ResultsExpiredException.class);
        assertThat(received).isEqualTo(expectedIds(2_000));
    }

    @Test
    void closingTheStreamReleasesTheOpenPage() throws InterruptedException {
        FakeBulkApi api = new FakeBulkApi(10_000, "FINISHED");
        CountDownLatch closed = new CountDownLatch(1);
        api.afterLine.put(1, FakeBulkApi.LineHook.stallUntil(1_000, closed));
        serve(api);
        QueryJobExport<SequenceEnrollment> export =
                client.enrollments().queryJobs().exportJob(JOB_ID);
        try (var stream = export.stream()) {
            assertThat(stream.limit(5).map(SequenceEnrollment::id).toList()).containsExactly("0", "1", "2", "3", "4");
        }
        closed.countDown();
        assertThat(export.rowsDelivered()).isEqualTo(5);
        for (int i = 0; i < 50 && api.writeFailures.isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertThat(api.writeFailures)
                .as("the server's writes fail once the client has hung up mid-page")
                .isNotEmpty();
    }

    @Test
    void anExportIsReadOnce() {
        serve(new FakeBulkApi(1, "FINISHED"));
        QueryJobExport<SequenceEnrollment> export =
                client.enrollments().queryJobs().exportJob(JOB_ID);
        assertThat(export.iterator().next().id()).isEqualTo("0");
        assertThatThrownBy(export::iterator)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(JOB_ID);
        export.close();
    }

    @Test
    void anEmptyJobSendsNoResultsRequest() {
        FakeBulkApi api = new FakeBulkApi(0, "FINISHED");
        serve(api);
        assertThat(ids(client.enrollments()
                        .queryJobs()
                        .exportJob(JOB_ID, options().build())))
                .isEmpty();
        assertThat(api.resultRequests).isEmpty();
        assertThat(progress).hasSize(1);
    }

    /** A clock the fake sleeper moves forward, so waits take no real time. */
    static final class FakeTime extends Clock {
        private Instant now = Instant.parse("2023-11-07T05:31:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void theAsyncExportWaitsForTheJobOnTheSchedulerAndHandsOverItsRows() {
        FakeBulkApi api = new FakeBulkApi(2_500, "IN_PROGRESS", "FINISHED");
        List<Boolean> asyncWaits = new ArrayList<>();
        serve(api);
        client.close();
        client = builder()
                .clock(time)
                .sleeper((duration, async) -> {
                    asyncWaits.add(async);
                    time.advance(duration);
                    return CompletableFuture.completedFuture(null);
                })
                .build();
        QueryJobExport<SequenceEnrollment> export = client.async()
                .enrollments()
                .queryJobs()
                .export(EnrollmentQueryParams.all(), options().pageSize(1_000).build())
                .join();
        assertThat(asyncWaits).containsExactly(true, true);
        assertThat(api.polls()).isEqualTo(2);
        assertThat(ids(export)).isEqualTo(expectedIds(2_500));
    }

    @Test
    void cancellingTheAsyncExportStopsTheWaitAndPollsNoMore() throws InterruptedException {
        FakeBulkApi api = new FakeBulkApi(3, "IN_PROGRESS");
        serve(api);
        CompletableFuture<Void> pending = new CompletableFuture<>();
        CountDownLatch waiting = new CountDownLatch(1);
        client.close();
        client = builder()
                .clock(time)
                .sleeper((duration, async) -> {
                    waiting.countDown();
                    return pending;
                })
                .build();
        CompletableFuture<QueryJobExport<SequenceEnrollment>> export = client.async()
                .enrollments()
                .queryJobs()
                .exportJob(JOB_ID, options().build());
        assertThat(waiting.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(export.cancel(true)).isTrue();
        // Cancelled on the thread that was about to wait, if the cancel came just before the wait was recorded.
        assertThatThrownBy(() -> pending.get(5, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        assertThat(api.polls()).isEqualTo(1);
    }

    @Test
    void cancelJobClosesTheExportAndCancelsTheJobOnTheServer() {
        FakeBulkApi api = new FakeBulkApi(3, "IN_PROGRESS");
        serve(api);
        QueryJobExport<SequenceEnrollment> export =
                client.enrollments().queryJobs().exportJob(JOB_ID);
        export.cancelJob();
        RecordedRequest cancel = take();
        assertThat(cancel.getMethod() + " " + cancel.getTarget())
                .isEqualTo("POST /sequences/v1/enrollments/query-jobs/" + JOB_ID + "/cancel");
        assertThat(export.iterator().hasNext()).isFalse();
    }
}
