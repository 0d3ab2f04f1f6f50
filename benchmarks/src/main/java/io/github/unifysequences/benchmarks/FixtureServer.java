package io.github.unifysequences.benchmarks;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.unifysequences.sandbox.SeedSize;
import io.github.unifysequences.sandbox.SequencesSandbox;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

/**
 * A loopback server that replays API bodies captured once from the sandbox, so that the client under test,
 * not the server, dominates what is measured: a response costs the server one array copy.
 *
 * <ul>
 *   <li>{@code GET /sequences/v1/enrollments/{id}}: the captured enrollment, whatever the id.</li>
 *   <li>{@code GET /sequences/v1/enrollments?limit=&cursor=}: page N of {@code pages}, each the same 100
 *       captured enrollments with the last 8 hex digits of every item id replaced by N, so all items of a run
 *       are distinct and a skipped or repeated page shows in the ids. The cursor is N in hex.</li>
 *   <li>{@code GET /sequences/v1/enrollments/query-jobs/{id}}: that job, {@code FINISHED} with {@code rows} rows.</li>
 *   <li>{@code GET /sequences/v1/enrollments/query-jobs/{id}/results?page=&page_size=} with
 *       {@code Accept: application/x-ndjson}: {@code rows} NDJSON rows (the captured 100, round robin),
 *       streamed chunked like the sandbox does.</li>
 * </ul>
 *
 * List and results responses wait {@code latency} first, to model a remote API; results bodies may also be
 * sent no faster than a given rate, to model the bandwidth of one connection to it.
 */
public final class FixtureServer implements AutoCloseable {
    static final String API_KEY = SequencesSandbox.DEFAULT_API_KEY;
    static final String PREFIX = "/sequences/v1";
    static final int PAGE_SIZE = 100;
    private static final String CURSOR_MARK = "CURSOR00";
    private static final int HEX = 8;

    static {
        // The JDK server reads these once, when its first instance (the capturing sandbox's) starts.
        // Without TCP_NODELAY every keep-alive response waits for the client's delayed ACK (~40 ms).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        // It closes connections idle for 30 s; a client whose pooled connection sat out another variant's
        // run would then fail on it, and the baselines do not retry.
        System.setProperty("sun.net.httpserver.idleInterval", "3600");
        // It also closes its idle connections beyond 200. A client that pooled more (figure 7 opens 300 at once) would
        // reuse one the server had closed and retry after a backoff, timing the backoff.
        System.setProperty("sun.net.httpserver.maxIdleConnections", "4096");
    }

    private static final Bodies BODIES = Bodies.capture();
    private static final String WORKER_THREAD = "fixture-server";

    private final HttpServer server;
    private final ExecutorService workers;
    private final int pages;
    private final long rows;
    private final Duration latency;
    private final long bytesPerSecond;

