package io.github.unifysequences.client;

import io.github.unifysequences.errors.UnifyInterruptedException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The result pages of one export that are requested and not yet delivered, in row order: up to {@code concurrency}
 * of them at once, each read into memory as it arrives while the reader takes rows from the first. Rows therefore
 * reach the reader in order and exactly once, and at most {@code concurrency × pageSize} rows are held.
 *
 * <p>Pages are addressed by row: a page covers the rows {@code [(number - 1) × size, number × size)}. A 413 on a
 * page halves its size for it and every later page: the page is requested again as the smaller page that holds its
 * first row not yet read, and the rows it no longer covers become pages of their own, in their place in the order
 * (requested when the window has room). Without a known total, one page is requested at a time, until a page's
 * {@code x-total} tells the total or a short page ends the rows. A page that fails for any other reason fails the
 * export when the reader reaches it, after every row before it; no page after it is requested.
 *
 * <p>The reader's methods run on one thread; {@link #close()} may be called from any.
 */
final class ExportWindow {
    /** What the reader's wait ended with. */
    private enum Step {
        ROWS,
        PAGE_DONE,
        END
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final int concurrency;
    private final Function<NdjsonPage, CompletableFuture<?>> request;
    private final BiFunction<NdjsonPage, Throwable, RuntimeException> failed;
    private final LongConsumer pageDone;
    /** In row order; guarded by {@code lock}. */
    private final List<NdjsonPage> pages = new ArrayList<>();
    /** Rows taken from the first page, not yet handed out; reader thread only. */
    private ArrayDeque<String> taken = new ArrayDeque<>();
    /** The size of pages not yet opened; halved after a 413. Reader thread only, like the two below. */
    private int pageSize;
    /** The first row no page covers yet. */
    private long nextRow;
    /** The job's rows, or -1 while unknown. */
    private long total;

    private volatile boolean closed;

    /**
     * @param total the job's rows, or -1 if it did not say
     * @param request starts a page's request through the pipeline, without blocking
     * @param failed the exception to throw for a page that failed after the pipeline's retries
     * @param pageDone told on the reader's thread each time every row of a page was handed out, with the total as
     *     then known ({@link #total()})
     */
    ExportWindow(
            int pageSize,
            int concurrency,
            long total,
            Function<NdjsonPage, CompletableFuture<?>> request,
            BiFunction<NdjsonPage, Throwable, RuntimeException> failed,
            LongConsumer pageDone) {
        this.pageSize = pageSize;
        this.concurrency = concurrency;
        this.total = total;
        this.request = request;
        this.failed = failed;
        this.pageDone = pageDone;
    }

    /** @return the job's rows, or -1 while unknown */
    long total() {
        return total;
    }

    /**
     * @return the next row's text, or null after the last row or once closed
     * @throws RuntimeException from {@code failed}, for the first page that failed
     * @throws UnifyInterruptedException if the thread is interrupted while it waits; the window is then closed
     */
    @Nullable
    String nextLine() {
        while (true) {
            String row = taken.poll();
            if (row != null) {
                return row;
            }
            Step step = advance();
            if (step == Step.END) {
                return null;
            }
            if (step == Step.PAGE_DONE) {
                pageDone.accept(total);
            }
        }
    }

    private Step advance() {
        lock.lock();
        try {
            while (!closed) {
                fill();
                if (pages.isEmpty()) {
                    return Step.END;
                }
                NdjsonPage first = pages.get(0);
                if (first.hasRows()) {
                    taken = first.take();
                    return Step.ROWS;
                }
                switch (first.state()) {
                    case DONE -> {
                        pages.remove(0);
                        if (first.last()) {
                            total = first.next();
                        }
                        return Step.PAGE_DONE;
                    }
                    case FAILED -> {
                        // A 413 is not the export's failure: the next fill() requests the page again, smaller.
                        if (!first.tooLarge()) {
                            throw failed.apply(first, first.failure());
                        }
                    }
                    default -> changed.await();
                }
            }
            return Step.END;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new UnifyInterruptedException(
                    "Interrupted while waiting for a page of an export; its requests were " + "cancelled", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Splits pages refused as too large and learns the total from a page's {@code x-total}; then requests pages in
     * row order while fewer than {@code concurrency} are requested and not yet delivered: waiting ones first, then
     * new ones. Nothing after a failed page is requested, and while a page shrunk after a 413 waits for its first
     * answer at the smaller size, nothing but such pages: the other pages would most likely be refused too.
     */
    private void fill() {
        boolean probing = false;
        for (int i = 0; i < pages.size(); i++) {
            NdjsonPage page = pages.get(i);
            if (total < 0 && page.reportedTotal() >= 0) {
                total = page.reportedTotal();
            }
            if (page.tooLarge()) {
                split(i);
            }
            probing |= page.probing();
        }
        int requested = 0;
        boolean failure = false;
        for (NdjsonPage page : pages) {
            if (page.state() == NdjsonPage.State.WAITING
                    && requested < concurrency
                    && !failure
                    && (page.probing() || !probing)) {
                page.requested(request.apply(page));
            }
            if (page.state() != NdjsonPage.State.WAITING) {
                requested++;
                failure |= page.state() == NdjsonPage.State.FAILED && !page.tooLarge();
            }
        }
        while (!failure && !probing && requested < concurrency && (total >= 0 ? nextRow < total : pages.isEmpty())) {
            NdjsonPage page =
                    new NdjsonPage(lock, changed, nextRow, pageSize, total >= 0 ? total : Long.MAX_VALUE, total >= 0);
            nextRow = page.end();
            pages.add(page);
            page.requested(request.apply(page));
            requested++;
        }
    }

    /** The page at {@code index} failed with 413: it and every page not yet opened are requested at half the size. */
    private void split(int index) {
        NdjsonPage page = pages.get(index);
        int half = page.size() / 2;
        pageSize = Math.min(pageSize, half);
        long limit = page.shrink(half);
        int at = index + 1;
        for (long from = page.end(); from < limit; ) {
            NdjsonPage rest = new NdjsonPage(lock, changed, from, half, limit, total >= 0);
            pages.add(at++, rest);
            from = rest.end();
        }
    }

    /** From any thread: cancels every page's request (each releases its response) and wakes the waiting reader. */
    void close() {
        closed = true;
        lock.lock();
        try {
            pages.forEach(NdjsonPage::cancel);
            pages.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
