package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.unifysequences.core.AsyncListPage;
import io.github.unifysequences.core.ListPage;
import io.github.unifysequences.core.Page;
import io.github.unifysequences.core.ResultsPage;
import io.github.unifysequences.models.Enrollment;
import io.github.unifysequences.models.EnrollmentListParams;
import io.github.unifysequences.models.EnrollmentStatus;
import io.github.unifysequences.models.EnrollmentStep;
import io.github.unifysequences.models.PageParams;
import io.github.unifysequences.models.QueryJob;
import io.github.unifysequences.models.QueryJobListParams;
import io.github.unifysequences.models.QueryJobStatus;
import io.github.unifysequences.models.ResultsPageParams;
import io.github.unifysequences.models.Sequence;
import io.github.unifysequences.models.SequenceEnrollment;
import io.github.unifysequences.models.SequenceEnrollmentStep;
import io.github.unifysequences.models.SequenceStep;
import io.github.unifysequences.models.SequenceStepListParams;
import io.github.unifysequences.models.StepType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * Every list's page names the params of its next page, typed for the same {@code list} method: passing them fetches
 * the next page with the same filters, limit and additional parameters, blocking and async. Results pages likewise,
 * by page number.
 */
class NextPageParamsTest extends ClientTestBase {
    private static final String JOB_ID = "job_01HF3J6Y0Y5W7Q2V9R8T6M4K2P";

    /** The example page of a list, with its {@code next_cursor} set to {@code next}. */
    private static String page(String example, String next) {
        JsonObject json = JsonParser.parseString(example(example + ".response")).getAsJsonObject();
        json.addProperty("next_cursor", next);
        return json.toString();
    }

    /** Serves a first page pointing at {@code c2}, then a last page. */
    private void twoPages(String example) {
        enqueue(200, page(example, "c2"));
        enqueue(200, page(example, null));
    }

    /** The query of a request as name to values, in order. */
    private static Map<String, List<String>> query(HttpUrl url) {
        Map<String, List<String>> query = new TreeMap<>();
        for (String name : url.queryParameterNames()) {
            query.put(name, url.queryParameterValues(name));
        }
        return query;
    }

    /** The second request asked for the same path and query as the first, with only the cursor moved to c2. */
    private void assertSecondRequestIsTheFirstAtTheNextCursor() {
        HttpUrl first = take().getUrl();
        HttpUrl second = take().getUrl();
        Map<String, List<String>> expected = query(first);
        expected.put("cursor", List.of("c2"));
        assertThat(second.encodedPath()).isEqualTo(first.encodedPath());
        assertThat(query(second)).isEqualTo(expected);
    }

    private static <T, P> void assertLastPage(ListPage<T, P> last, P expectedParams) {
        assertThat(last.params()).isEqualTo(expectedParams);
        assertThat(last.nextPageParams()).isEmpty();
    }

    @Test
    void sequences() {
        twoPages("list_sequences");
        PageParams params = PageParams.builder()
                .cursor("c1")
                .limit(2)
                .putAdditionalQueryParameter("x_new", "1")
                .build();
        var first = client.sequences().list(params);
        assertThat(first.params()).isEqualTo(params);
        assertThat(first.nextPageParams())
                .contains(params.toBuilder().cursor("c2").build());
        var second = client.sequences().list(first.nextPageParams().orElseThrow());
        assertSecondRequestIsTheFirstAtTheNextCursor();
        assertLastPage(second, params.toBuilder().cursor("c2").build());
        // The page type is still a Page where the params do not matter.
        Page<Sequence> page = second;
        assertThat(page.cursor()).contains("c2");
    }

    @Test
    void sequencesAsync() {
        twoPages("list_sequences");
        PageParams params = PageParams.builder().limit(2).build();
        AsyncListPage<Sequence, PageParams> second = client.async()
                .sequences()
                .list(params)
                .thenCompose(first ->
                        client.async().sequences().list(first.nextPageParams().orElseThrow()))
                .join();
        assertSecondRequestIsTheFirstAtTheNextCursor();
        assertThat(second.params()).isEqualTo(params.toBuilder().cursor("c2").build());
        assertThat(second.nextPageParams()).isEmpty();
    }

    @Test
    void sequenceSteps() {
        twoPages("list_sequence_steps");
        SequenceStepListParams params = SequenceStepListParams.builder()
                .limit(5)
                .types(StepType.AUTOMATIC_EMAIL, StepType.PHONE_CALL)
                .build();
        ListPage<SequenceStep, SequenceStepListParams> first =
                client.sequences().steps().list(SEQUENCE_ID, params);
        var second = client.sequences()
                .steps()
                .list(SEQUENCE_ID, first.nextPageParams().orElseThrow());
        assertSecondRequestIsTheFirstAtTheNextCursor();
        assertLastPage(second, params.toBuilder().cursor("c2").build());
    }

