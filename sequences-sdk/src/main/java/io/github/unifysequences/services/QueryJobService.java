package io.github.unifysequences.services;

import io.github.unifysequences.core.ExportOptions;
import io.github.unifysequences.core.ListPage;
import io.github.unifysequences.core.QueryJobExport;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.core.ResultsPage;
import io.github.unifysequences.models.QueryJob;
import io.github.unifysequences.models.QueryJobListParams;
import io.github.unifysequences.models.QueryJobParams;
import io.github.unifysequences.models.ResultsPageParams;

/**
 * Bulk API query jobs: export every row matching a filter. The one-call {@link #export} creates the job, waits for
 * it with backoff, and streams the rows; the other operations expose each step of the job's lifecycle.
 *
 * <pre>{@code
 * // everything in one call, at flat memory
 * try (QueryJobExport<SequenceEnrollment> rows = client.enrollments().queryJobs().export(params)) {
 *     rows.forEach(row -> csv.write(row.id(), row.person().email(), row.status().asString()));
 * }
 *
 * // or step by step
 * QueryJob job = client.enrollments().queryJobs().create(params);
 * job = client.enrollments().queryJobs().retrieve(job.id());      // poll, with backoff, until FINISHED
 * ResultsPage<SequenceEnrollment> page = client.enrollments().queryJobs().results(job.id());
 * }</pre>
 *
 * <p>Reached through {@code client.enrollments().queryJobs()} (rows: {@code SequenceEnrollment}, params:
 * {@code EnrollmentQueryParams}) and {@code client.enrollmentSteps().queryJobs()} ({@code SequenceEnrollmentStep},
 * {@code EnrollmentStepQueryParams}). Thread-safe. Job ids are strings, as the spec types them (the API issues UUIDs today, but no format is promised).
 *
 * @param <R> the result row type
 * @param <P> the filter params type
 */
public interface QueryJobService<R, P extends QueryJobParams> {

    /**
     * Same as the full overload with no filter and default options: a job over every row.
     *
     * @return the new job, {@code IN_PROGRESS}
     */
    QueryJob create();

    /**
     * Same as the full overload with default options.
     *
     * @param params the filters
     * @return the new job, {@code IN_PROGRESS}
     */
    QueryJob create(P params);

    /**
     * Starts a query job. The job runs in the background; its results can be fetched once it is {@code FINISHED}
     * and expire 24 hours after creation. The API allows about 100 creations a day per account.
     *
     * <p>Sent once, never resent after an ambiguous failure (a timeout after sending, a 5xx): a resend could start
     * a second job. {@link #list()} shows the jobs that exist.
     *
     * @param params the filters
     * @param options settings for this call only
     * @return the new job, {@code IN_PROGRESS}
     */
    QueryJob create(P params, RequestOptions options);

    /**
     * Same as the full overload with default paging and options.
     *
     * @return the first page of jobs, newest first
     */
    ListPage<QueryJob, QueryJobListParams> list();

    /**
     * Same as the full overload with default options.
     *
     * @param params paging and the status filter
     * @return the first page of jobs
     */
    ListPage<QueryJob, QueryJobListParams> list(QueryJobListParams params);

    /**
     * Lists the account's query jobs of this kind; {@code autoPager()} follows the cursors.
     *
     * @param params paging and the status filter
     * @param options settings for this call only
     * @return the first page of jobs
     */
    ListPage<QueryJob, QueryJobListParams> list(QueryJobListParams params, RequestOptions options);

    /**
     * Same as the full overload with default options.
     *
     * @param jobId the job id, as {@code QueryJob.id()} gives it
     * @return the job
     * @throws IllegalArgumentException if the id is blank or could change the request path (nothing is sent): blank, {@code .} or {@code ..}, or holding {@code / \ ? # %} or whitespace
     */
    QueryJob retrieve(String jobId);

    /**
     * Retrieves a job: its status and, once {@code FINISHED}, {@code totalRows}. Poll with backoff, not in a
     * tight loop: the API allows about 10 status requests a second per account.
     *
     * @param jobId the job id, as {@code QueryJob.id()} gives it
     * @param options settings for this call only
     * @return the job
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such job
     * @throws IllegalArgumentException if the id is blank or could change the request path (nothing is sent): blank, {@code .} or {@code ..}, or holding {@code / \ ? # %} or whitespace
     */
    QueryJob retrieve(String jobId, RequestOptions options);

