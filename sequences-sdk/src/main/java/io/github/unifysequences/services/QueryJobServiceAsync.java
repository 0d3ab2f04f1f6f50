package io.github.unifysequences.services;

import io.github.unifysequences.core.AsyncListPage;
import io.github.unifysequences.core.ExportOptions;
import io.github.unifysequences.core.QueryJobExport;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.core.ResultsPage;
import io.github.unifysequences.models.QueryJob;
import io.github.unifysequences.models.QueryJobListParams;
import io.github.unifysequences.models.QueryJobParams;
import io.github.unifysequences.models.ResultsPageParams;
import java.util.concurrent.CompletableFuture;

/**
 * Bulk API query jobs: create, list, retrieve, cancel and fetch result pages.
 *
 * <pre>{@code
 * asyncClient.enrollments().queryJobs().create(params)
 *         .thenAccept(job -> System.out.println(job.id() + " expires " + job.expiresAt().orElseThrow()));
 * }</pre>
 *
 * <p>The non-blocking twin of {@link QueryJobService}, reached through {@code asyncClient.enrollments().queryJobs()}
 * and {@code asyncClient.enrollmentSteps().queryJobs()}. Thread-safe. {@link #export} waits for the job without
 * blocking a thread, then hands over the rows as a {@link QueryJobExport} to pull from (pulling is the backpressure:
 * a page is read only as fast as you iterate). Every future completes, or fails with the exceptions the
 * blocking client would throw; cancelling one cancels its request. Invalid arguments throw at once, on the
 * caller's thread, before anything is sent.
 *
 * @param <R> the result row type
 * @param <P> the filter params type
 */
public interface QueryJobServiceAsync<R, P extends QueryJobParams> {

    /**
     * Same as the full overload with no filter and default options: a job over every row.
     *
     * @return the new job, {@code IN_PROGRESS}, when it arrives
     */
    CompletableFuture<QueryJob> create();

    /**
     * Same as the full overload with default options.
     *
     * @param params the filters
     * @return the new job, {@code IN_PROGRESS}, when it arrives
     */
    CompletableFuture<QueryJob> create(P params);

    /**
     * Starts a query job; see {@link QueryJobService#create(QueryJobParams, RequestOptions)}.
     *
     * @param params the filters
     * @param options settings for this call only
     * @return the new job, {@code IN_PROGRESS}, when it arrives
     */
    CompletableFuture<QueryJob> create(P params, RequestOptions options);

    /**
     * Same as the full overload with default paging and options.
     *
     * @return the first page of jobs, when it arrives
     */
    CompletableFuture<AsyncListPage<QueryJob, QueryJobListParams>> list();

    /**
     * Same as the full overload with default options.
     *
     * @param params paging and the status filter
     * @return the first page of jobs, when it arrives
     */
    CompletableFuture<AsyncListPage<QueryJob, QueryJobListParams>> list(QueryJobListParams params);

    /**
     * Lists the account's query jobs of this kind; {@code autoPager()} follows the cursors.
     *
     * @param params paging and the status filter
     * @param options settings for this call only
     * @return the first page of jobs, when it arrives
     */
    CompletableFuture<AsyncListPage<QueryJob, QueryJobListParams>> list(
            QueryJobListParams params, RequestOptions options);

    /**
     * Same as the full overload with default options.
     *
     * @param jobId the job id, as {@code QueryJob.id()} gives it
     * @return the job, when it arrives
     * @throws IllegalArgumentException if the id is blank or could change the request path (nothing is sent): blank, {@code .} or {@code ..}, or holding {@code / \ ? # %} or whitespace
     */
    CompletableFuture<QueryJob> retrieve(String jobId);

    /**
     * Retrieves a job; see {@link QueryJobService#retrieve(String, RequestOptions)}.
     *
     * @param jobId the job id, as {@code QueryJob.id()} gives it
     * @param options settings for this call only
     * @return the job, when it arrives
     * @throws IllegalArgumentException if the id is blank or could change the request path (nothing is sent): blank, {@code .} or {@code ..}, or holding {@code / \ ? # %} or whitespace
     */
    CompletableFuture<QueryJob> retrieve(String jobId, RequestOptions options);

    /**
     * Same as the full overload with default options.
     *
     * @param jobId the job id, as {@code QueryJob.id()} gives it
     * @return the job, {@code CANCELED}, when it arrives
     * @throws IllegalArgumentException if the id is blank or could change the request path (nothing is sent): blank, {@code .} or {@code ..}, or holding {@code / \ ? # %} or whitespace
     */
    CompletableFuture<QueryJob> cancel(String jobId);

    /**
     * Cancels a job that is still {@code IN_PROGRESS}; see {@link QueryJobService#cancel(String, RequestOptions)}.
     *
     * @param jobId the job id, as {@code QueryJob.id()} gives it
     * @param options settings for this call only
     * @return the job, {@code CANCELED}, when it arrives
     * @throws IllegalArgumentException if the id is blank or could change the request path (nothing is sent): blank, {@code .} or {@code ..}, or holding {@code / \ ? # %} or whitespace
     */
    CompletableFuture<QueryJob> cancel(String jobId, RequestOptions options);

    /**
     * Same as the full overload with the first page and default options.
     *
     * @param jobId the job id, as {@code QueryJob.id()} gives it
     * @return the first page of results, when it arrives
     * @throws IllegalArgumentException if the id is blank or could change the request path (nothing is sent): blank, {@code .} or {@code ..}, or holding {@code / \ ? # %} or whitespace
     */
    CompletableFuture<ResultsPage<R>> results(String jobId);

