package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import io.github.unifysequences.core.Page;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.core.ResultsPage;
import io.github.unifysequences.models.DateRange;
import io.github.unifysequences.models.EnrollmentQueryParams;
import io.github.unifysequences.models.EnrollmentStatus;
import io.github.unifysequences.models.EnrollmentStepQueryParams;
import io.github.unifysequences.models.EnrollmentStepStatus;
import io.github.unifysequences.models.QueryJob;
import io.github.unifysequences.models.QueryJobListParams;
import io.github.unifysequences.models.QueryJobStatus;
import io.github.unifysequences.models.ReplyCategory;
import io.github.unifysequences.models.ResultsPageParams;
import io.github.unifysequences.models.SequenceEnrollment;
import io.github.unifysequences.models.SequenceEnrollmentStep;
import io.github.unifysequences.models.SetFilter;
import io.github.unifysequences.models.StepType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The ten query-job operations end to end: the request on the wire, the body for every filter, and the value returned. */
class QueryJobOperationsTest extends ClientTestBase {
    static final String JOB_ID = "4d2f8a61-0c7e-4b93-a5d1-6e8f2b3c9a70";
    private static final String MAILBOX_ID = "0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b";
    private static final String COMPANY_ID = "3c90c3cc-0d44-4b50-8888-8dd25736052a";
    private static final String PLAY_ID = "2a7b4c9d-1e3f-4a5b-9c6d-7e8f9a0b1c2d";

    private RecordedRequest assertSent(String method, String pathAndQuery) {
        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo(method);
        assertThat(request.getTarget()).isEqualTo("/sequences/v1/" + pathAndQuery);
        assertThat(request.getHeaders().get("x-api-key")).isEqualTo(API_KEY);
        return request;
    }

    private static void assertJsonBody(RecordedRequest request, String json) {
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(JsonParser.parseString(request.getBody().utf8())).isEqualTo(JsonParser.parseString(json));
    }

    @Test
    void createEnrollmentsJobSendsTheDocumentedExampleBody() {
        enqueue(201, example("create_sequence_enrollment_query_job.response"));
        QueryJob job = client.enrollments()
                .queryJobs()
                .create(EnrollmentQueryParams.builder()
                        .updatedAt(DateRange.builder()
                                .gte(Instant.parse("2023-11-01T00:00:00Z"))
                                .lt(Instant.parse("2023-12-01T00:00:00Z"))
                                .build())
                        .status(SetFilter.in(EnrollmentStatus.IN_PROGRESS, EnrollmentStatus.FINISHED))
                        .enrolledByPlay(SetFilter.in(PLAY_ID))
                        .mailboxEmail("ava@unifygtm-demo.com")
                        .build());
        assertJsonBody(
                assertSent("POST", "enrollments/query-jobs"), example("create_sequence_enrollment_query_job.request"));
        assertThat(job.id()).isEqualTo(JOB_ID);
        assertThat(job.status()).isEqualTo(QueryJobStatus.IN_PROGRESS);
        assertThat(job.expiresAt()).contains(OffsetDateTime.of(2023, 11, 8, 5, 31, 56, 0, ZoneOffset.UTC));
        assertThat(job.createdAt()).isEmpty();
        assertThat(job.totalRows()).isEmpty();
    }

    @Test
    void createStepsJobSendsTheDocumentedExampleBody() {
        enqueue(201, example("create_sequence_enrollment_step_query_job.response"));
        client.enrollmentSteps()
                .queryJobs()
                .create(EnrollmentStepQueryParams.builder()
                        .updatedAt(DateRange.builder()
                                .gt(Instant.parse("2023-11-01T00:00:00Z"))
                                .build())
                        .type(SetFilter.in(StepType.AUTOMATIC_EMAIL, StepType.MANUAL_EMAIL))
                        .status(SetFilter.notIn(EnrollmentStepStatus.CANCELED))
                        .sequenceId(SEQUENCE_ID)
                        .build());
        assertJsonBody(
                assertSent("POST", "enrollment-steps/query-jobs"),
                example("create_sequence_enrollment_step_query_job.request"));
    }

