package io.github.unifysequences.client;

import com.google.gson.JsonParseException;
import io.github.unifysequences.core.ExportOptions;
import io.github.unifysequences.core.QueryJobExport;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.errors.InvalidResponseException;
import io.github.unifysequences.errors.JobNotCancelableException;
import io.github.unifysequences.errors.QueryJobFailedException;
import io.github.unifysequences.errors.ResultsCanceledException;
import io.github.unifysequences.errors.ResultsExpiredException;
import io.github.unifysequences.errors.ResultsFailedException;
import io.github.unifysequences.errors.UnifyIoException;
import io.github.unifysequences.errors.UnifyServiceException;
import io.github.unifysequences.models.QueryJob;
import io.github.unifysequences.models.QueryJobStatus;
import java.io.EOFException;
import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;

/**
 * One export: wait for the job, then read its pages as NDJSON, one row at a time.
 *
 * <p>Requests go through the pipeline like every call, so a page whose request fails before the body (connect
 * failure, 5xx, 429) is retried there. What the pipeline cannot see is a body that breaks off after the 2xx:
 * such a page is requested again and the rows already delivered from it are skipped, which is safe because the
 * pages of a finished job never change. A page that ends early without an error counts as broken off too.
 */
final class QueryJobExportRun<R> implements QueryJobExport<R>, Iterator<R> {
    private final QueryJobEndpoints<R, ?> endpoints;
    private final String jobId;
    private final ExportOptions options;
    private final RequestOptions requestOptions;
    private final ClientConfig config;
    private final int maxPageRetries;

    private boolean iterated;
    private volatile boolean closed;
    private boolean ready;
    private long total = -1;
    private int page = 1;
    private long delivered;
    private int deliveredInPage;
    private int readInAttempt;
    private int pageFailures;
    private NdjsonPage open;
    private R next;

    QueryJobExportRun(QueryJobEndpoints<R, ?> endpoints, String jobId, ExportOptions options) {
        this(endpoints, jobId, options, null);
    }

    /** @param finished the job, already waited for (by the async export), or null to wait on the first {@code hasNext()} */
    QueryJobExportRun(QueryJobEndpoints<R, ?> endpoints, String jobId, ExportOptions options, QueryJob finished) {
        this.endpoints = endpoints;
        this.jobId = jobId;
        this.options = options;
        this.requestOptions = options.requestOptions();
        this.config = endpoints.endpoints().config();
        this.maxPageRetries = requestOptions.maxRetries().orElse(config.maxRetries());
        if (finished != null) {
            accept(finished);
            ready = true;
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
        if (next != null) {
            return true;
        }
        if (closed) {
            return false;
        }
        try {
            if (!ready) {
                awaitFinished();
                ready = true;
                report();
            }
            next = advance();
            return next != null;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public R next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        R row = next;
        next = null;
        return row;
    }

    /** From any thread: a wait in progress stops at its next poll, and the open page is released. */
    @Override
    public void close() {
        closed = true;
        next = null;
        closePage();
    }

    @Override
    public void cancelJob() {
        close();
        try {
            endpoints.cancel(jobId, requestOptions).get();
        } catch (JobNotCancelableException finished) {
            // The job already ended: there is nothing left to stop on the server.
        }
    }

    /** Only {@code IN_PROGRESS} is worth waiting for; see {@link JobWait}. */
    private void awaitFinished() {
        CompletableFuture<QueryJob> first = endpoints.retrieve(jobId, requestOptions).execute(false).thenApply(RawResponse::body);
        accept(Pipeline.join(JobWait.until(endpoints, first, options, false, () -> closed)));
    }

    /** Takes the waited-for job: a job that ended in any other way than finishing fails the export. */
    private void accept(QueryJob job) {
        if (!job.isFinished()) {
            throw new QueryJobFailedException(jobId, job.status(), delivered, job.errorCode().orElse("no error code"), null);
        }
        job.totalRows().ifPresent(rows -> total = rows);
    }

    private R advance() {
        while (!closed) {
            if (open == null) {
                if (total >= 0 && (long) (page - 1) * options.pageSize() >= total) {
                    return null;
                }
                openPage();
            }
            String line;
            try {
                line = open.nextLine();
            } catch (IOException e) {
                retryPage(e);
                continue;
            }
            if (line == null) {
                finishPage();
            } else if (readInAttempt++ >= deliveredInPage) {
                R row = decode(line);
                deliveredInPage++;
                delivered++;
                return row;
            }
        }
        return null;
    }

    private void openPage() {
        try {
            open = endpoints.streamResults(jobId, page, options.pageSize(), requestOptions).get();
        } catch (ResultsExpiredException e) {
            throw stopped(QueryJobStatus.EXPIRED, e);
        } catch (ResultsFailedException e) {
            throw stopped(QueryJobStatus.FAILED, e);
        } catch (ResultsCanceledException e) {
            throw stopped(QueryJobStatus.CANCELED, e);
        }
        readInAttempt = 0;
        open.total().ifPresent(rows -> total = rows);
    }

    private QueryJobFailedException stopped(QueryJobStatus status, UnifyServiceException cause) {
        return new QueryJobFailedException(jobId, status, delivered, cause.apiStatus().orElse(String.valueOf(cause.statusCode())),
                cause);
    }

    /** A page that ends short of its share of the total broke off as surely as one that threw. */
    private void finishPage() {
        long expected = total < 0 ? deliveredInPage : Math.min(options.pageSize(), total - (long) (page - 1) * options.pageSize());
        if (deliveredInPage < expected) {
            retryPage(new EOFException("page " + page + " ended after " + deliveredInPage + " of " + expected + " rows"));
            return;
        }
        closePage();
        if (total < 0) {
            total = delivered;
        }
        page++;
        deliveredInPage = 0;
        pageFailures = 0;
        report();
    }

    private void retryPage(IOException failure) {
        closePage();
        pageFailures++;
        if (pageFailures > maxPageRetries) {
            throw new UnifyIoException("Export of query job " + jobId + ": page " + page + " broke off " + pageFailures
                    + " times; " + delivered + " rows were delivered", failure);
        }
        sleep(Pipeline.backoff(pageFailures));
    }

    private R decode(String line) {
        try {
            return endpoints.line().apply(line);
        } catch (JsonParseException e) {
            throw new InvalidResponseException("Row " + (deliveredInPage + 1) + " of page " + page + " of query job " + jobId
                    + " is not the documented JSON: " + e.getMessage(), 200, e);
        }
    }

    private void sleep(Duration duration) {
        Pipeline.join(config.sleeper().sleep(duration, false));
    }

    private void report() {
        if (total >= 0) {
            options.progress().onProgress(delivered, total);
        }
    }

    private void closePage() {
        NdjsonPage page = open;
        open = null;
        if (page != null) {
            page.close();
        }
    }
}
