package io.github.unifysequences.client;

import com.google.gson.JsonParseException;
import io.github.unifysequences.core.ExportOptions;
import io.github.unifysequences.core.QueryJobExport;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.errors.UnreadableItemException;
import io.github.unifysequences.errors.InvalidResponseException;
import io.github.unifysequences.errors.JobNotCancelableException;
import io.github.unifysequences.errors.QueryJobFailedException;
import io.github.unifysequences.errors.ResultsCanceledException;
import io.github.unifysequences.errors.ResultsExpiredException;
import io.github.unifysequences.errors.ResultsFailedException;
import io.github.unifysequences.errors.ResultsPageTooLargeException;
import io.github.unifysequences.errors.UnifyIoException;
import io.github.unifysequences.errors.UnifyServiceException;
import io.github.unifysequences.errors.UnifyTimeoutException;
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
 * pages of a finished job never change. A page that ends early without an error counts as broken off too, unless
 * the job's total is unknown (no {@code total_rows}, no {@code x-total}): then a short or empty page is the last.
 * A page refused as too large (413) is requested again at half the page size, from the first row not yet
 * delivered. Each page's exchange is bounded by the per-call timeout; a page that keeps breaking off without
 * delivering a new row fails the export after the retries.
 *
 * <p>{@link #close()} may be called from any thread: it cancels the open page's call, which ends a read blocked
 * in it at once; a wait between polls ends at its next poll.
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
    /** Starts at the requested size; halved on each 413. */
    private int pageSize;
    private long delivered;
    private int deliveredInPage;
    private int readInAttempt;
    /** {@code deliveredInPage} when the current attempt at the page was opened. */
    private int deliveredAtOpen;
    private int pageFailures;
    private volatile NdjsonPage open;
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
        this.pageSize = options.pageSize();
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
        } catch (UnreadableItemException oneRow) {
            throw oneRow;
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

    /** From any thread: a read blocked on the open page ends at once, a wait between polls at its next poll. */
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

    /** Every status that is not terminal is waited for; see {@link JobWait}. */
    private void awaitFinished() {
        CompletableFuture<QueryJob> first = endpoints.retrieve(jobId, requestOptions).execute(false).thenApply(RawResponse::body);
        accept(Pipeline.join(JobWait.until(endpoints, first, options, false, () -> closed)));
    }

    /** Takes the waited-for job: a job that ended in any other way than finishing fails the export. */
    private void accept(QueryJob job) {
        if (!job.isFinished()) {
            // Both strings come from the server, which may echo anything; the exception's message is built from them.
            throw new QueryJobFailedException(jobId, QueryJobStatus.of(endpoints.endpoints().redact(job.status().asString())),
                    delivered, endpoints.endpoints().redact(job.errorCode().orElse("no error code")), null);
        }
        job.totalRows().ifPresent(rows -> total = rows);
    }

    private R advance() {
        while (!closed) {
            if (open == null) {
                if (total >= 0 && (long) (page - 1) * pageSize >= total) {
                    return null;
                }
                if (!openPage()) {
                    continue;
                }
            }
            String line;
            try {
                line = open.nextLine();
            } catch (IOException e) {
                if (closed) {
                    return null;
                }
                retryPage(e);
                continue;
            }
            if (line == null) {
                finishPage();
            } else if (readInAttempt++ >= deliveredInPage) {
                // Counted before it is read: a row that cannot be read is still passed, so the export goes on after it.
                deliveredInPage++;
                delivered++;
                return decode(line);
            }
        }
        return null;
    }

    /** @return whether a page is open; {@code false} after a 413 shrank the page size, to be requested again */
    private boolean openPage() {
        NdjsonPage opened;
        try {
            opened = endpoints.streamResults(jobId, page, pageSize, requestOptions).get();
        } catch (ResultsPageTooLargeException e) {
            shrinkPage(e);
            return false;
        } catch (ResultsExpiredException e) {
            throw stopped(QueryJobStatus.EXPIRED, e);
        } catch (ResultsFailedException e) {
            throw stopped(QueryJobStatus.FAILED, e);
        } catch (ResultsCanceledException e) {
            throw stopped(QueryJobStatus.CANCELED, e);
        }
        readInAttempt = 0;
        deliveredAtOpen = deliveredInPage;
        opened.total().ifPresent(rows -> total = rows);
        open = opened;
        if (closed) {
            closePage();
        }
        return true;
    }

    /**
     * 413 may mean the page's payload is too large, not only its row count: halve the page size and go on from
     * the first row not yet delivered, which sits at the same offset in the smaller pages of the same result.
     */
    private void shrinkPage(ResultsPageTooLargeException tooLarge) {
        if (pageSize == 1) {
            throw tooLarge;
        }
        pageSize = pageSize / 2;
        page = (int) (delivered / pageSize) + 1;
        deliveredInPage = (int) (delivered % pageSize);
    }

    private QueryJobFailedException stopped(QueryJobStatus status, UnifyServiceException cause) {
        return new QueryJobFailedException(jobId, status, delivered, cause.apiStatus().orElse(String.valueOf(cause.statusCode())),
                cause);
    }

    /**
     * A page that ends short of its share of a known total broke off as surely as one that threw. Without a known
     * total, a short or empty page is the last one.
     */
    private void finishPage() {
        if (total >= 0) {
            long expected = Math.min(pageSize, total - (long) (page - 1) * pageSize);
            if (deliveredInPage < expected) {
                retryPage(new EOFException("page " + page + " ended after " + deliveredInPage + " of " + expected + " rows"));
                return;
            }
        } else if (deliveredInPage < pageSize) {
            total = delivered;
        }
        closePage();
        page++;
        deliveredInPage = 0;
        pageFailures = 0;
        report();
    }

    /** An attempt that delivered new rows made progress (a slow reader may outlast the per-call timeout), so only attempts that did not are counted. */
    private void retryPage(IOException failure) {
        closePage();
        if (deliveredInPage > deliveredAtOpen) {
            pageFailures = 0;
        }
        pageFailures++;
        if (pageFailures > maxPageRetries) {
            String message = "Export of query job " + jobId + ": page " + page + " broke off " + pageFailures
                    + " times without a new row; " + delivered + " rows were delivered";
            throw Pipeline.isTimeout(failure) ? new UnifyTimeoutException(message, failure) : new UnifyIoException(message, failure);
        }
        sleep(Pipeline.backoff(pageFailures));
    }

    /** An unreadable row is reported when it is reached; the next {@code hasNext()} goes on with the following row. */
    private R decode(String line) {
        try {
            return endpoints.line().apply(line);
        } catch (JsonParseException e) {
            throw new UnreadableItemException(endpoints.endpoints().redact("Row " + deliveredInPage + " of page " + page
                    + " of query job " + jobId + " is not the documented JSON: " + e.getMessage()),
                    (int) Math.min(delivered - 1, Integer.MAX_VALUE), line, e);
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
