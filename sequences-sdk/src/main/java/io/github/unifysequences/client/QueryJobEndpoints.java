package io.github.unifysequences.client;

import com.google.gson.JsonObject;
import io.github.unifysequences.client.Endpoints.Prepared;
import io.github.unifysequences.core.ListPage;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.core.ResultsPage;
import io.github.unifysequences.errors.JobNotCancelableException;
import io.github.unifysequences.models.Check;
import io.github.unifysequences.models.EnrollmentQueryParams;
import io.github.unifysequences.models.EnrollmentStepQueryParams;
import io.github.unifysequences.models.QueryJob;
import io.github.unifysequences.models.QueryJobListParams;
import io.github.unifysequences.models.QueryJobParams;
import io.github.unifysequences.models.QueryJobStatus;
import io.github.unifysequences.models.ResultsPageParams;
import io.github.unifysequences.models.SequenceEnrollment;
import io.github.unifysequences.models.SequenceEnrollmentStep;
import io.github.unifysequences.models.OwnedJson;
import io.github.unifysequences.models.UnifyJson;
import java.util.Optional;
import java.util.function.Function;

/**
 * The five query-job operations, said once for both kinds of job; a {@link Kind} names the routes and the row
 * type that differ between enrollments and enrollment steps.
 *
 * @param <R> the result row type
 * @param <P> the filter params type
 */
final class QueryJobEndpoints<R, P extends QueryJobParams> {

    static final Kind<SequenceEnrollment, EnrollmentQueryParams> ENROLLMENTS = new Kind<>(Routes.ENROLLMENT_QUERY_JOBS,
            UnifyJson::sequenceEnrollment, UnifyJson::sequenceEnrollment, EnrollmentQueryParams.all());

    static final Kind<SequenceEnrollmentStep, EnrollmentStepQueryParams> STEPS = new Kind<>(Routes.STEP_QUERY_JOBS,
            UnifyJson::sequenceEnrollmentStep, UnifyJson::sequenceEnrollmentStep, EnrollmentStepQueryParams.all());

    private final Endpoints endpoints;
    private final Kind<R, P> kind;

    QueryJobEndpoints(Endpoints endpoints, Kind<R, P> kind) {
        this.endpoints = endpoints;
        this.kind = kind;
    }

    Endpoints endpoints() {
        return endpoints;
    }

    P all() {
        return kind.all();
    }

    Function<String, R> line() {
        return kind.line();
    }

    /**
     * Not repeatable: a resend after an ambiguous failure could start a second job, and jobs are rationed
     * (about 100 a day), so only failures that provably did not reach the server are retried.
     */
    Prepared<QueryJob> create(P params, RequestOptions options) {
        JsonObject body = new JsonObject();
        JsonObject filter = params.toJson();
        if (filter.size() > 0) {
            body.add("filter", filter);
        }
        ApiRequest request = ApiRequest.to(kind.routes().create()).body(body, params.additionalBodyProperties());
        return endpoints.prepare(Operation.unsafe(request, OwnedJson::queryJob, null), options);
    }

    Prepared<ListPage<QueryJob, QueryJobListParams>> list(QueryJobListParams params, RequestOptions options) {
        return endpoints.page(params.cursor().orElse(null), c -> params.toBuilder().cursor(c).build(), options, "jobs",
                OwnedJson::queryJob,
                cursor -> Endpoints.paged(kind.routes().list(), cursor, params.limit(), params.additionalQueryParameters())
                        .query("status", params.status()));
    }

    Prepared<QueryJob> retrieve(String jobId, RequestOptions options) {
        String id = Check.pathId("jobId", jobId);
        return endpoints.prepare(Operation.idempotent(ApiRequest.to(kind.routes().retrieve()).path("job_id", id),
                OwnedJson::queryJob), options);
    }

    /**
     * Repeatable: cancelling twice leaves the job cancelled. A repeat after an ambiguous attempt that answers
     * 409 {@code job_not_cancelable} succeeded if the job is now {@code CANCELED}; its answer is then the job as read.
     */
    Prepared<QueryJob> cancel(String jobId, RequestOptions options) {
        String id = Check.pathId("jobId", jobId);
        return endpoints.prepare(Operation.stateChange(ApiRequest.to(kind.routes().cancel()).path("job_id", id), OwnedJson::queryJob,
                Endpoints.confirmedBy(JobNotCancelableException.class, async -> retrieve(jobId, options).body(async),
                        job -> job.status().value() == QueryJobStatus.Value.CANCELED ? Optional.of(job) : Optional.empty())),
                options);
    }

    Prepared<ResultsPage<R>> results(String jobId, ResultsPageParams params, RequestOptions options) {
        String id = Check.pathId("jobId", jobId);
        return endpoints.prepare(Operation.idempotent(resultsPage(id, params.page(), params.pageSize())
                .additionalQuery(params.additionalQueryParameters()),
                json -> new ResultsPage<>(OwnedJson.int64(json, "total"), OwnedJson.int32(json, "page"),
                        OwnedJson.int32(json, "page_size"), endpoints.items(json, "data", kind.row()), params)),
                options);
    }

    /** One page as NDJSON, left open for the caller to read line by line and close. */
    Prepared<NdjsonPage> streamResults(String jobId, int page, int pageSize, RequestOptions options) {
        String id = Check.pathId("jobId", jobId);
        return endpoints.prepare(Operation.streaming(resultsPage(id, page, Optional.of(pageSize)), NdjsonPage::new), options);
    }

    private ApiRequest resultsPage(String jobId, int page, Optional<Integer> pageSize) {
        return ApiRequest.to(kind.routes().results()).path("job_id", jobId).query("page", page).query("page_size", pageSize);
    }

    /**
     * What differs between the two kinds of job.
     *
     * @param routes the kind's five routes
     * @param row reads a row of a JSON page
     * @param line reads a row of an NDJSON page, without copying the freshly parsed object
     * @param all the params without filters
     */
    record Kind<R, P extends QueryJobParams>(Routes.QueryJobRoutes routes, Function<JsonObject, R> row, Function<String, R> line, P all) {
    }
}
