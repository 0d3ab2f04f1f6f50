package io.github.unifysequences.client;

import java.io.Closeable;
import java.io.IOException;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.Call;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * One results page streamed as NDJSON: the open response, read a line at a time so that no more than one row
 * is in memory. Whoever holds it must close it.
 *
 * <p>{@link #close()} is safe from any thread, also while another thread is blocked in {@link #nextLine()}: it
 * cancels the call, which fails the blocked read at once, and the response is released by whichever thread
 * last holds it. Closing the response itself under a running read would drain the body from a second thread
 * through the socket's timeout (okio's "Unbalanced enter/exit").
 */
final class NdjsonPage implements Closeable {
    private final Call call;
    private final Response response;
    private final ReentrantLock reading = new ReentrantLock();
    private volatile boolean closed;

    NdjsonPage(Call call, Response response) {
        this.call = call;
        this.response = response;
    }

    /**
     * @return the next row's text, skipping blank lines; {@code null} at the end of the page
     * @throws IOException if the page broke off, timed out, or was closed (from this or another thread)
     */
    String nextLine() throws IOException {
        reading.lock();
        try {
            if (closed) {
                throw new IOException("The results page was closed");
            }
            BufferedSource source = response.body().source();
            String line;
            do {
                line = source.readUtf8Line();
            } while (line != null && line.isBlank());
            return line;
        } finally {
            reading.unlock();
            releaseIfClosed();
        }
    }

    /** @return the {@code x-total} header: the rows of the whole job, as the API counts them now */
    OptionalLong total() {
        String value = response.header("x-total");
        try {
            return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException notANumber) {
            return OptionalLong.empty();
        }
    }

    @Override
    public void close() {
        closed = true;
        call.cancel();
        releaseIfClosed();
    }

    /**
     * Closes the response unless a read holds it; that read then closes it as it returns. {@code closed} is set
     * before the closer tries the lock, so either the closer gets it or the reader, unlocking after, sees the flag.
     */
    private void releaseIfClosed() {
        if (closed && reading.tryLock()) {
            try {
                response.close();
            } finally {
                reading.unlock();
            }
        }
    }
}