    private FixtureServer(int pages, long rows, Duration latency, long bytesPerSecond) throws IOException {
        this.pages = pages;
        this.rows = rows;
        this.latency = latency;
        this.bytesPerSecond = bytesPerSecond;
        // Room for the hundreds of connections figure 7 opens at once; the JDK's default backlog is 50.
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        this.workers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, WORKER_THREAD);
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        server.createContext(PREFIX + "/", this::handle);
        server.start();
    }

    /**
     * @return whether {@code thread} serves requests for a fixture server: its workers, or the JDK server's dispatcher
     *     (which accepts connections and reads requests)
     */
    static boolean isServerThread(Thread thread) {
        return thread.getName().equals(WORKER_THREAD) || thread.getName().startsWith("HTTP-Dispatcher");
    }

    /**
     * @param pages how many pages the enrollment list has
     * @param rows how many rows the NDJSON export has
     * @param latency added before every list, results and retrieve response
     * @return a started server
     */
    public static FixtureServer start(int pages, long rows, Duration latency) {
        return start(pages, rows, latency, 0);
    }

    /**
     * @param pages how many pages the enrollment list has
     * @param rows how many rows the NDJSON export has
     * @param latency added before every list, results and retrieve response
     * @param bytesPerSecond the most bytes per second each results body is sent at (each on its own connection);
     *     0 for no limit
     * @return a started server
     */
    public static FixtureServer start(int pages, long rows, Duration latency, long bytesPerSecond) {
        try {
            return new FixtureServer(pages, rows, latency, bytesPerSecond);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the API root, {@code http://127.0.0.1:PORT/sequences/v1} */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX;
    }

    /** @return the id of the enrollment the retrieve route serves */
    public static String enrollmentId() {
        return BODIES.enrollmentId;
    }

    /** @return the body of page 0 of the enrollment list (100 enrollments), as served */
    static byte[] firstPage() {
        return BODIES.page.clone();
    }

    /** @return the 100 NDJSON export rows, as served: one page's worth of bytes, each line ending in a newline */
    static byte[] exportLines() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        BODIES.rows.forEach(out::writeBytes);
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            if (!API_KEY.equals(exchange.getRequestHeaders().getFirst("x-api-key"))) {
                send(
                        exchange,
                        401,
                        "{\"status\":\"unauthorized\",\"message\":\"bad key\"}".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals(PREFIX + "/enrollments")) {
                pause();
                String cursor = param(query, "cursor");
                send(exchange, 200, page(cursor == null ? 0 : Integer.parseInt(cursor, 16)));
            } else if (path.startsWith(PREFIX + "/enrollments/query-jobs/") && path.endsWith("/results")) {
                pause();
                streamRows(
                        exchange, Integer.parseInt(param(query, "page")), Integer.parseInt(param(query, "page_size")));
            } else if (path.startsWith(PREFIX + "/enrollments/query-jobs/")) {
                String job = path.substring(path.lastIndexOf('/') + 1);
                send(
                        exchange,
                        200,
                        ("{\"job_id\":\"" + job + "\",\"status\":\"FINISHED\",\"total_rows\":" + rows
                                        + ",\"error_code\":null,\"created_at\":\"2025-11-07T05:31:56Z\",\"expires_at\":\"2099-11-08T05:31:56Z\","
                                        + "\"canceled_at\":null}")
                                .getBytes(StandardCharsets.UTF_8));
            } else if (path.startsWith(PREFIX + "/enrollments/")) {
                pause();
                send(exchange, 200, BODIES.enrollment);
            } else {
                send(
                        exchange,
                        404,
                        "{\"status\":\"not_found\",\"message\":\"no route\"}".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void pause() {
        if (!latency.isZero()) {
            try {
                Thread.sleep(latency.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private byte[] page(int number) {
        boolean last = number + 1 >= pages;
        byte[] body = (last ? BODIES.lastPage : BODIES.page).clone();
        for (int slot : BODIES.idSlots) {
            writeHex(body, slot, number);
        }
        if (!last) {
            writeHex(body, BODIES.cursorSlot, number + 1);
        }
        return body;
    }

    private void streamRows(HttpExchange exchange, int page, int pageSize) throws IOException {
        long from = (long) (page - 1) * pageSize;
        long to = Math.min(rows, from + pageSize);
        exchange.getResponseHeaders().set("Content-Type", "application/x-ndjson");
        exchange.getResponseHeaders().set("x-total", Long.toString(rows));
        exchange.getResponseHeaders().set("x-page", Integer.toString(page));
        exchange.getResponseHeaders().set("x-page-size", Integer.toString(pageSize));
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = bytesPerSecond > 0
                ? new Throttled(exchange.getResponseBody(), bytesPerSecond)
                : exchange.getResponseBody();
        try (OutputStream out = new BufferedOutputStream(body, 64 * 1024)) {
            for (long row = from; row < to; row++) {
                out.write(BODIES.rows.get((int) (row % BODIES.rows.size())));
            }
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static String param(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    private static void writeHex(byte[] body, int offset, int value) {
        for (int i = HEX - 1; i >= 0; i--) {
            body[offset + i] = (byte) Character.forDigit(value & 0xF, 16);
            value >>>= 4;
        }
    }

    /** Sends no faster than {@code bytesPerSecond}: after each slice it waits until the bytes sent so far are due. */
    private static final class Throttled extends FilterOutputStream {
        private static final int SLICE = 16 * 1024;
        private final long bytesPerSecond;
        private final long start = System.nanoTime();
        private long sent;

        Throttled(OutputStream out, long bytesPerSecond) {
            super(out);
            this.bytesPerSecond = bytesPerSecond;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            for (int from = offset; from < offset + length; from += SLICE) {
                int slice = Math.min(SLICE, offset + length - from);
                out.write(bytes, from, slice);
                sent += slice;
                long due = start + sent * 1_000_000_000L / bytesPerSecond;
                long early = due - System.nanoTime();
                if (early > 0) {
                    out.flush();
                    LockSupport.parkNanos(early);
                }
            }
        }
    }

    /** The captured bodies, and the byte offsets in the page where the item ids and the cursor are rewritten. */
    private static final class Bodies {
        final String enrollmentId;
        final byte[] enrollment;
        final byte[] page;
        final byte[] lastPage;
        final int[] idSlots;
        final int cursorSlot;
        final List<byte[]> rows;

        private Bodies(String enrollmentId, byte[] enrollment, JsonArray items, List<byte[]> rows) {
            this.enrollmentId = enrollmentId;
            this.enrollment = enrollment;
            this.rows = rows;
            JsonObject page = new JsonObject();
            page.add("enrollments", items);
            page.addProperty("next_cursor", CURSOR_MARK);
            // ISO-8859-1 maps bytes to chars one to one, so string offsets are byte offsets.
            String text = page.toString();
            this.page = text.getBytes(StandardCharsets.UTF_8);
            String latin = new String(this.page, StandardCharsets.ISO_8859_1);
            this.idSlots = new int[items.size()];
            for (int i = 0; i < items.size(); i++) {
                String id = items.get(i).getAsJsonObject().get("id").getAsString();
                idSlots[i] = latin.indexOf("\"id\":\"" + id + "\"") + "\"id\":\"".length() + id.length() - HEX;
            }
            this.cursorSlot = latin.lastIndexOf(CURSOR_MARK);
            this.lastPage = (latin.substring(0, cursorSlot - 1) + "null" + latin.substring(cursorSlot + HEX + 1))
                    .getBytes(StandardCharsets.ISO_8859_1);
        }

        /** Starts a sandbox just long enough to take one enrollment, a page of 100 and 100 NDJSON export rows from it. */
        static Bodies capture() {
            try (SequencesSandbox sandbox = SequencesSandbox.builder()
                    .seed(42)
                    .size(SeedSize.custom(10, 500, 200))
                    .queryJobDuration(Duration.ZERO)
                    .build()) {
                String base = sandbox.start().toString();
                HttpClient http = HttpClient.newHttpClient();
                JsonArray items = JsonParser.parseString(
                                get(http, base + "/enrollments?limit=" + PAGE_SIZE, "application/json"))
                        .getAsJsonObject()
                        .getAsJsonArray("enrollments");
                String id = items.get(0).getAsJsonObject().get("id").getAsString();
                byte[] enrollment = get(http, base + "/enrollments/" + id, "application/json")
                        .getBytes(StandardCharsets.UTF_8);
                String job = JsonParser.parseString(send(
                                http,
                                HttpRequest.newBuilder(URI.create(base + "/enrollments/query-jobs"))
                                        .header("x-api-key", API_KEY)
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                                        .build()))
                        .getAsJsonObject()
                        .get("job_id")
                        .getAsString();
                List<byte[]> rows = new ArrayList<>();
                for (String line : get(
                                http,
                                base + "/enrollments/query-jobs/" + job + "/results?page=1&page_size=" + PAGE_SIZE,
                                "application/x-ndjson")
                        .split("\n")) {
                    rows.add((line + "\n").getBytes(StandardCharsets.UTF_8));
                }
                return new Bodies(id, enrollment, items, rows);
            }
        }

        private static String get(HttpClient http, String url, String accept) {
            return send(
                    http,
                    HttpRequest.newBuilder(URI.create(url))
                            .header("x-api-key", API_KEY)
                            .header("Accept", accept)
                            .build());
        }

        private static String send(HttpClient http, HttpRequest request) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 != 2) {
                    throw new IllegalStateException(
                            request.uri() + " answered " + response.statusCode() + ": " + response.body());
                }
                return response.body();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
