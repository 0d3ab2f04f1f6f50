package io.github.unifysequences.core;

import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every row of a query job, read lazily as one stream: the first {@code hasNext()} waits for the job to finish,
 * then rows arrive in order as the API streams its pages, several pages requested at once
 * ({@link ExportOptions.Builder#concurrency}), so memory is bounded by {@code concurrency × pageSize} rows however
 * many rows there are.
 *
 * <pre>{@code
 * try (QueryJobExport<SequenceEnrollment> rows = client.enrollments().queryJobs().export(params)) {
 *     rows.stream().filter(SequenceEnrollment::isReplied).forEach(row -> write(row));
 * }
 * }</pre>
 *
 * <p>Single use and not thread-safe: iterate it once, from one thread. Close it (try-with-resources) to cancel
 * the page requests in flight early; {@link #stream()} closes it when the stream is closed. A page that fails in
 * transit is fetched again through the client's retry loop and resumed after the rows already read, so no row is
 * skipped or repeated; a page that still fails throws once every row before it was delivered. Failures
 * surface from {@code hasNext()}: {@link io.github.unifysequences.errors.QueryJobFailedException} when the job
 * fails, expires or is cancelled, and the SDK's usual exceptions otherwise.
 *
 * @param <T> the row type
 */
public interface QueryJobExport<T> extends Iterable<T>, AutoCloseable {

    /** @return the id of the job being exported, for {@code retrieve}, {@code cancel} or a later export */
    String jobId();

    /** @return rows handed to the caller so far */
    long rowsDelivered();

    /**
     * @return a sequential stream over the rows; closing it closes this export
     * @throws IllegalStateException if the rows were already iterated
     */
    default Stream<T> stream() {
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
                        false)
                .onClose(this::close);
    }

    /**
     * Cancels the page requests in flight, if any, and ends the iteration; from another thread, a wait for the job stops at its
     * next poll. Idempotent. The job itself is <em>not</em> cancelled on the server: it finishes, its results stay
     * readable until they expire, and {@code exportJob(jobId())} can read them later. Use {@link #cancelJob()} to
     * stop it too.
     */
    @Override
    void close();

    /**
     * Closes this export and cancels its job on the server (the query job's {@code cancel} operation), so that an
     * export abandoned while the job runs does not keep using the account's job capacity. A job that already
     * ended is left as it is.
     *
     * @throws io.github.unifysequences.errors.UnifyException if the cancel request fails
     */
    void cancelJob();
}