    /**
     * Same as the full overload with default options.
     *
     * @param jobId the job id, as {@code QueryJob.id()} gives it
     * @return the job, {@code CANCELED}
     * @throws IllegalArgumentException if the id is blank or could change the request path (nothing is sent): blank, {@code .} or {@code ..}, or holding {@code / \ ? # %} or whitespace
     */
    QueryJob cancel(String jobId);

    /**
     * Cancels a job that is still {@code IN_PROGRESS}.
     *
     * @param jobId the job id, as {@code QueryJob.id()} gives it
     * @param options settings for this call only
     * @return the job, {@code CANCELED}; only its id and status are known
     * @throws io.github.unifysequences.errors.JobNotCancelableException if the job is no longer in progress
     * @throws IllegalArgumentException if the id is blank or could change the request path (nothing is sent): blank, {@code .} or {@code ..}, or holding {@code / \ ? # %} or whitespace
     */
    QueryJob cancel(String jobId, RequestOptions options);

    /**
     * Same as the full overload with the first page and default options.
     *
     * @param jobId the job id, as {@code QueryJob.id()} gives it
     * @return the first page of results
     * @throws IllegalArgumentException if the id is blank or could change the request path (nothing is sent): blank, {@code .} or {@code ..}, or holding {@code / \ ? # %} or whitespace
     */
    ResultsPage<R> results(String jobId);

    /**
     * Same as the full overload with default options.
     *
     * @param jobId the job id, as {@code QueryJob.id()} gives it
     * @param params the page number and size
     * @return the page of results
     * @throws IllegalArgumentException if the id is blank or could change the request path (nothing is sent): blank, {@code .} or {@code ..}, or holding {@code / \ ? # %} or whitespace
     */
    ResultsPage<R> results(String jobId, ResultsPageParams params);

    /**
     * Fetches one JSON page of a finished job's results, up to 2,000 rows. Pages are stable, so any page can be
     * fetched again. For every row of a large job, {@link #exportJob(String)} streams pages five times larger.
     *
     * @param jobId the job id, as {@code QueryJob.id()} gives it
     * @param params the page number and size
     * @param options settings for this call only
     * @return the page of results
     * @throws io.github.unifysequences.errors.ResultsNotReadyException if the job has not finished
     * @throws io.github.unifysequences.errors.ResultsFailedException if the job failed
     * @throws io.github.unifysequences.errors.ResultsCanceledException if the job was cancelled
     * @throws io.github.unifysequences.errors.ResultsExpiredException if the job expired
     * @throws IllegalArgumentException if the id is blank or could change the request path (nothing is sent): blank, {@code .} or {@code ..}, or holding {@code / \ ? # %} or whitespace
     */
    ResultsPage<R> results(String jobId, ResultsPageParams params, RequestOptions options);

    /**
     * Same as {@link #export(QueryJobParams, ExportOptions)} with default export options.
     *
     * @param params the filters
     * @return the rows, read lazily; close it
     */
    QueryJobExport<R> export(P params);

    /**
     * Creates a job and returns its rows as one lazy stream. The job is created now; iterating waits for it
     * (polling with doubling intervals, up to {@code options.waitTimeout()}), then streams the pages as NDJSON, one
     * row at a time. See {@link QueryJobExport} for the guarantees.
     *
     * @param params the filters
     * @param options page size, polling, progress callback and request options
     * @return the rows, read lazily; close it
     */
    QueryJobExport<R> export(P params, ExportOptions options);

    /**
     * Same as {@link #exportJob(String, ExportOptions)} with default export options.
     *
     * @param jobId the job id, as {@code QueryJob.id()} gives it
     * @return the rows, read lazily; close it
     * @throws IllegalArgumentException if the id is blank or could change the request path (nothing is sent): blank, {@code .} or {@code ..}, or holding {@code / \ ? # %} or whitespace
     */
    QueryJobExport<R> exportJob(String jobId);

