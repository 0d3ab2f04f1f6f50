package io.github.unifysequences.client;

import io.github.unifysequences.core.AsyncListPage;
import io.github.unifysequences.core.ExportOptions;
import io.github.unifysequences.core.ListPage;
import io.github.unifysequences.core.QueryJobExport;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.core.ResultsPage;
import io.github.unifysequences.models.Check;
import io.github.unifysequences.models.QueryJob;
import io.github.unifysequences.models.QueryJobListParams;
import io.github.unifysequences.models.QueryJobParams;
import io.github.unifysequences.models.ResultsPageParams;
import io.github.unifysequences.services.QueryJobService;
import io.github.unifysequences.services.QueryJobServiceAsync;
import java.util.concurrent.CompletableFuture;

/** The {@code queryJobs()} operations of both kinds of job in their four faces, each a thin view over {@link QueryJobEndpoints}. */
final class QueryJobResource {

    private QueryJobResource() {
    }

    static final class Blocking<R, P extends QueryJobParams> implements QueryJobService<R, P> {
        private final QueryJobEndpoints<R, P> endpoints;

        Blocking(QueryJobEndpoints<R, P> endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public QueryJobService.WithRawResponse<R, P> withRawResponse() {
            return new Raw<>(endpoints);
        }

        @Override
        public QueryJob create() {
            return create(endpoints.all());
        }

        @Override
        public QueryJob create(P params, RequestOptions options) {
            return endpoints.create(params, options).get();
        }

        @Override
        public ListPage<QueryJob, QueryJobListParams> list(QueryJobListParams params, RequestOptions options) {
            return endpoints.list(params, options).get();
        }

        @Override
        public QueryJob retrieve(String jobId, RequestOptions options) {
            return endpoints.retrieve(jobId, options).get();
        }

        @Override
        public QueryJob cancel(String jobId, RequestOptions options) {
            return endpoints.cancel(jobId, options).get();
        }

        @Override
        public ResultsPage<R> results(String jobId, ResultsPageParams params, RequestOptions options) {
            return endpoints.results(jobId, params, options).get();
        }

        @Override
        public QueryJobExport<R> export(P params, ExportOptions options) {
            QueryJob job = endpoints.create(params, options.requestOptions()).get();
            return new QueryJobExportRun<>(endpoints, job.id(), options);
        }

        @Override
        public QueryJobExport<R> exportJob(String jobId, ExportOptions options) {
            return new QueryJobExportRun<>(endpoints, Check.pathId("jobId", jobId), options);
        }
    }

    static final class Raw<R, P extends QueryJobParams> implements QueryJobService.WithRawResponse<R, P> {
        private final QueryJobEndpoints<R, P> endpoints;

        Raw(QueryJobEndpoints<R, P> endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public RawResponse<QueryJob> create(P params, RequestOptions options) {
            return endpoints.create(params, options).raw();
        }

        @Override
        public RawResponse<ListPage<QueryJob, QueryJobListParams>> list(QueryJobListParams params, RequestOptions options) {
            return endpoints.list(params, options).raw();
        }

        @Override
        public RawResponse<QueryJob> retrieve(String jobId, RequestOptions options) {
            return endpoints.retrieve(jobId, options).raw();
        }

        @Override
        public RawResponse<QueryJob> cancel(String jobId, RequestOptions options) {
            return endpoints.cancel(jobId, options).raw();
        }

        @Override
        public RawResponse<ResultsPage<R>> results(String jobId, ResultsPageParams params, RequestOptions options) {
            return endpoints.results(jobId, params, options).raw();
        }
    }

    static final class Async<R, P extends QueryJobParams> implements QueryJobServiceAsync<R, P> {
        private final QueryJobEndpoints<R, P> endpoints;

        Async(QueryJobEndpoints<R, P> endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public QueryJobServiceAsync.WithRawResponse<R, P> withRawResponse() {
            return new AsyncRaw<>(endpoints);
        }

        @Override
        public CompletableFuture<QueryJob> create() {
            return create(endpoints.all());
        }

        @Override
        public CompletableFuture<QueryJob> create(P params, RequestOptions options) {
            return endpoints.create(params, options).getAsync();
        }

        @Override
        public CompletableFuture<AsyncListPage<QueryJob, QueryJobListParams>> list(QueryJobListParams params, RequestOptions options) {
            return endpoints.list(params, options).getAsync().thenApply(AsyncListPage::of);
        }

        @Override
        public CompletableFuture<QueryJob> retrieve(String jobId, RequestOptions options) {
            return endpoints.retrieve(jobId, options).getAsync();
        }

        @Override
        public CompletableFuture<QueryJob> cancel(String jobId, RequestOptions options) {
            return endpoints.cancel(jobId, options).getAsync();
        }

        @Override
        public CompletableFuture<ResultsPage<R>> results(String jobId, ResultsPageParams params, RequestOptions options) {
            return endpoints.results(jobId, params, options).getAsync();
        }

        @Override
        public CompletableFuture<QueryJobExport<R>> export(P params, ExportOptions options) {
            return rows(endpoints.create(params, options.requestOptions()).getAsync(), options);
        }

        @Override
        public CompletableFuture<QueryJobExport<R>> exportJob(String jobId, ExportOptions options) {
            return rows(endpoints.retrieve(jobId, options.requestOptions()).getAsync(), options);
        }

        private CompletableFuture<QueryJobExport<R>> rows(CompletableFuture<QueryJob> first, ExportOptions options) {
            return JobWait.until(endpoints, first, options, true, () -> false)
                    .thenApply(job -> new QueryJobExportRun<>(endpoints, job.id(), options, job));
        }
    }

    static final class AsyncRaw<R, P extends QueryJobParams> implements QueryJobServiceAsync.WithRawResponse<R, P> {
        private final QueryJobEndpoints<R, P> endpoints;

        AsyncRaw(QueryJobEndpoints<R, P> endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public CompletableFuture<RawResponse<QueryJob>> create(P params, RequestOptions options) {
            return endpoints.create(params, options).execute(true);
        }

        @Override
        public CompletableFuture<RawResponse<AsyncListPage<QueryJob, QueryJobListParams>>> list(QueryJobListParams params, RequestOptions options) {
            return endpoints.list(params, options).execute(true).thenApply(Endpoints::asyncPage);
        }

        @Override
        public CompletableFuture<RawResponse<QueryJob>> retrieve(String jobId, RequestOptions options) {
            return endpoints.retrieve(jobId, options).execute(true);
        }

        @Override
        public CompletableFuture<RawResponse<QueryJob>> cancel(String jobId, RequestOptions options) {
            return endpoints.cancel(jobId, options).execute(true);
        }

        @Override
        public CompletableFuture<RawResponse<ResultsPage<R>>> results(String jobId, ResultsPageParams params, RequestOptions options) {
            return endpoints.results(jobId, params, options).execute(true);
        }
    }
}