    @Test
    void everySharedAndEnrollmentFilterIsSent() {
        enqueue(201, example("create_sequence_enrollment_query_job.response"));
        client.enrollments()
                .queryJobs()
                .create(EnrollmentQueryParams.builder()
                        .id(SetFilter.notIn(ENROLLMENT_ID))
                        .sequenceId(SEQUENCE_ID)
                        .personId(PERSON_ID)
                        .companyId(COMPANY_ID)
                        .mailboxId(MAILBOX_ID)
                        .updatedAt(DateRange.builder()
                                .lte(Instant.parse("2023-12-01T00:00:00Z"))
                                .build())
                        .startedAt(DateRange.builder()
                                .gt(Instant.parse("2023-01-01T00:00:00Z"))
                                .build())
                        .endedAt(DateRange.builder()
                                .gte(Instant.parse("2023-02-01T00:00:00Z"))
                                .lte(Instant.parse("2023-03-01T00:00:00Z"))
                                .build())
                        .isBlocked(false)
                        .isBounced(false)
                        .isCanceled(true)
                        .isOptedOut(false)
                        .isPaused(true)
                        .isReplied(true)
                        .status(SetFilter.notIn(EnrollmentStatus.DRAFT))
                        .enrolledByPlay(SetFilter.notIn(PLAY_ID))
                        .build());
        assertJsonBody(assertSent("POST", "enrollments/query-jobs"), """
                {"filter": {
                  "id": {"not_in": ["%s"]},
                  "sequence": {"id": "%s"}, "person": {"id": "%s"}, "company": {"id": "%s"}, "mailbox": {"id": "%s"},
                  "updated_at": {"lte": "2023-12-01T00:00:00Z"},
                  "started_at": {"gt": "2023-01-01T00:00:00Z"},
                  "ended_at": {"gte": "2023-02-01T00:00:00Z", "lte": "2023-03-01T00:00:00Z"},
                  "is_blocked": false, "is_bounced": false, "is_canceled": true, "is_opted_out": false,
                  "is_paused": true, "is_replied": true,
                  "status": {"not_in": ["DRAFT"]},
                  "enrolled_by_play": {"not_in": ["%s"]}
                }}""".formatted(
                        ENROLLMENT_ID, SEQUENCE_ID, PERSON_ID, COMPANY_ID, MAILBOX_ID, PLAY_ID));
    }

    @Test
    void everyStepFilterIsSent() {
        enqueue(201, example("create_sequence_enrollment_step_query_job.response"));
        client.enrollmentSteps()
                .queryJobs()
                .create(EnrollmentStepQueryParams.builder()
                        .enrollmentId(ENROLLMENT_ID)
                        .stepNumber(2)
                        .status(SetFilter.in(EnrollmentStepStatus.FINISHED, EnrollmentStepStatus.ERRORED))
                        .type(SetFilter.notIn(StepType.ZAPIER))
                        .id(SetFilter.in(STEP_ID))
                        .build());
        assertJsonBody(assertSent("POST", "enrollment-steps/query-jobs"), """
                {"filter": {
                  "id": {"in": ["%s"]},
                  "enrollment": {"id": "%s"},
                  "step_number": 2,
                  "status": {"in": ["FINISHED", "ERRORED"]},
                  "type": {"not_in": ["ZAPIER"]}
                }}""".formatted(STEP_ID, ENROLLMENT_ID));
    }

    @Test
    void createWithoutFilterSendsAnEmptyBody() {
        enqueue(201, example("create_sequence_enrollment_query_job.response"));
        client.enrollments().queryJobs().create();
        assertJsonBody(assertSent("POST", "enrollments/query-jobs"), "{}");
    }