    /**
     * Streams the rows of an existing job, waiting for it first if it is still in progress: to resume after a
     * crash, or to read a job created earlier.
     *
     * @param jobId the job id, as {@code QueryJob.id()} gives it
     * @param options page size, polling, progress callback and request options
     * @return the rows, read lazily; close it
     * @throws IllegalArgumentException if the id is blank or could change the request path (nothing is sent): blank, {@code .} or {@code ..}, or holding {@code / \ ? # %} or whitespace
     */
    QueryJobExport<R> exportJob(String jobId, ExportOptions options);

    /** @return the same operations (except the exports), answering {@link RawResponse}s with the HTTP status and headers */
    WithRawResponse<R, P> withRawResponse();

    /**
     * {@link QueryJobService}'s operations, answering the HTTP status and headers along with the parsed body.
     *
     * @param <R> the result row type
     * @param <P> the filter params type
     */
    interface WithRawResponse<R, P extends QueryJobParams> {

        /**
         * Like {@link QueryJobService#create(QueryJobParams, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param params the filters
         * @param options settings for this call only
         * @return the response with the new job
         */
        RawResponse<QueryJob> create(P params, RequestOptions options);

        /**
         * Like {@link QueryJobService#list()}, also giving the HTTP status and headers.
         *
         * @return the response with the first page of jobs
         */
        RawResponse<ListPage<QueryJob, QueryJobListParams>> list();

        /**
         * Like {@link QueryJobService#list(QueryJobListParams, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param params paging and the status filter
         * @param options settings for this call only
         * @return the response with the first page of jobs
         */
        RawResponse<ListPage<QueryJob, QueryJobListParams>> list(QueryJobListParams params, RequestOptions options);

        /**
         * Like {@link QueryJobService#retrieve(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param jobId the job id, as {@code QueryJob.id()} gives it
         * @param options settings for this call only
         * @return the response with the job
         * @throws IllegalArgumentException if the id is blank or could change the request path (nothing is sent): blank, {@code .} or {@code ..}, or holding {@code / \ ? # %} or whitespace
         */
        RawResponse<QueryJob> retrieve(String jobId, RequestOptions options);

        /**
         * Like {@link QueryJobService#retrieve(String)}, also giving the HTTP status and headers.
         *
         * @param jobId the job id, as {@code QueryJob.id()} gives it
         * @return the response with the job
         * @throws IllegalArgumentException if the id is blank or could change the request path (nothing is sent): blank, {@code .} or {@code ..}, or holding {@code / \ ? # %} or whitespace
         */
        RawResponse<QueryJob> retrieve(String jobId);

        /**
         * Like {@link QueryJobService#cancel(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param jobId the job id, as {@code QueryJob.id()} gives it
         * @param options settings for this call only
         * @return the response with the cancelled job
         * @throws IllegalArgumentException if the id is blank or could change the request path (nothing is sent): blank, {@code .} or {@code ..}, or holding {@code / \ ? # %} or whitespace
         */
        RawResponse<QueryJob> cancel(String jobId, RequestOptions options);

        /**
         * Like {@link QueryJobService#cancel(String)}, also giving the HTTP status and headers.
         *
         * @param jobId the job id, as {@code QueryJob.id()} gives it
         * @return the response with the cancelled job
         * @throws IllegalArgumentException if the id is blank or could change the request path (nothing is sent): blank, {@code .} or {@code ..}, or holding {@code / \ ? # %} or whitespace
         */
        RawResponse<QueryJob> cancel(String jobId);

        /**
         * Like {@link QueryJobService#results(String, ResultsPageParams, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param jobId the job id, as {@code QueryJob.id()} gives it
         * @param params the page number and size
         * @param options settings for this call only
         * @return the response with the page of results
         * @throws IllegalArgumentException if the id is blank or could change the request path (nothing is sent): blank, {@code .} or {@code ..}, or holding {@code / \ ? # %} or whitespace
         */
        RawResponse<ResultsPage<R>> results(String jobId, ResultsPageParams params, RequestOptions options);

        /**
         * Like {@link QueryJobService#results(String, ResultsPageParams)}, also giving the HTTP status and headers.
         *
         * @param jobId the job id, as {@code QueryJob.id()} gives it
         * @param params the page number and size
         * @return the response with the page of results
         * @throws IllegalArgumentException if the id is blank or could change the request path (nothing is sent): blank, {@code .} or {@code ..}, or holding {@code / \ ? # %} or whitespace
         */
        RawResponse<ResultsPage<R>> results(String jobId, ResultsPageParams params);
    }
}
