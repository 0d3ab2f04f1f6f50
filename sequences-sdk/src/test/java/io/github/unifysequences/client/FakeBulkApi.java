package io.github.unifysequences.client;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import okio.BufferedSink;

/**
 * A Bulk API over real HTTP for export tests: one enrollments job whose results are generated on the fly, so the
 * server holds no page in memory either. Row {@code i} has id {@code "i"}. Faults are injected per page, once.
 */
final class FakeBulkApi extends Dispatcher {
    static final String JOB_ID = QueryJobOperationsTest.JOB_ID;

    private static final int CHUNK_BYTES = 16 * 1024;

    private final long total;
    private final List<String> statuses;
    private final AtomicInteger polls = new AtomicInteger();
    /** Page number to how many lines it sends before the connection drops. */
    final Map<Integer, Integer> dropAfter = new ConcurrentHashMap<>();
    /** Page number to how many lines it sends before ending cleanly, short of its share. */
    final Map<Integer, Integer> endEarlyAfter = new ConcurrentHashMap<>();
    /** Page number to an answer it gets instead of rows. */
    final Map<Integer, MockResponse> answerInstead = new ConcurrentHashMap<>();
    /** Page number to an answer it gets instead of rows, every time it is requested. */
    final Map<Integer, MockResponse> answerAlways = new ConcurrentHashMap<>();
    /** Page number to a latch counted down once the page's rows were all written. */
    final Map<Integer, CountDownLatch> written = new ConcurrentHashMap<>();
    /** Told each results request's page number when it arrives, on the server's thread. */
    volatile IntConsumer onResultRequest = page -> {};
    /** Released once for each page whose write failed because the client hung up. */
    final Semaphore failedWrites = new Semaphore(0);
    /** Page number to a hook run after the given line is flushed, before the rest is written. */
    final Map<Integer, LineHook> afterLine = new ConcurrentHashMap<>();

    final List<RecordedRequest> resultRequests = new CopyOnWriteArrayList<>();
    /** Whether the job hides its size: {@code total_rows} null even when finished, and no {@code x-total} header. */
    volatile boolean hideTotal;
    /** The largest page size answered with rows; a larger one gets 413 {@code results_page_too_large}. */
    volatile int maxPageSize = Integer.MAX_VALUE;

    final List<IOException> writeFailures = new CopyOnWriteArrayList<>();

    /**
     * @param total rows in the job
     * @param statuses the job's status at each poll; the last one repeats
     */
    FakeBulkApi(long total, String... statuses) {
        this.total = total;
        this.statuses = List.of(statuses);
    }

    int polls() {
        return polls.get();
    }

    static String row(long i) {
        return "{\"id\":\"" + i + "\",\"updated_at\":\"2023-11-07T05:31:56.123Z\",\"status\":\"FINISHED\","
                + "\"is_blocked\":false,\"is_bounced\":false,\"is_canceled\":false,\"is_opted_out\":false,"
                + "\"is_paused\":false,\"is_replied\":false,\"version\":1,\"started_at\":\"2023-11-07T05:31:56Z\","
                + "\"ended_at\":null,\"sequence\":{\"id\":\"seq-1\",\"name\":\"Q4 Outbound\"},"
                + "\"mailbox\":{\"id\":\"mbx-1\",\"email_address\":\"ava@unifygtm-demo.com\",\"forward_to_email_address\":null,"
                + "\"secondary_forward_to_email_address\":null,\"user\":null,\"secondary_forward_to_user\":null},"
                + "\"person\":{\"id\":\"p-" + i + "\",\"email\":\"person" + i + "@example.com\",\"first_name\":\"Jo\","
                + "\"last_name\":null,\"linkedin_url\":null,\"company\":null},"
                + "\"enrolled_by_play\":null,\"reply_email_message\":null}";
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (request.getMethod().equals("POST")) {
            return json(
                    201,
                    "{\"job_id\":\"" + JOB_ID
                            + "\",\"status\":\"IN_PROGRESS\",\"expires_at\":\"2023-11-08T05:31:56Z\"}");
        }
        if (path.endsWith("/results")) {
            resultRequests.add(request);
            onResultRequest.accept(Integer.parseInt(request.getUrl().queryParameter("page")));
            return results(
                    Integer.parseInt(request.getUrl().queryParameter("page")),
                    Integer.parseInt(request.getUrl().queryParameter("page_size")));
        }
        String status = statuses.get(Math.min(polls.getAndIncrement(), statuses.size() - 1));
        boolean finished = status.equals("FINISHED");
        return json(
                200,
                "{\"job_id\":\"" + JOB_ID + "\",\"status\":\"" + status + "\",\"total_rows\":"
                        + (finished && !hideTotal ? total : "null") + ",\"error_code\":"
                        + (status.equals("FAILED") ? "\"QUERY_TIMEOUT\"" : "null")
                        + ",\"created_at\":\"2023-11-07T05:31:56Z\",\"expires_at\":\"2023-11-08T05:31:56Z\",\"canceled_at\":null}");
    }