    @Test
    void listJobs() {
        enqueueExample("list_sequence_enrollment_query_jobs.response");
        Page<QueryJob> page = client.enrollments()
                .queryJobs()
                .list(QueryJobListParams.builder()
                        .status(QueryJobStatus.FINISHED)
                        .limit(20)
                        .cursor("c1")
                        .build());
        assertSent("GET", "enrollments/query-jobs?cursor=c1&limit=20&status=FINISHED");
        assertThat(page.items())
                .extracting(QueryJob::status)
                .containsExactly(QueryJobStatus.IN_PROGRESS, QueryJobStatus.FINISHED);
        assertThat(page.items().get(1).totalRows()).hasValue(1);
        assertThat(page.hasNextPage()).isFalse();
    }

    @Test
    void listStepJobsFollowsCursorsWithTheAutoPager() {
        enqueue(200, """
                {"jobs": [{"job_id": "%s", "status": "FAILED", "total_rows": null, "error_code": "TIMEOUT",
                  "created_at": "2023-11-07T05:31:56Z", "expires_at": "2023-11-08T05:31:56Z", "canceled_at": null}],
                 "next_cursor": "c2"}""".formatted(JOB_ID));
        enqueueExample("list_sequence_enrollment_step_query_jobs.response");
        List<QueryJob> jobs =
                client.enrollmentSteps().queryJobs().list().autoPager().stream().toList();
        assertSent("GET", "enrollment-steps/query-jobs");
        assertSent("GET", "enrollment-steps/query-jobs?cursor=c2");
        assertThat(jobs).hasSize(3);
        assertThat(jobs.get(0).errorCode()).contains("TIMEOUT");
    }

    @Test
    void retrieveJob() {
        enqueueExample("get_sequence_enrollment_query_job.response");
        QueryJob job = client.enrollments().queryJobs().retrieve(JOB_ID);
        assertSent("GET", "enrollments/query-jobs/" + JOB_ID);
        assertThat(job.isFinished()).isTrue();
        assertThat(job.totalRows()).hasValue(1);
        assertThat(job.createdAt()).contains(OffsetDateTime.of(2023, 11, 7, 5, 31, 56, 0, ZoneOffset.UTC));
        assertThat(job.canceledAt()).isEmpty();
    }

    @Test
    void retrieveStepJob() {
        enqueueExample("get_sequence_enrollment_step_query_job.response");
        assertThat(client.enrollmentSteps().queryJobs().retrieve(JOB_ID).id()).isEqualTo(JOB_ID);
        assertSent("GET", "enrollment-steps/query-jobs/" + JOB_ID);
    }

    @Test
    void cancelJobs() {
        enqueueExample("cancel_sequence_enrollment_query_job.response");
        enqueueExample("cancel_sequence_enrollment_step_query_job.response");
        assertThat(client.enrollments().queryJobs().cancel(JOB_ID).status()).isEqualTo(QueryJobStatus.CANCELED);
        assertSent("POST", "enrollments/query-jobs/" + JOB_ID + "/cancel");
        assertThat(client.enrollmentSteps().queryJobs().cancel(JOB_ID).status()).isEqualTo(QueryJobStatus.CANCELED);
        assertSent("POST", "enrollment-steps/query-jobs/" + JOB_ID + "/cancel");
    }