    /**
     * Same as the full overload with default options.
     *
     * @param jobId the job id, as {@code QueryJob.id()} gives it
     * @param params the page number and size
     * @return the page of results, when it arrives
     * @throws IllegalArgumentException if the id is blank or could change the request path (nothing is sent): blank, {@code .} or {@code ..}, or holding {@code / \ ? # %} or whitespace
     */
    CompletableFuture<ResultsPage<R>> results(String jobId, ResultsPageParams params);

    /**
     * Fetches one JSON page of a finished job's results; see
     * {@link QueryJobService#results(String, ResultsPageParams, RequestOptions)}.
     *
     * @param jobId the job id, as {@code QueryJob.id()} gives it
     * @param params the page number and size
     * @param options settings for this call only
     * @return the page of results, when it arrives
     * @throws IllegalArgumentException if the id is blank or could change the request path (nothing is sent): blank, {@code .} or {@code ..}, or holding {@code / \ ? # %} or whitespace
     */
    CompletableFuture<ResultsPage<R>> results(String jobId, ResultsPageParams params, RequestOptions options);

    /**
     * Creates a job and waits for it without blocking a thread (polling with doubling intervals, up to
     * {@code options.waitTimeout()}), then completes with its rows, ready to stream: iterate them on a thread of
     * yours (reading blocks while a page arrives; see {@link QueryJobExport}). Cancelling the future stops the wait
     * and cancels the request in flight, but not the job on the server: cancel it with {@link #cancel(String)}, or
     * with {@link QueryJobExport#cancelJob()} once you hold the export.
     *
     * <pre>{@code
     * asyncClient.enrollments().queryJobs().export(params, ExportOptions.defaults())
     *         .thenAcceptAsync(rows -> { try (rows) { rows.forEach(this::write); } }, myExecutor);
     * }</pre>
     *
     * @param params the filters
     * @param options page size, polling, progress callback and request options
     * @return the rows once the job has finished; fails with
     *     {@link io.github.unifysequences.errors.QueryJobFailedException} if the job fails, expires or is cancelled,
     *     and {@link io.github.unifysequences.errors.UnifyTimeoutException} after {@code waitTimeout}
     */
    CompletableFuture<QueryJobExport<R>> export(P params, ExportOptions options);

    /**
     * Like {@link #export(QueryJobParams, ExportOptions)} for an existing job.
     *
     * @param jobId the job UUID
     * @param options page size, polling, progress callback and request options
     * @return the rows once the job has finished
     * @throws IllegalArgumentException if the id is not a UUID (nothing is sent)
     */
    CompletableFuture<QueryJobExport<R>> exportJob(String jobId, ExportOptions options);

    /** @return the same operations, answering {@link RawResponse}s with the HTTP status and headers */
    WithRawResponse<R, P> withRawResponse();

    /**
     * {@link QueryJobServiceAsync}'s operations, answering the HTTP status and headers along with the parsed body.
     *
     * @param <R> the result row type
     * @param <P> the filter params type
     */
    interface WithRawResponse<R, P extends QueryJobParams> {

        /**
         * Like {@link QueryJobServiceAsync#create(QueryJobParams, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param params the filters
         * @param options settings for this call only
         * @return the response with the new job, when it arrives
         */
        CompletableFuture<RawResponse<QueryJob>> create(P params, RequestOptions options);

        /**
         * Like {@link QueryJobServiceAsync#list(QueryJobListParams, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param params paging and the status filter
         * @param options settings for this call only
         * @return the response with the first page of jobs, when it arrives
         */
        CompletableFuture<RawResponse<AsyncListPage<QueryJob, QueryJobListParams>>> list(
                QueryJobListParams params, RequestOptions options);

        /**
         * Like {@link QueryJobServiceAsync#retrieve(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param jobId the job id, as {@code QueryJob.id()} gives it
         * @param options settings for this call only
         * @return the response with the job, when it arrives
         * @throws IllegalArgumentException if the id is blank or could change the request path (nothing is sent): blank, {@code .} or {@code ..}, or holding {@code / \ ? # %} or whitespace
         */
        CompletableFuture<RawResponse<QueryJob>> retrieve(String jobId, RequestOptions options);

        /**
         * Like {@link QueryJobServiceAsync#cancel(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param jobId the job id, as {@code QueryJob.id()} gives it
         * @param options settings for this call only
         * @return the response with the cancelled job, when it arrives
         * @throws IllegalArgumentException if the id is blank or could change the request path (nothing is sent): blank, {@code .} or {@code ..}, or holding {@code / \ ? # %} or whitespace
         */
        CompletableFuture<RawResponse<QueryJob>> cancel(String jobId, RequestOptions options);

        /**
         * Like {@link QueryJobServiceAsync#results(String, ResultsPageParams, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param jobId the job id, as {@code QueryJob.id()} gives it
         * @param params the page number and size
         * @param options settings for this call only
         * @return the response with the page of results, when it arrives
         * @throws IllegalArgumentException if the id is blank or could change the request path (nothing is sent): blank, {@code .} or {@code ..}, or holding {@code / \ ? # %} or whitespace
         */
        CompletableFuture<RawResponse<ResultsPage<R>>> results(
                String jobId, ResultsPageParams params, RequestOptions options);
    }
}