    private MockResponse results(int page, int pageSize) {
        MockResponse instead = answerInstead.remove(page);
        if (instead != null) {
            return instead;
        }
        if (answerAlways.containsKey(page)) {
            return answerAlways.get(page);
        }
        if (pageSize > maxPageSize) {
            return json(413, "{\"status\":\"results_page_too_large\",\"message\":\"The page is too large\"}");
        }
        long first = (long) (page - 1) * pageSize;
        long end = Math.min(first + pageSize, total);
        Integer drop = dropAfter.remove(page);
        Integer endEarly = endEarlyAfter.remove(page);
        LineHook hook = afterLine.remove(page);
        MockResponseBody body = new MockResponseBody() {
            @Override
            public long getContentLength() {
                return -1;
            }

            /** Chunked by hand, a chunk per few rows, so the client sees rows while the page is still being written. */
            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                Buffer chunk = new Buffer();
                try {
                    for (long i = first; i < end; i++) {
                        int line = (int) (i - first);
                        if (drop != null && line == drop) {
                            writeChunk(sink, chunk);
                            sink.flush();
                            return;
                        }
                        if (endEarly != null && line == endEarly) {
                            break;
                        }
                        chunk.writeUtf8(row(i)).writeByte('\n');
                        if (hook != null && line + 1 == hook.line()) {
                            writeChunk(sink, chunk);
                            sink.flush();
                            hook.action().run();
                        } else if (chunk.size() >= CHUNK_BYTES) {
                            writeChunk(sink, chunk);
                        }
                    }
                    writeChunk(sink, chunk);
                    sink.writeUtf8("0\r\n\r\n");
                    sink.flush();
                    CountDownLatch done = written.get(page);
                    if (done != null) {
                        done.countDown();
                    }
                } catch (IOException e) {
                    writeFailures.add(e);
                    failedWrites.release();
                    throw e;
                }
            }
        };
        MockResponse.Builder response = new MockResponse.Builder().code(200);
        if (drop != null) {
            // The body stops without its last chunk and the socket closes: the client sees the connection drop
            // mid-page.
            response.onResponseEnd(new SocketEffect.CloseSocket(true, false, false));
        }
        if (!hideTotal) {
            response.addHeader("x-total", Long.toString(total));
        }
        return response.addHeader("Content-Type", "application/x-ndjson")
                .addHeader("x-page", Integer.toString(page))
                .addHeader("x-page-size", Integer.toString(pageSize))
                .addHeader("Transfer-Encoding", "chunked")
                // MockWebServer cannot tell where a hand-chunked body ends, so it may not reuse the connection.
                .addHeader("Connection", "close")
                .body(body)
                .build();
    }

    private static void writeChunk(BufferedSink sink, Buffer chunk) throws IOException {
        if (chunk.size() > 0) {
            sink.writeUtf8(Long.toHexString(chunk.size())).writeUtf8("\r\n").writeAll(chunk);
            sink.writeUtf8("\r\n");
        }
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    /** Runs {@code action} on the server thread once {@code line} lines of a page are flushed to the client. */
    record LineHook(int line, Runnable action) {
        /** Stalls the page after {@code line} lines until {@code released} opens (10 s at most). */
        static LineHook stallUntil(int line, CountDownLatch released) {
            return new LineHook(line, () -> {
                try {
                    released.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }
}