    @Test
    void sequenceStepsAsync() {
        twoPages("list_sequence_steps");
        SequenceStepListParams params =
                SequenceStepListParams.builder().types(StepType.MANUAL_EMAIL).build();
        var second = client.async()
                .sequences()
                .steps()
                .list(SEQUENCE_ID, params)
                .thenCompose(first -> client.async()
                        .sequences()
                        .steps()
                        .list(SEQUENCE_ID, first.nextPageParams().orElseThrow()))
                .join();
        assertSecondRequestIsTheFirstAtTheNextCursor();
        assertThat(second.params()).isEqualTo(params.toBuilder().cursor("c2").build());
    }

    private static EnrollmentListParams everyEnrollmentFilter() {
        return EnrollmentListParams.builder()
                .sequenceId(SEQUENCE_ID)
                .personId(PERSON_ID)
                .mailboxId(STEP_ID)
                .enrolledByPlayId(ENROLLMENT_ID)
                .statuses(EnrollmentStatus.DRAFT, EnrollmentStatus.IN_PROGRESS)
                .updatedAfter(OffsetDateTime.parse("2023-11-01T00:00:00Z"))
                .updatedBefore(OffsetDateTime.parse("2023-12-01T00:00:00Z"))
                .limit(100)
                .putAdditionalQueryParameter("x_new", "a")
                .putAdditionalQueryParameter("x_new", "b")
                .build();
    }

    @Test
    void enrollments() {
        twoPages("list_sequence_enrollments");
        EnrollmentListParams params = everyEnrollmentFilter();
        var first = client.enrollments().list(params);
        var second = client.enrollments().list(first.nextPageParams().orElseThrow());
        assertSecondRequestIsTheFirstAtTheNextCursor();
        assertLastPage(second, params.toBuilder().cursor("c2").build());
    }

    @Test
    void enrollmentsAsync() {
        twoPages("list_sequence_enrollments");
        EnrollmentListParams params = everyEnrollmentFilter();
        AsyncListPage<Enrollment, EnrollmentListParams> second = client.async()
                .enrollments()
                .list(params)
                .thenCompose(first ->
                        client.async().enrollments().list(first.nextPageParams().orElseThrow()))
                .join();
        assertSecondRequestIsTheFirstAtTheNextCursor();
        assertThat(second.params()).isEqualTo(params.toBuilder().cursor("c2").build());
    }

    @Test
    void enrollmentSteps() {
        twoPages("list_sequence_enrollment_steps");
        PageParams params = PageParams.builder().limit(3).build();
        ListPage<EnrollmentStep, PageParams> first =
                client.enrollments().steps().list(ENROLLMENT_ID, params);
        var second = client.enrollments()
                .steps()
                .list(ENROLLMENT_ID, first.nextPageParams().orElseThrow());
        assertSecondRequestIsTheFirstAtTheNextCursor();
        assertLastPage(second, params.toBuilder().cursor("c2").build());
    }

    @Test
    void enrollmentStepsAsync() {
        twoPages("list_sequence_enrollment_steps");
        PageParams params = PageParams.builder().limit(3).build();
        var second = client.async()
                .enrollments()
                .steps()
                .list(ENROLLMENT_ID, params)
                .thenCompose(first -> client.async()
                        .enrollments()
                        .steps()
                        .list(ENROLLMENT_ID, first.nextPageParams().orElseThrow()))
                .join();
        assertSecondRequestIsTheFirstAtTheNextCursor();
        assertThat(second.nextPageParams()).isEmpty();
    }

    @Test
    void queryJobsOfBothKinds() {
        twoPages("list_sequence_enrollment_query_jobs");
        twoPages("list_sequence_enrollment_step_query_jobs");
        QueryJobListParams params = QueryJobListParams.builder()
                .status(QueryJobStatus.FINISHED)
                .limit(10)
                .build();
        ListPage<QueryJob, QueryJobListParams> first =
                client.enrollments().queryJobs().list(params);
        var second =
                client.enrollments().queryJobs().list(first.nextPageParams().orElseThrow());
        assertSecondRequestIsTheFirstAtTheNextCursor();
        assertLastPage(second, params.toBuilder().cursor("c2").build());
        var firstOfSteps = client.enrollmentSteps().queryJobs().list(params);
        var secondOfSteps = client.enrollmentSteps()
                .queryJobs()
                .list(firstOfSteps.nextPageParams().orElseThrow());
        assertSecondRequestIsTheFirstAtTheNextCursor();
        assertLastPage(secondOfSteps, params.toBuilder().cursor("c2").build());
    }

