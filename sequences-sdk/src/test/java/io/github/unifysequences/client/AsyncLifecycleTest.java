package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unifysequences.core.AsyncPage;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.errors.NotFoundException;
import io.github.unifysequences.errors.UnifyException;
import io.github.unifysequences.errors.UnifyInterruptedException;
import io.github.unifysequences.errors.UnifyTimeoutException;
import io.github.unifysequences.models.PageParams;
import io.github.unifysequences.models.Sequence;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Async and lifecycle in a service (issue 13): the concurrency limit, cancellation of calls, pagers and
 * publishers, interrupts of blocking callers, the per-call deadline, per-call API keys and releasing threads.
 */
class AsyncLifecycleTest extends ClientTestBase {

    private void enqueueSlowSequence(long millis) {
        server.enqueue(new MockResponse.Builder()
                .body(example("retrieve_sequence.response"))
                .addHeader("Content-Type", "application/json")
                .headersDelay(millis, TimeUnit.MILLISECONDS)
                .build());
    }

    @Test
    void fortyConcurrentAsyncCallsWithDefaultSettingsTakeLessThanTwiceOneCall() {
        // A first round opens the connections and starts the threads, so the measured round sees the limit alone.
        fortyConcurrentCalls();
        enqueueSlowSequence(300);
        long start = System.nanoTime();
        client.async().sequences().retrieve(SEQUENCE_ID).join();
        Duration one = Duration.ofNanos(System.nanoTime() - start);
        // OkHttp's default of 5 per host would need 8 rounds of 300 ms; the loose bound tolerates a noisy machine.
        assertThat(fortyConcurrentCalls()).isLessThan(one.multipliedBy(2));
    }

