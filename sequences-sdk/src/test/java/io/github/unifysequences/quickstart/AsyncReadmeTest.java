package io.github.unifysequences.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.client.UnifySequencesClientAsync;
import io.github.unifysequences.core.ExportOptions;
import io.github.unifysequences.core.QueryJobExport;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.errors.UnifyInterruptedException;
import io.github.unifysequences.models.EnrollmentQueryParams;
import io.github.unifysequences.models.Sequence;
import io.github.unifysequences.models.SequenceEnrollment;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * The README's async section: every sample below is compiled here, the README must show it unchanged, and the
 * configuration and cancellation samples run against a local server.
 */
class AsyncReadmeTest {

    @Test
    void theReadmeShowsEverySampleAsItIsCompiledHere() throws IOException {
        assertThat(ReadmeSamples.checkShown(AsyncReadmeTest.class))
                .containsExactly("configure", "cancel", "publisher", "interrupt", "deadline", "apikey", "export",
                        "close");
    }

    @Test
    void theConfigurationAndCancellationSamplesRun() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                    .body("{\"sequences\":[],\"next_cursor\":\"c2\"}").build());
            ExecutorService executor = Executors.newSingleThreadExecutor();
            try (UnifySequencesClientAsync client = configure("sk_test_readme", executor, server.url("/sequences/v1").toString())) {
                CompletableFuture<Void> all = cancel(client);
                assertThat(all).isCancelled();
            } finally {
                executor.shutdown();
            }
        }
    }

    private static UnifySequencesClientAsync configure(String key, ExecutorService executor, String baseUrl) {
        // readme:configure:begin
        UnifySequencesClientAsync client = UnifySequencesClient.builder()
                .apiKey(key)
                .baseUrl(baseUrl)
                .maxConcurrentRequests(512)            // async calls in flight at once; default 512
                .rateLimit()                           // stay inside 100,000 requests per 5 minutes
                .callbackExecutor(executor)            // where futures complete; default: the SDK's HTTP threads
                .deadline(Duration.ofSeconds(30))      // bound on a whole call, retries and backoff included
                .buildAsync();
        // readme:configure:end
        return client;
    }

    private static CompletableFuture<Void> cancel(UnifySequencesClientAsync client) {
        // readme:cancel:begin
        CompletableFuture<Void> all = client.sequences().list()
                .thenCompose(page -> page.autoPager().forEach(s -> System.out.println(s.name())));
        all.cancel(true);   // the request in flight is cancelled and no further page is requested
        // readme:cancel:end
        return all;
    }

    private static void publisher(UnifySequencesClientAsync client, ExecutorService executor, Flow.Subscriber<Sequence> subscriber) {
        // readme:publisher:begin
        client.sequences().list()
                .thenAccept(page -> page.autoPager().publisher(executor).subscribe(subscriber));
        // subscriber.onSubscribe(s): s.request(1) delivers one item; a page is fetched only when more are requested
        // readme:publisher:end
    }

    private static void interrupt(UnifySequencesClient blocking, ExecutorService pool, String sequenceId) {
        // readme:interrupt:begin
        Future<Sequence> task = pool.submit(() -> {
            try {
                return blocking.sequences().retrieve(sequenceId);
            } catch (UnifyInterruptedException e) {
                // the request was cancelled, nothing more was sent, and Thread.currentThread().isInterrupted() is true
                throw e;
            }
        });
        task.cancel(true);
        // readme:interrupt:end
    }

    private static Sequence deadline(UnifySequencesClient client, String sequenceId) {
        // readme:deadline:begin
        RequestOptions bounded = RequestOptions.builder()
                .timeout(Duration.ofSeconds(2))     // each attempt
                .deadline(Duration.ofSeconds(5))    // the whole call: attempts, backoff, rate-limiter wait
                .build();
        Sequence sequence = client.sequences().retrieve(sequenceId, bounded);
        // readme:deadline:end
        return sequence;
    }

    private static Sequence apiKey(UnifySequencesClient client, String sequenceId, String workspaceKey) {
        // readme:apikey:begin
        Sequence theirs = client.sequences().retrieve(sequenceId, RequestOptions.builder().apiKey(workspaceKey).build());
        // readme:apikey:end
        return theirs;
    }

    private static void export(UnifySequencesClientAsync client, ExecutorService executor, EnrollmentQueryParams params) {
        // readme:export:begin
        CompletableFuture<QueryJobExport<SequenceEnrollment>> job = client.enrollments().queryJobs()
                .export(params, ExportOptions.defaults());            // no thread waits while the job runs
        job.thenAcceptAsync(rows -> {
            try (rows) {
                rows.forEach(row -> System.out.println(row.id()));    // pulled: up to 4 pages requested ahead
            }
        }, executor);
        // readme:export:end
    }

    private static void close(UnifySequencesClientAsync client) {
        // readme:close:begin
        client.close();   // cancels calls in flight, ends the SDK's threads now, closes idle connections
        // readme:close:end
    }
}