    @Test
    void enrollmentResultsPage() {
        enqueueExample("get_sequence_enrollment_query_job_results.response");
        ResultsPage<SequenceEnrollment> page = client.enrollments()
                .queryJobs()
                .results(
                        JOB_ID,
                        ResultsPageParams.builder().page(1).pageSize(1000).build());
        RecordedRequest request =
                assertSent("GET", "enrollments/query-jobs/" + JOB_ID + "/results?page=1&page_size=1000");
        assertThat(request.getHeaders().get("Accept")).isNull();
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.hasNextPage()).isFalse();
        SequenceEnrollment row = page.items().get(0);
        assertThat(row.id()).isEqualTo("a8b35494-e82e-4a0c-9b8f-0b80c5b5d8f2");
        assertThat(row.updatedAt()).isEqualTo(OffsetDateTime.parse("2023-11-07T05:31:56.123Z"));
        assertThat(row.status()).isEqualTo(EnrollmentStatus.IN_PROGRESS);
        assertThat(row.version()).contains(3);
        assertThat(row.endedAt()).isEmpty();
        assertThat(row.sequence().name()).contains("Q4 Outbound - VP Sales");
        assertThat(row.mailbox().emailAddress()).contains("ava@unifygtm-demo.com");
        assertThat(row.person().company().orElseThrow().domain()).isEqualTo("acme.com");
        assertThat(row.rawJson().get("mailbox").orElseThrow().getAsJsonObject().get("user"))
                .isNotNull();
    }

    @Test
    void stepResultsPage() {
        enqueueExample("get_sequence_enrollment_step_query_job_results.response");
        ResultsPage<SequenceEnrollmentStep> page =
                client.enrollmentSteps().queryJobs().results(JOB_ID);
        assertSent("GET", "enrollment-steps/query-jobs/" + JOB_ID + "/results?page=1");
        SequenceEnrollmentStep row = page.items().get(0);
        assertThat(row.type()).contains(StepType.AUTOMATIC_EMAIL);
        assertThat(row.status()).isEqualTo(EnrollmentStepStatus.FINISHED);
        assertThat(row.isReplied()).isTrue();
        assertThat(row.sequence().version()).contains(3);
        assertThat(row.stepNumber()).contains(1);
        assertThat(row.enrollmentId()).isEqualTo("a8b35494-e82e-4a0c-9b8f-0b80c5b5d8f2");
        assertThat(row.person().email()).isEqualTo("jsmith@example.com");
        assertThat(row.emailMessage().orElseThrow().opens()).isEqualTo(4);
        assertThat(row.emailMessage().orElseThrow().sentAt()).contains(OffsetDateTime.parse("2023-11-07T14:00:02Z"));
        assertThat(row.replyEmailMessage().orElseThrow().classifications())
                .extracting(c -> c.category())
                .containsExactly(ReplyCategory.POSITIVE);
    }

    @Test
    void rawAndAsyncFacesShareTheOperations() {
        enqueueExample("get_sequence_enrollment_query_job.response");
        enqueueExample("list_sequence_enrollment_query_jobs.response");
        enqueueExample("get_sequence_enrollment_step_query_job_results.response");
        RawResponse<QueryJob> raw =
                client.enrollments().queryJobs().withRawResponse().retrieve(JOB_ID);
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.body().isFinished()).isTrue();
        assertThat(client.async().enrollments().queryJobs().list().join().items())
                .hasSize(2);
        assertThat(client.async()
                        .enrollmentSteps()
                        .queryJobs()
                        .withRawResponse()
                        .results(JOB_ID, ResultsPageParams.first(), RequestOptions.none())
                        .join()
                        .body()
                        .items())
                .hasSize(1);
        assertSent("GET", "enrollments/query-jobs/" + JOB_ID);
        assertSent("GET", "enrollments/query-jobs");
        assertSent("GET", "enrollment-steps/query-jobs/" + JOB_ID + "/results?page=1");
    }

    @Test
    void unknownJobStatusIsKept() {
        enqueue(200, """
                {"job_id": "%s", "status": "ARCHIVED", "total_rows": null, "error_code": null,
                 "created_at": "2023-11-07T05:31:56Z", "expires_at": "2023-11-08T05:31:56Z", "canceled_at": null}""".formatted(JOB_ID));
        QueryJob job = client.enrollments().queryJobs().retrieve(JOB_ID);
        assertThat(job.status().value()).isEqualTo(QueryJobStatus.Value.UNKNOWN);
        assertThat(job.status().asString()).isEqualTo("ARCHIVED");
        assertThat(job.isFinished()).isFalse();
    }
}
