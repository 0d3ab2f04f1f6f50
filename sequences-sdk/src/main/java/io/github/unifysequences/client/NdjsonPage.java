package io.github.unifysequences.client;

import io.github.unifysequences.errors.ResultsPageTooLargeException;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * One page of an export's window: the rows {@code [next, end)} of the job, requested as results page
 * {@link #number()} of {@link #size()} rows. Its request's attempt reads the NDJSON body (as the stream reader of
 * the pipeline's streaming operation, on an OkHttp thread) into this page as the lines arrive, and the export's
 * reader takes them from here in order. A page holds at most its own rows, so the window bounds memory.
 *
 * <p>A body that breaks off, or ends short of a known {@code end}, fails its attempt, which the pipeline retries
 * like any failed read; the next attempt skips the rows this page already holds or delivered, which is safe because
 * the pages of a finished job never change. Without a known total, a short page is the last one.
 *
 * <p>State is guarded by the window's lock. The reading attempt and the request's completion take it; the window
 * calls every other method holding it.
 */
final class NdjsonPage implements Endpoints.Operation.BodyReader<NdjsonPage> {
    /** Not yet requested, requested (rows may be arriving), every row read, or failed after the pipeline's retries. */
    enum State {
        WAITING,
        REQUESTED,
        DONE,
        FAILED
    }

    private final ReentrantLock lock;
    private final Condition changed;
    private int number;
    private int size;
    /** The first row this page has not read yet (absolute, 0-based). */
    private long next;

    private long end;
    /** Whether {@code end} comes from the job's total, so that a body ending before it broke off. */
    private boolean endKnown;
    /** Whether the body ended before {@code end} while the total was unknown: no row follows this page. */
    private boolean last;
    /** Whether it was shrunk after a 413 and no answer at the smaller size has come yet. */
    private boolean probing;
    /** The {@code x-total} header of the last attempt, or -1. */
    private long reportedTotal = -1;

    private ArrayDeque<String> rows = new ArrayDeque<>();
    private State state = State.WAITING;
    private @Nullable Throwable failure;
    private @Nullable CompletableFuture<?> call;

    /**
     * @param from the first row wanted
     * @param size the page size to request; the page requested is the one holding {@code from}
     * @param limit no row at or after it is wanted (the job's total, or the end of a split page)
     * @param limitKnown whether {@code limit} is the job's total or within it
     */
    NdjsonPage(ReentrantLock lock, Condition changed, long from, int size, long limit, boolean limitKnown) {
        this.lock = lock;
        this.changed = changed;
        this.next = from;
        this.endKnown = limitKnown;
        address(size, limit);
    }

    /** Requests the page of {@code size} rows holding {@code next}; rows past {@code limit} are not read. */
    private void address(int size, long limit) {
        this.size = size;
        this.number = Math.toIntExact(next / size + 1);
        this.end = Math.min(limit, (long) number * size);
    }

    int number() {
        return number;
    }

    int size() {
        return size;
    }

    /** @return the row after this page's last */
    long end() {
        return end;
    }

    /** @return the first row this page has not read */
    long next() {
        return next;
    }

    @Override
    public NdjsonPage read(Response response) throws IOException {
        long total = NdjsonPage.total(response.header("x-total"));
        long skip;
        long room;
        lock.lock();
        try {
            probing = false;
            if (total >= 0) {
                reportedTotal = total;
                end = Math.min(end, total);
                endKnown = true;
            }
            skip = next - (long) (number - 1) * size;
            room = end - next;
        } finally {
            lock.unlock();
        }
        BufferedSource source = response.body().source();
        Buffer buffer = source.getBuffer();
        List<String> batch = new ArrayList<>();
        long seen = 0;
        while (batch.size() < room) {
            long newline = buffer.indexOf((byte) '\n');
            if (newline == -1) {
                // Rows already here are handed over before the read waits for the network.
                room = keep(batch);
                newline = source.indexOf((byte) '\n');
                if (newline == -1 && buffer.size() == 0) {
                    break;
                }
            }
            String line = newline == -1 ? buffer.readUtf8() : buffer.readUtf8(newline);
            if (newline != -1) {
                buffer.skip(1);
            }
            if (!line.isBlank() && seen++ >= skip) {
                batch.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            }
        }
        if (keep(batch) > 0) {
            ended();
        }
        return this;
    }

    /** @return the rows still wanted after these */
    private long keep(List<String> batch) {
        lock.lock();
        try {
            if (!batch.isEmpty()) {
                rows.addAll(batch);
                next += batch.size();
                batch.clear();
                changed.signalAll();
            }
            return end - next;
        } finally {
            lock.unlock();
        }
    }

    /** The body ended before {@code end}: it broke off if the total is known, else it was the last page. */
    private void ended() throws EOFException {
        lock.lock();
        try {
            if (endKnown) {
                throw new EOFException(
                        "page " + number + " (page_size " + size + ") ended at row " + next + " of " + end);
            }
            last = true;
        } finally {
            lock.unlock();
        }
    }

    private static long total(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.trim());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    /** Records the page's request; its completion moves the page to {@code DONE} or {@code FAILED}. */
    void requested(CompletableFuture<?> request) {
        state = State.REQUESTED;
        call = request;
        request.whenComplete((ignored, error) -> {
            lock.lock();
            try {
                failure = error == null ? null : Pipeline.unwrap(error);
                state = error == null ? State.DONE : State.FAILED;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        });
    }

    State state() {
        return state;
    }

    /** @return why the page failed, once {@code FAILED}; null before */
    @Nullable
    Throwable failure() {
        return failure;
    }

    /** @return whether it failed with 413 at a size that can still be halved */
    boolean tooLarge() {
        return state == State.FAILED && failure instanceof ResultsPageTooLargeException && size > 1;
    }

    /**
     * After a 413: the page is to be requested again at {@code smaller} rows, as the page of that size holding its
     * first row not yet read; the rows it holds stay.
     *
     * @return the rows this page no longer covers, {@code [end(), returned)}, to be covered by new pages
     */
    long shrink(int smaller) {
        long limit = end;
        address(smaller, limit);
        probing = true;
        state = State.WAITING;
        failure = null;
        return limit;
    }

    /** @return whether it was shrunk after a 413 and has not been answered with rows at its new size yet */
    boolean probing() {
        return probing;
    }

    /** @return whether the page ended short while the job's total was unknown, so that no row follows it */
    boolean last() {
        return last;
    }

    /** @return the job's rows as the {@code x-total} header of this page's response counted them, or -1 */
    long reportedTotal() {
        return reportedTotal;
    }

    /** @return the rows read since the last call, in order; empty if none arrived */
    ArrayDeque<String> take() {
        ArrayDeque<String> taken = rows;
        rows = new ArrayDeque<>();
        return taken;
    }

    boolean hasRows() {
        return !rows.isEmpty();
    }

    /** Cancels the request in flight, if any: its read fails at once, and the pipeline closes the response. */
    void cancel() {
        if (call != null) {
            call.cancel(true);
        }
    }
}
