package io.github.unifysequences.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The HTTP front: JDK {@link HttpServer} on loopback with a worker pool. Every request goes
 * through the same pipeline: route, authenticate, rate-limit, fault injection, handler, send.
 */
final class SandboxServer {
    static final String BASE_PATH = "/sequences/v1";
    private static final Logger LOG = Logger.getLogger(SandboxServer.class.getName());

    static {
        // The JDK server writes headers and body separately; with Nagle's algorithm on, each keep-alive
        // response then waits for the client's delayed ACK (~40 ms). The server reads this property once,
        // when its configuration class loads, so it is set (unless the user chose) before the first server.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final Router router;
    private final Faults faults;
    private final RateLimiter rateLimiter;
    private final Set<String> apiKeys;
    private final int threads;
    private HttpServer server;
    private ExecutorService executor;

    SandboxServer(Router router, Faults faults, RateLimiter rateLimiter, Set<String> apiKeys, int threads) {
        this.router = router;
        this.faults = faults;
        this.rateLimiter = rateLimiter;
        this.apiKeys = apiKeys;
        this.threads = threads;
    }

    int start(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sequences-sandbox-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        return server.getAddress().getPort();
    }

    void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    private void handle(HttpExchange exchange) {
        try {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            serve(exchange, body);
        } catch (IOException clientWentAway) {
            LOG.log(Level.FINE, "Client connection failed", clientWentAway);
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange, byte[] body) throws IOException {
        String method = exchange.getRequestMethod();
        String rawPath = exchange.getRequestURI().getRawPath();
        Faults.Fault fault = null;
        Reply reply;
        try {
            String path = rawPath.startsWith(BASE_PATH) ? rawPath.substring(BASE_PATH.length()) : null;
            Router.Match match = path == null ? null : router.match(method, path);
            if (match == null) {
                throw ApiException.notFound("No operation " + method + " " + rawPath + ".");
            }
            authenticate(exchange.getRequestHeaders().getFirst("x-api-key"));
            fault = faults.take(method, path);
            boolean stateConflict = fault != null
                    && fault.kind() == Faults.Kind.STATUS
                    && fault.status() == 409
                    && SequenceRoutes.STATE_CONFLICT_ROUTES.contains(
                            match.route().template());
            if (fault != null && !stateConflict && applyBefore(fault, exchange)) {
                return;
            }
            ApiRequest request = new ApiRequest(
                    method,
                    path,
                    match.params(),
                    new QueryParams(exchange.getRequestURI().getRawQuery()),
                    exchange.getRequestHeaders(),
                    body);
            request.injectedConflict = stateConflict;
            reply = match.route().handler().handle(request);
        } catch (ApiException e) {
            reply = ErrorEnvelope.reply(e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Handler failed", e);
            reply = ErrorEnvelope.reply(new ApiException(500, "error", "Internal sandbox error: " + e));
        }
        if (fault != null && fault.kind().spoilsResponse()) {
            sendSpoiled(exchange, reply, fault.kind());
        } else {
            send(exchange, reply);
        }
    }

    private void authenticate(String apiKey) {
        if (apiKey == null || apiKey.isEmpty()) {
            throw new ApiException(401, "unauthorized", "Missing x-api-key header.");
        }
        if (!apiKeys.contains(apiKey)) {
            throw new ApiException(401, "unauthorized", "Invalid API key.");
        }
        rateLimiter.acquire(apiKey);
    }

    /** Applies the parts of a fault that come before processing; true when the exchange is finished. */
    private static boolean applyBefore(Faults.Fault fault, HttpExchange exchange) {
        switch (fault.kind()) {
            case DELAY:
                sleep(fault);
                return false;
            case DROP_BEFORE:
                exchange.close();
                return true;
            case STATUS:
                throw new ApiException(
                                fault.status(),
                                ErrorEnvelope.statusFor(fault.status()),
                                "Injected fault: HTTP " + fault.status() + ".")
                        .withHeader("Retry-After", fault.status() == 429 || fault.status() == 503 ? "1" : null);
            default:
                return false;
        }
    }

    private static void sleep(Faults.Fault fault) {
        try {
            Thread.sleep(fault.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends a processed reply the way the fault says: not at all, cut short, or corrupted. */
    private static void sendSpoiled(HttpExchange exchange, Reply reply, Faults.Kind kind) throws IOException {
        if (kind == Faults.Kind.DROP_AFTER) {
            // Closing before the response headers makes the JDK server drop the TCP connection.
            exchange.close();
            return;
        }
        byte[] full = reply.render();
        reply.headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        if (kind == Faults.Kind.MALFORM) {
            byte[] garbage = "{\"status\": <not json".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status, garbage.length);
            exchange.getResponseBody().write(garbage);
            return;
        }
        // TRUNCATE: announce the full length, send half; closing then aborts the connection.
        exchange.sendResponseHeaders(reply.status, full.length);
        OutputStream out = exchange.getResponseBody();
        out.write(full, 0, full.length / 2);
        out.flush();
        exchange.close();
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        reply.headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        if (reply.streamed) {
            exchange.sendResponseHeaders(reply.status, 0);
            try (OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), 64 * 1024)) {
                reply.writeTo(out);
            }
        } else {
            byte[] bytes = reply.render();
            exchange.sendResponseHeaders(reply.status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
