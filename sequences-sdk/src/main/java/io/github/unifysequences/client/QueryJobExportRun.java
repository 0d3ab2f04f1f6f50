package io.github.unifysequences.client;

import com.google.gson.JsonParseException;
import io.github.unifysequences.core.ExportOptions;
import io.github.unifysequences.core.QueryJobExport;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.errors.JobNotCancelableException;
import io.github.unifysequences.errors.QueryJobFailedException;
import io.github.unifysequences.errors.ResultsCanceledException;
import io.github.unifysequences.errors.ResultsExpiredException;
import io.github.unifysequences.errors.ResultsFailedException;
import io.github.unifysequences.errors.UnifyIoException;
import io.github.unifysequences.errors.UnifyServiceException;
import io.github.unifysequences.errors.UnifyTimeoutException;
import io.github.unifysequences.errors.UnreadableItemException;
import io.github.unifysequences.models.QueryJob;
import io.github.unifysequences.models.QueryJobStatus;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One export: wait for the job, then read its result pages as NDJSON through an {@link ExportWindow}, one row at a
 * time, in order.
 *
 * <p>Every request goes through the pipeline's one retry loop, under the export's {@link RequestOptions}: the polls
 * of the job (spaced by {@link JobWait}, which is waiting, not retrying) and each page's request, whose attempt
 * includes reading its body, so that a page breaking off after its 2xx is retried like a connection that failed
 * before it (see {@link NdjsonPage}). Each page's exchange is bounded by the per-call timeout.
 *
 * <p>{@link #close()} may be called from any thread: it cancels the pages' requests, which ends a read blocked on
 * one at once; a wait between polls ends at its next poll.
 */
final class QueryJobExportRun<R> implements QueryJobExport<R>, Iterator<R> {
    private final QueryJobEndpoints<R, ?> endpoints;
    private final String jobId;
    private final ExportOptions options;

    private boolean iterated;
    private volatile boolean closed;
    /** Null until the job is known to have finished. */
    private volatile @Nullable ExportWindow window;

    private long delivered;
    /** The row {@code hasNext()} read and {@code next()} has not returned yet; null when there is none. */
    private @Nullable R next;

    QueryJobExportRun(QueryJobEndpoints<R, ?> endpoints, String jobId, ExportOptions options) {
        this(endpoints, jobId, options, null);
    }

    /** @param finished the job, already waited for (by the async export), or null to wait on the first {@code hasNext()} */
    QueryJobExportRun(
            QueryJobEndpoints<R, ?> endpoints, String jobId, ExportOptions options, @Nullable QueryJob finished) {
        this.endpoints = endpoints;
        this.jobId = jobId;
        this.options = options;
        if (finished != null) {
            window = open(finished);
        }
    }

    @Override
    public String jobId() {
        return jobId;
    }

    @Override
    public long rowsDelivered() {
        return delivered;
    }

    @Override
    public Iterator<R> iterator() {
        if (iterated) {
            throw new IllegalStateException("An export is read once; start another with exportJob(\"" + jobId + "\")");
        }
        iterated = true;
        return this;
    }

    @Override
    public boolean hasNext() {
        return peek() != null;
    }

    /** The next row, read ahead if {@code hasNext()} has not read it yet; null at the end or once closed. */
    private @Nullable R peek() {
        R row = next;
        if (row != null || closed) {
            return row;
        }
        try {
            ExportWindow rows = window;
            if (rows == null) {
                rows = open(awaitFinished());
                window = rows;
                if (closed) {
                    rows.close();
                }
                report(rows.total());
            }
            String line = rows.nextLine();
            if (line == null) {
                return null;
            }
            // Counted before it is read: a row that cannot be read is still passed, so the export goes on after it.
            delivered++;
            row = decode(line);
            next = row;
            return row;
        } catch (UnreadableItemException oneRow) {
            throw oneRow;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public R next() {
        R row = peek();
        if (row == null) {
            throw new NoSuchElementException();
        }
        next = null;
        return row;
    }

    /** From any thread: a read blocked on a page ends at once, a wait between polls at its next poll. */
    @Override
    public void close() {
        closed = true;
        next = null;
        ExportWindow rows = window;
        if (rows != null) {
            rows.close();
        }
    }

    @Override
    public void cancelJob() {
        close();
        try {
            endpoints.cancel(jobId, options.requestOptions()).get();
        } catch (JobNotCancelableException finished) {
            // The job already ended: there is nothing left to stop on the server.
        }
    }

    /** Every status that is not terminal is waited for; see {@link JobWait}. */
    private QueryJob awaitFinished() {
        CompletableFuture<QueryJob> first = endpoints
                .retrieve(jobId, options.requestOptions())
                .execute(false)
                .thenApply(RawResponse::body);
        return Pipeline.join(JobWait.until(endpoints, first, options, false, () -> closed));
    }

    /** Takes the waited-for job: a job that ended in any other way than finishing fails the export. */
    private ExportWindow open(QueryJob job) {
        if (!job.isFinished()) {
            // Both strings come from the server, which may echo anything; the exception's message is built from them.
            throw new QueryJobFailedException(
                    jobId,
                    QueryJobStatus.of(endpoints.endpoints().redact(job.status().asString())),
                    delivered,
                    endpoints.endpoints().redact(job.errorCode().orElse("no error code")),
                    null);
        }
        return new ExportWindow(
                options.pageSize(),
                options.concurrency(),
                job.totalRows().orElse(-1L),
                page -> endpoints
                        .streamResults(jobId, page, options.requestOptions())
                        .execute(true),
                this::failed,
                this::report);
    }

    /**
     * A page that failed after the pipeline's retries ends the export, once every row before it was delivered. The
     * pipeline completes a call only with the SDK's unchecked exceptions (or an {@link Error}).
     */
    private RuntimeException failed(NdjsonPage page, Throwable failure) {
        if (failure instanceof ResultsExpiredException e) {
            return stopped(QueryJobStatus.EXPIRED, e);
        }
        if (failure instanceof ResultsFailedException e) {
            return stopped(QueryJobStatus.FAILED, e);
        }
        if (failure instanceof ResultsCanceledException e) {
            return stopped(QueryJobStatus.CANCELED, e);
        }
        if (failure instanceof UnifyIoException e) {
            String message = "Export of query job " + jobId + ": page " + page.number() + " (page_size " + page.size()
                    + ") failed; " + delivered + " rows were delivered: " + e.getMessage();
            return e instanceof UnifyTimeoutException
                    ? new UnifyTimeoutException(message, e)
                    : new UnifyIoException(message, e);
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return (RuntimeException) failure;
    }

    private QueryJobFailedException stopped(QueryJobStatus status, UnifyServiceException cause) {
        return new QueryJobFailedException(
                jobId, status, delivered, cause.apiStatus().orElse(String.valueOf(cause.statusCode())), cause);
    }

    /** An unreadable row is reported when it is reached; the next {@code hasNext()} goes on with the following row. */
    private R decode(String line) {
        try {
            return endpoints.line().apply(line);
        } catch (JsonParseException e) {
            throw new UnreadableItemException(
                    endpoints
                            .endpoints()
                            .redact("Row " + (delivered - 1) + " of query job " + jobId
                                    + " is not the documented JSON: " + e.getMessage()),
                    (int) Math.min(delivered - 1, Integer.MAX_VALUE),
                    line,
                    e);
        }
    }

    /** @param total the job's rows as the window knows them; -1 while unknown, and then nothing is reported */
    private void report(long total) {
        if (total >= 0) {
            options.progress().onProgress(delivered, total);
        }
    }
}
