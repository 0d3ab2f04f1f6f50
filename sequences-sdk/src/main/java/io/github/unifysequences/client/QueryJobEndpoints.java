package io.github.unifysequences.client;

import io.github.unifysequences.client.Endpoints.Operation;
import io.github.unifysequences.client.Endpoints.Prepared;
import io.github.unifysequences.core.ExportOptions;
import io.github.unifysequences.core.QueryJobExport;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.internal.Check;
import io.github.unifysequences.models.QueryJob;
import io.github.unifysequences.models.QueryJobParams;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One kind of query job for one client: the table's query-job rows ({@link Endpoints.QueryJobs}) as the export code
 * uses them, and the two exports, which are not one request but a create (or a read), a wait and a stream of result
 * pages.
 *
 * @param <R> the result row type
 * @param <P> the filter params type
 */
final class QueryJobEndpoints<R, P extends QueryJobParams> {
    private final Endpoints endpoints;
    private final Endpoints.QueryJobs<R, P> kind;

    QueryJobEndpoints(Endpoints endpoints, Endpoints.QueryJobs<R, P> kind) {
        this.endpoints = endpoints;
        this.kind = kind;
    }

    Endpoints endpoints() {
        return endpoints;
    }

    Function<String, R> line() {
        return kind.line();
    }

    Prepared<QueryJob> create(P params, RequestOptions options) {
        return endpoints.prepare(kind.create(), List.of(), params, options);
    }

    Prepared<QueryJob> retrieve(String jobId, RequestOptions options) {
        return endpoints.prepare(kind.retrieve(), List.of(jobId), Endpoints.NoParams.NONE, options);
    }

    Prepared<QueryJob> cancel(String jobId, RequestOptions options) {
        return endpoints.prepare(kind.cancel(), List.of(jobId), Endpoints.NoParams.NONE, options);
    }

    /** One page of an export as NDJSON, its rows read into {@code page} as they arrive (see {@link NdjsonPage}). */
    Prepared<NdjsonPage> streamResults(String jobId, NdjsonPage page, RequestOptions options) {
        String id = Check.pathId("jobId", jobId);
        ApiRequest request = ApiRequest.to(kind.results().route())
                .path("job_id", id)
                .query("page", page.number())
                .query("page_size", page.size());
        return endpoints
        .new Prepared<>(
                new Operation<>(
                        factory -> factory.form(request),
                        Operation.Safety.READ,
                        new Operation.Streamed<>(page),
                        Optional.empty()),
                options);
    }

    /** {@code queryJobs().export(params, options)}, blocking: creates the job; the rows wait for it when first read. */
    QueryJobExport<R> export(P params, ExportOptions options) {
        QueryJob job = create(params, options.requestOptions()).get();
        return new QueryJobExportRun<>(this, job.id(), options);
    }

    /** {@code queryJobs().exportJob(jobId, options)}, blocking: an existing job's rows. */
    QueryJobExport<R> exportJob(String jobId, ExportOptions options) {
        return new QueryJobExportRun<>(this, Check.pathId("jobId", jobId), options);
    }

    /** {@code queryJobs().export(params, options)}, async: completes once the job has finished. */
    CompletableFuture<QueryJobExport<R>> exportAsync(P params, ExportOptions options) {
        return rows(create(params, options.requestOptions()).getAsync(), options);
    }

    /** {@code queryJobs().exportJob(jobId, options)}, async: completes once the job has finished. */
    CompletableFuture<QueryJobExport<R>> exportJobAsync(String jobId, ExportOptions options) {
        return rows(retrieve(jobId, options.requestOptions()).getAsync(), options);
    }

    private CompletableFuture<QueryJobExport<R>> rows(CompletableFuture<QueryJob> first, ExportOptions options) {
        return JobWait.until(this, first, options, true, () -> false)
                .thenApply(job -> new QueryJobExportRun<>(this, job.id(), options, job));
    }
}
