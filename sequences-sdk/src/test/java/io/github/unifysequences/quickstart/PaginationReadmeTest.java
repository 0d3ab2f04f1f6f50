package io.github.unifysequences.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.core.AutoPager;
import io.github.unifysequences.core.ListPage;
import io.github.unifysequences.core.ResultsPage;
import io.github.unifysequences.models.Enrollment;
import io.github.unifysequences.models.EnrollmentListParams;
import io.github.unifysequences.models.EnrollmentQueryParams;
import io.github.unifysequences.models.EnrollmentStatus;
import io.github.unifysequences.models.ResultsPageParams;
import io.github.unifysequences.models.SequenceEnrollment;
import io.github.unifysequences.services.QueryJobService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The README's pagination samples: each is compiled here, the README must show it unchanged, and they run against a
 * local server that answers a list by its cursor.
 */
class PaginationReadmeTest {
    private static final String SEQUENCE_ID = "5d0f6a3e-2b7c-4f1e-9a58-3c6e1b2d4f70";

    @Test
    void theReadmeShowsEverySampleAsItIsCompiledHere() throws IOException {
        assertThat(ReadmeSamples.checkShown(PaginationReadmeTest.class))
                .containsExactly("nextpage", "resume", "results");
    }

    /** Two pages of enrollments (the first pointing at {@code c2}), and two pages of a job's results. */
    private static MockWebServer server() throws IOException {
        String enrollments = example("list_sequence_enrollments");
        String results = example("get_sequence_enrollment_query_job_results");
        MockWebServer server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String body;
                if (request.getUrl().encodedPath().endsWith("/results")) {
                    body = results.replaceFirst("\"total\": 1", "\"total\": 2")
                            .replaceFirst("\"page_size\": 1000", "\"page_size\": 1")
                            .replaceFirst("\"page\": 1", "\"page\": " + request.getUrl().queryParameter("page"));
                } else {
                    String next = request.getUrl().queryParameter("cursor") == null ? "\"c2\"" : "null";
                    body = enrollments.replaceFirst("\"next_cursor\": \"[^\"]*\"", "\"next_cursor\": " + next);
                }
                return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
            }
        });
        server.start();
        return server;
    }

    private static UnifySequencesClient client(MockWebServer server) {
        return UnifySequencesClient.builder().apiKey("sk_test_readme").baseUrl(server.url("/sequences/v1").toString())
                .build();
    }

    @Test
    void theSamplesRun() throws IOException, InterruptedException {
        try (MockWebServer server = server(); UnifySequencesClient client = client(server)) {
            assertThat(nextPage(client, SEQUENCE_ID).nextPageParams()).isEmpty();
            assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).contains("limit=100");
            assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).contains("cursor=c2").contains("limit=100");

            // Two enrollments a page; the handler fails once, on the second page's first: resuming hands it out again.
            EnrollmentListParams params = EnrollmentListParams.builder().sequenceId(SEQUENCE_ID).build();
            List<Enrollment> handled = new ArrayList<>();
            boolean[] failed = {false};
            Consumer<Enrollment> handle = enrollment -> {
                if (!failed[0] && handled.size() == 2) {
                    failed[0] = true;
                    throw new IllegalStateException("failed while handling the second page's first enrollment");
                }
                handled.add(enrollment);
            };
            resume(client, params, handle);
            assertThat(failed[0]).isTrue();
            assertThat(handled).hasSize(4);
            assertThat(server.getRequestCount()).isEqualTo(5);

            QueryJobService<SequenceEnrollment, EnrollmentQueryParams> jobs = client.enrollments().queryJobs();
            assertThat(results(jobs, "job_1").page()).isEqualTo(2);
            assertThat(server.getRequestCount()).isEqualTo(7);
        }
    }

    private static ListPage<Enrollment, EnrollmentListParams> nextPage(UnifySequencesClient client, String sequenceId) {
        // readme:nextpage:begin
        var first = client.enrollments().list(EnrollmentListParams.builder()
                .sequenceId(sequenceId).statuses(EnrollmentStatus.IN_PROGRESS).limit(100).build());
        var second = client.enrollments().list(first.nextPageParams().orElseThrow());  // same filters, next cursor
        // readme:nextpage:end
        return second;
    }

    private static void resume(UnifySequencesClient client, EnrollmentListParams params, Consumer<Enrollment> handle) {
        // readme:resume:begin
        AutoPager<Enrollment> pager = client.enrollments().list(params).autoPager();
        Optional<String> saved = Optional.empty();
        try {
            pager.forEach(handle);
        } catch (RuntimeException e) {
            saved = pager.cursor();   // the page of the item that failed; empty: the first page
        }
        // after a crash, in this process or a later one, one line resumes: that item comes again, none is skipped
        client.enrollments().list(params.toBuilder().cursor(saved.orElse(null)).build()).autoPager().forEach(handle);
        // readme:resume:end
    }

    private static ResultsPage<SequenceEnrollment> results(
            QueryJobService<SequenceEnrollment, EnrollmentQueryParams> jobs, String jobId) {
        // readme:results:begin
        ResultsPage<SequenceEnrollment> page = jobs.results(jobId, ResultsPageParams.builder().pageSize(1).build());
        while (page.nextPageParams().isPresent()) {
            page = jobs.results(jobId, page.nextPageParams().get());   // the next page number, the same page size
        }
        // readme:results:end
        return page;
    }

    private static String example(String name) throws IOException {
        try (InputStream in = PaginationReadmeTest.class.getResourceAsStream("/examples/" + name + ".response.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
