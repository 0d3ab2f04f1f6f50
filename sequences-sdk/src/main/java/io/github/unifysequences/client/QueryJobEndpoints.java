package io.github.unifysequences.client;

import com.google.gson.JsonObject;
import io.github.unifysequences.client.Endpoints.Prepared;
import io.github.unifysequences.core.Page;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.core.ResultsPage;
import io.github.unifysequences.errors.JobNotCancelableException;
import io.github.unifysequences.generated.api.UnifySequencesApi;
import io.github.unifysequences.generated.model.BulkApiJobStatus;
import io.github.unifysequences.generated.model.CreateBulkApiSequenceEnrollmentStepsJobRequest;
import io.github.unifysequences.generated.model.CreateBulkApiSequenceEnrollmentsJobRequest;
import io.github.unifysequences.generated.support.GeneratedJson;
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
import java.util.function.BiFunction;
import java.util.function.Function;
import retrofit2.Call;

/**
 * The five query-job operations, said once for both kinds of job; a {@link Kind} names the generated methods
 * and the row type that differ between enrollments and enrollment steps.
 *
 * @param <R> the result row type
 * @param <P> the filter params type
 */
final class QueryJobEndpoints<R, P extends QueryJobParams> {

    static final Kind<SequenceEnrollment, EnrollmentQueryParams> ENROLLMENTS = new Kind<>(
            new Calls(
                    (api, body) -> api.createSequenceEnrollmentQueryJob(
                            GeneratedJson.gson().fromJson(body, CreateBulkApiSequenceEnrollmentsJobRequest.class)),
                    UnifySequencesApi::listSequenceEnrollmentQueryJobs,
                    UnifySequencesApi::getSequenceEnrollmentQueryJob,
                    UnifySequencesApi::cancelSequenceEnrollmentQueryJob,
                    UnifySequencesApi::getSequenceEnrollmentQueryJobResults),
            UnifyJson::sequenceEnrollment, UnifyJson::sequenceEnrollment, EnrollmentQueryParams.all());

    static final Kind<SequenceEnrollmentStep, EnrollmentStepQueryParams> STEPS = new Kind<>(
            new Calls(
                    (api, body) -> api.createSequenceEnrollmentStepQueryJob(
                            GeneratedJson.gson().fromJson(body, CreateBulkApiSequenceEnrollmentStepsJobRequest.class)),
                    UnifySequencesApi::listSequenceEnrollmentStepQueryJobs,
                    UnifySequencesApi::getSequenceEnrollmentStepQueryJob,
                    UnifySequencesApi::cancelSequenceEnrollmentStepQueryJob,
                    UnifySequencesApi::getSequenceEnrollmentStepQueryJobResults),
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
        return endpoints.prepare(Operation.unsafe(api -> kind.calls().create().apply(api, body), OwnedJson::queryJob, null), options);
    }

    Prepared<Page<QueryJob>> list(QueryJobListParams params, RequestOptions options) {
        BulkApiJobStatus status = params.status().map(s -> BulkApiJobStatus.fromValue(s.asString())).orElse(null);
        return endpoints.page(params.cursor().orElse(null), options, "jobs", OwnedJson::queryJob,
                (api, cursor) -> kind.calls().list().list(api, cursor, params.limit().orElse(null), status));
    }

    Prepared<QueryJob> retrieve(String jobId, RequestOptions options) {
        String id = Check.uuid("jobId", jobId).toString();
        return endpoints.prepare(Operation.idempotent(api -> kind.calls().retrieve().apply(api, id), OwnedJson::queryJob), options);
    }

    /**
     * Repeatable: cancelling twice leaves the job cancelled. A repeat after an ambiguous attempt that answers
     * 409 {@code job_not_cancelable} succeeded if the job is now {@code CANCELED}; its answer is then the job as read.
     */
    Prepared<QueryJob> cancel(String jobId, RequestOptions options) {
        String id = Check.uuid("jobId", jobId).toString();
        return endpoints.prepare(Operation.stateChange(api -> kind.calls().cancel().apply(api, id), OwnedJson::queryJob,
                Endpoints.confirmedBy(JobNotCancelableException.class, async -> retrieve(jobId, options).body(async),
                        job -> job.status().value() == QueryJobStatus.Value.CANCELED ? Optional.of(job) : Optional.empty())),
                options);
    }

    Prepared<ResultsPage<R>> results(String jobId, ResultsPageParams params, RequestOptions options) {
        String id = Check.uuid("jobId", jobId).toString();
        return endpoints.prepare(Operation.idempotent(
                api -> kind.calls().results().results(api, id, params.page(), params.pageSize().orElse(null)),
                json -> new ResultsPage<>(json.get("total").getAsLong(), json.get("page").getAsInt(),
                        json.get("page_size").getAsInt(), UnifyJson.items(json, "data", kind.row()))), options);
    }

    /** One page as NDJSON, left open for the caller to read line by line and close. */
    Prepared<NdjsonPage> streamResults(String jobId, int page, int pageSize, RequestOptions options) {
        String id = Check.uuid("jobId", jobId).toString();
        return endpoints.prepare(Operation.streaming(api -> kind.calls().results().results(api, id, page, pageSize), NdjsonPage::new),
                options);
    }

    /**
     * The generated methods of one kind of job. The create body is built once, as JSON, for both kinds and read
     * into the kind's generated request type, so the request factory still serialises a spec-shaped model.
     */
    record Calls(
            BiFunction<UnifySequencesApi, JsonObject, Call<?>> create,
            ListCall list,
            BiFunction<UnifySequencesApi, String, Call<?>> retrieve,
            BiFunction<UnifySequencesApi, String, Call<?>> cancel,
            ResultsCall results) {
    }

    interface ListCall {
        Call<?> list(UnifySequencesApi api, String cursor, Integer limit, BulkApiJobStatus status);
    }

    interface ResultsCall {
        Call<?> results(UnifySequencesApi api, String jobId, Integer page, Integer pageSize);
    }

    /**
     * What differs between the two kinds of job.
     *
     * @param calls the generated methods
     * @param row reads a row of a JSON page
     * @param line reads a row of an NDJSON page, without copying the freshly parsed object
     * @param all the params without filters
     */
    record Kind<R, P extends QueryJobParams>(Calls calls, Function<JsonObject, R> row, Function<String, R> line, P all) {
    }
}