    private Duration fortyConcurrentCalls() {
        for (int i = 0; i < 40; i++) {
            enqueueSlowSequence(300);
        }
        long start = System.nanoTime();
        List<CompletableFuture<Sequence>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            calls.add(client.async().sequences().retrieve(SEQUENCE_ID));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Test
    void cancellingAnAsyncCallsFutureCancelsTheRequestInFlight() {
        AtomicReference<Call> cancelled = new AtomicReference<>();
        OkHttpClient listening = new OkHttpClient.Builder()
                .eventListener(new EventListener() {
                    @Override
                    public void canceled(Call call) {
                        cancelled.set(call);
                    }
                })
                .build();
        try (UnifySequencesClientAsync async =
                builder().okHttpClient(listening).maxConcurrentRequests(8).buildAsync()) {
            enqueueSlowSequence(10_000);
            // thenApply derives a new future, as callers' chains do: cancelling it must reach the call too.
            CompletableFuture<String> name =
                    async.sequences().retrieve(SEQUENCE_ID).thenApply(Sequence::name);
            take();
            assertThat(name.cancel(true)).isTrue();
            assertThat(cancelled.get()).isNotNull();
            assertThat(cancelled.get().isCanceled()).isTrue();
        }
    }

    @Test
    void cancellingDuringABackoffSendsNothingMore() throws InterruptedException {
        CompletableFuture<Void> backoff = new CompletableFuture<>();
        CountDownLatch waiting = new CountDownLatch(1);
        try (UnifySequencesClientAsync async = builder()
                .sleeper((duration, isAsync) -> {
                    waiting.countDown();
                    return backoff;
                })
                .buildAsync()) {
            enqueueError(503, "error", "busy");
            CompletableFuture<?> call = async.enrollments().retrieve(ENROLLMENT_ID);
            assertThat(waiting.await(5, TimeUnit.SECONDS)).isTrue();
            call.cancel(true);
            // Cancelled on the thread that was about to wait, if the cancel came just before the wait was recorded.
            assertThatThrownBy(() -> backoff.get(5, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void cancellingTheAutoPagersForEachStopsWithinTheRequestInFlight() {
        enqueue(200, PaginationTest.sequencesPage("c2", "a", "b"));
        server.enqueue(new MockResponse.Builder()
                .body(PaginationTest.sequencesPage("c3", "c"))
                .headersDelay(10, TimeUnit.SECONDS)
                .build());
        List<String> seen = new ArrayList<>();
        AsyncPage<Sequence> first = client.async().sequences().list().join();
        CompletableFuture<Void> all = first.autoPager().forEach(s -> seen.add(s.name()));
        take();
        take();
        assertThat(all.cancel(true)).isTrue();
        // The next request on this client is ours, not a third page (whose response would be this one).
        enqueueExample("retrieve_sequence.response");
        client.sequences().retrieve(SEQUENCE_ID);
        assertThat(take().getTarget()).endsWith("/sequences/" + SEQUENCE_ID);
        assertThat(seen).containsExactly("a", "b");
    }

    @Test
    void thePublisherHonoursDemandAndCancellation() throws InterruptedException {
        enqueue(200, PaginationTest.sequencesPage("c2", "a", "b"));
        enqueue(200, PaginationTest.sequencesPage("c3", "c"));
        AsyncPage<Sequence> first = client.async().sequences().list().join();
        List<String> seen = new ArrayList<>();
        AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
        AtomicBoolean finished = new AtomicBoolean();
        CountDownLatch third = new CountDownLatch(1);
        first.autoPager().publisher().subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription.set(s);
            }

            @Override
            public void onNext(Sequence item) {
                seen.add(item.name());
                if (seen.size() == 3) {
                    third.countDown();
                }
            }

            @Override
            public void onError(Throwable error) {
                finished.set(true);
            }

            @Override
            public void onComplete() {
                finished.set(true);
            }
        });
        assertThat(seen).isEmpty();
        subscription.get().request(1);
        assertThat(seen).containsExactly("a");
        subscription.get().request(1);
        assertThat(seen).containsExactly("a", "b");
        assertThat(server.getRequestCount()).isEqualTo(1);
        subscription.get().request(1);
        assertThat(third.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsExactly("a", "b", "c");
        subscription.get().cancel();
        subscription.get().request(5);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(finished).isFalse();
    }

    @Test
    void thePublisherEndsWithOnErrorWhenAPageFails() throws InterruptedException {
        enqueue(200, PaginationTest.sequencesPage("c2", "a"));
        enqueueError(404, "not_found", "cursor expired");
        AsyncPage<Sequence> failing = client.async()
                .sequences()
                .list(
                        PageParams.builder().build(),
                        RequestOptions.builder().maxRetries(0).build())
                .join();
        AtomicReference<Throwable> error = new AtomicReference<>();
        CountDownLatch ended = new CountDownLatch(1);
        failing.autoPager()
                .publisher(Executors.newSingleThreadExecutor(r -> {
                    Thread thread = new Thread(r, "subscriber");
                    thread.setDaemon(true);
                    return thread;
                }))
                .subscribe(new Flow.Subscriber<>() {
                    @Override
                    public void onSubscribe(Flow.Subscription s) {
                        s.request(Long.MAX_VALUE);
                    }

                    @Override
                    public void onNext(Sequence item) {}

                    @Override
                    public void onError(Throwable failure) {
                        error.set(failure);
                        ended.countDown();
                    }

                    @Override
                    public void onComplete() {
                        ended.countDown();
                    }
                });
        assertThat(ended.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(error.get()).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aBlockingCallOnAnInterruptedThreadSendsNothingAndKeepsTheFlag() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> client.sequences().retrieve(SEQUENCE_ID))
                    .isInstanceOf(UnifyInterruptedException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void interruptingACallerWaitingForTheNetworkCancelsTheCallAndKeepsTheFlag() throws Exception {
        enqueueSlowSequence(10_000);
        assertThat(interruptedWhileWaiting(client)).isEqualTo("UnifyInterruptedException, interrupted=true");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void interruptingACallerWaitingForTheNetworkOnTheCallersOwnOkHttpClientCancelsTheCall() throws Exception {
        enqueueSlowSequence(10_000);
        try (UnifySequencesClient onOwnClient =
                builder().okHttpClient(new OkHttpClient()).build()) {
            assertThat(interruptedWhileWaiting(onOwnClient)).isEqualTo("UnifyInterruptedException, interrupted=true");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aWriteInterruptedAfterItWasSentMayHaveBeenApplied() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .body("{}")
                .headersDelay(10, TimeUnit.SECONDS)
                .build());
        assertThat(interruptedWhileWaiting(() -> client.sequences().pause(SEQUENCE_ID)))
                .isEqualTo("UnifyInterruptedException, interrupted=true, outcome unknown");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aBlockingCallSendsItsAttemptsFromTheCallersThread() {
        enqueueError(503, "error", "busy");
        enqueueExample("retrieve_sequence.response");
        List<Thread> sentFrom = new ArrayList<>();
        OkHttpClient recording = new OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    sentFrom.add(Thread.currentThread());
                    return chain.proceed(chain.request());
                })
                .build();
        try (UnifySequencesClient blocking = builder().okHttpClient(recording).build()) {
            blocking.sequences().retrieve(SEQUENCE_ID);
        }
        // No hand-off to a dispatcher thread and back for either attempt (docs/PERFORMANCE.md, figure 1).
        assertThat(sentFrom).containsExactly(Thread.currentThread(), Thread.currentThread());
    }

    @Test
    void interruptingACallerWaitingForABackoffSendsNothingMore() throws Exception {
        enqueue(503, "{\"status\":\"error\",\"message\":\"busy\"}", "Retry-After", "30");
        try (UnifySequencesClient realSleeps = builder().sleeper(Sleeper.SYSTEM).build()) {
            assertThat(interruptedWhileWaiting(realSleeps)).isEqualTo("UnifyInterruptedException, interrupted=true");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    /** Runs a retrieve on a pool thread, interrupts it once the server has the request, and reports how it ended. */
    private String interruptedWhileWaiting(UnifySequencesClient blocking) throws Exception {
        return interruptedWhileWaiting(() -> blocking.sequences().retrieve(SEQUENCE_ID));
    }

    private String interruptedWhileWaiting(Runnable call) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> outcome = pool.submit(() -> {
                try {
                    call.run();
                    return "returned";
                } catch (RuntimeException e) {
                    return e.getClass().getSimpleName() + ", interrupted="
                            + Thread.currentThread().isInterrupted()
                            + (e instanceof UnifyException failure && failure.outcomeUnknown()
                                    ? ", outcome unknown"
                                    : "");
                }
            });
            take();
            pool.shutdownNow();
            return outcome.get(5, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theDeadlineBoundsTheWholeCallAndTheExceptionSaysSo() {
        enqueueError(503, "error", "busy");
        enqueueError(503, "error", "busy");
        RequestOptions deadline = RequestOptions.builder()
                .deadline(Duration.ofMillis(700))
                .maxRetries(5)
                .build();
        // The first backoff (0.375..0.5 s) fits, the second (0.75..1 s) would end after the deadline.
        assertThatThrownBy(() -> client.enrollments().retrieve(ENROLLMENT_ID, deadline))
                .isInstanceOf(UnifyTimeoutException.class)
                .hasMessageContaining("deadline of 700 ms")
                .hasMessageContaining("2 attempt(s)");
        assertThat(server.getRequestCount()).isEqualTo(2);

        enqueueSlowSequence(10_000);
        RequestOptions shortDeadline =
                RequestOptions.builder().deadline(Duration.ofMillis(300)).build();
        assertThatThrownBy(() -> client.sequences().retrieve(SEQUENCE_ID, shortDeadline))
                .isInstanceOf(UnifyTimeoutException.class)
                .hasMessageContaining("deadline of 300 ms passed during attempt 1");
    }

    @Test
    void theAttemptTimeoutIsNamedWithItsAttempt() {
        enqueueSlowSequence(10_000);
        RequestOptions attempt = RequestOptions.builder()
                .timeout(Duration.ofMillis(200))
                .maxRetries(0)
                .build();
        assertThatThrownBy(() -> client.sequences().retrieve(SEQUENCE_ID, attempt))
                .isInstanceOf(UnifyTimeoutException.class)
                .hasMessageContaining("attempt timeout of 200 ms")
                .hasMessageContaining("attempt 1");
    }

    @Test
    void aPerCallApiKeyIsSentInsteadOfTheClientsAndNeverShown() {
        String other = "sk_live_other_workspace_42";
        enqueueError(404, "not_found", "no sequence for key " + other);
        RequestOptions options = RequestOptions.builder().apiKey(other).build();
        assertThatThrownBy(() -> client.sequences().retrieve(SEQUENCE_ID, options))
                .isInstanceOf(NotFoundException.class)
                .satisfies(e -> assertThat(e.toString()).doesNotContain(other));
        assertThat(take().getHeaders().get("x-api-key")).isEqualTo(other);
        assertThat(options.toString()).doesNotContain(other);
        assertThatThrownBy(() -> RequestOptions.builder().apiKey("has space " + other))
                .isInstanceOf(IllegalArgumentException.class)
                .message()
                .doesNotContain(other);
    }

    @Test
    void closeCancelsCallsInFlightAndEndsTheSdksThreadsAtOnce() throws InterruptedException {
        UnifySequencesClientAsync async = builder().buildAsync();
        for (int i = 0; i < 4; i++) {
            enqueueSlowSequence(10_000);
        }
        List<CompletableFuture<Sequence>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(async.sequences().retrieve(SEQUENCE_ID));
        }
        for (int i = 0; i < 4; i++) {
            take();
        }
        assertThat(sdkThreads()).isNotEmpty();
        async.close();
        for (Thread thread : sdkThreads()) {
            thread.join(5_000);
        }
        assertThat(sdkThreads()).isEmpty();
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
                .handle((ok, failed) -> null)
                .join();
        assertThat(calls).allSatisfy(call -> assertThat(call).isCompletedExceptionally());
        // The cancelled calls are not retried (retrieve is idempotent and would be, after any other failure).
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThatThrownBy(() -> async.sequences().retrieve(SEQUENCE_ID)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyThreadTheSdkStartsIsADaemon() {
        enqueueExample("retrieve_sequence.response");
        client.async().sequences().retrieve(SEQUENCE_ID).join();
        assertThat(sdkThreads())
                .isNotEmpty()
                .allSatisfy(thread -> assertThat(thread.isDaemon()).isTrue());
    }

    @Test
    void asyncMethodsRefuseInvalidArgumentsOnTheCallersThread() {
        assertThatThrownBy(() -> client.async().sequences().retrieve("not-a-uuid"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sequenceId");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aCancelledCallFutureReportsCancellation() {
        enqueueSlowSequence(10_000);
        CompletableFuture<Sequence> call = client.async().sequences().retrieve(SEQUENCE_ID);
        take();
        call.cancel(false);
        assertThatThrownBy(call::join).isInstanceOf(CancellationException.class);
    }

    /**
     * Threads of SDK dispatchers in this JVM. OkHttp renames a dispatcher thread to "OkHttp " + the URL while it runs
     * a call, so those count too; the tests of this class run one at a time against their own server.
     */
    private List<Thread> sdkThreads() {
        String running = "OkHttp " + server.url("/").toString().replaceAll("/$", "");
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive()
                        && (t.getName().startsWith(UnifySequencesClientBuilder.THREAD_NAME_PREFIX)
                                || t.getName().startsWith(running)))
                .toList();
    }
}