    @Test
    void queryJobsOfBothKindsAsync() {
        twoPages("list_sequence_enrollment_query_jobs");
        twoPages("list_sequence_enrollment_step_query_jobs");
        QueryJobListParams params =
                QueryJobListParams.builder().status(QueryJobStatus.of("NEW")).build();
        var jobs = client.async().enrollments().queryJobs();
        jobs.list(params)
                .thenCompose(first -> jobs.list(first.nextPageParams().orElseThrow()))
                .join();
        assertSecondRequestIsTheFirstAtTheNextCursor();
        var stepJobs = client.async().enrollmentSteps().queryJobs();
        var second = stepJobs.list(params)
                .thenCompose(first -> stepJobs.list(first.nextPageParams().orElseThrow()))
                .join();
        assertSecondRequestIsTheFirstAtTheNextCursor();
        assertThat(second.params()).isEqualTo(params.toBuilder().cursor("c2").build());
    }

    /** A JSON results page of {@code total} rows, this one numbered {@code page} and holding one row. */
    private static String resultsPage(String example, int page, int total) {
        JsonObject json = JsonParser.parseString(example(example + ".response")).getAsJsonObject();
        json.addProperty("page", page);
        json.addProperty("page_size", 1);
        json.addProperty("total", total);
        return json.toString();
    }

    @Test
    void aResultsPageWithoutRowsOrWithoutASizeIsTheLastWhateverTheTotalSays() {
        String example = example("get_sequence_enrollment_query_job_results.response");
        JsonObject empty = JsonParser.parseString(example).getAsJsonObject();
        empty.add("data", new JsonArray());
        empty.addProperty("total", 1_000_000);
        enqueue(200, empty.toString());
        JsonObject sizeless = JsonParser.parseString(example).getAsJsonObject();
        sizeless.addProperty("page_size", 0);
        sizeless.addProperty("total", 1_000_000);
        enqueue(200, sizeless.toString());
        for (int i = 0; i < 2; i++) {
            ResultsPage<SequenceEnrollment> page =
                    client.enrollments().queryJobs().results(JOB_ID);
            assertThat(page.hasNextPage()).isFalse();
            assertThat(page.nextPageParams()).isEmpty();
        }
    }

    @Test
    void resultsPagesBlockingAndAsync() {
        enqueue(200, resultsPage("get_sequence_enrollment_query_job_results", 1, 2));
        enqueue(200, resultsPage("get_sequence_enrollment_query_job_results", 2, 2));
        ResultsPageParams params = ResultsPageParams.builder()
                .pageSize(1)
                .putAdditionalQueryParameter("x_new", "1")
                .build();
        ResultsPage<SequenceEnrollment> first = client.enrollments().queryJobs().results(JOB_ID, params);
        assertThat(first.params()).isEqualTo(params);
        ResultsPage<SequenceEnrollment> second = client.enrollments()
                .queryJobs()
                .results(JOB_ID, first.nextPageParams().orElseThrow());
        assertThat(second.nextPageParams()).isEmpty();
        List<HttpUrl> urls = new ArrayList<>(List.of(take().getUrl(), take().getUrl()));
        assertThat(urls).extracting(url -> url.queryParameter("page")).containsExactly("1", "2");
        assertThat(urls).extracting(url -> url.queryParameter("page_size")).containsExactly("1", "1");
        assertThat(urls).extracting(url -> url.queryParameter("x_new")).containsExactly("1", "1");

        enqueue(200, resultsPage("get_sequence_enrollment_step_query_job_results", 1, 2));
        enqueue(200, resultsPage("get_sequence_enrollment_step_query_job_results", 2, 2));
        var stepJobs = client.async().enrollmentSteps().queryJobs();
        ResultsPage<SequenceEnrollmentStep> last = stepJobs.results(JOB_ID, params)
                .thenCompose(
                        page -> stepJobs.results(JOB_ID, page.nextPageParams().orElseThrow()))
                .join();
        assertThat(last.params()).isEqualTo(params.toBuilder().page(2).build());
        assertThat(take().getUrl().queryParameter("page")).isEqualTo("1");
        assertThat(take().getUrl().queryParameter("page")).isEqualTo("2");
    }
}
