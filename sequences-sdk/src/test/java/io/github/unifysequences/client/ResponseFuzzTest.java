package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.github.unifysequences.client.ApiRequest.Route;
import io.github.unifysequences.core.ExportOptions;
import io.github.unifysequences.core.Page;
import io.github.unifysequences.core.QueryJobExport;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.core.ResultsPage;
import io.github.unifysequences.errors.UnifyException;
import io.github.unifysequences.errors.UnifyServiceException;
import io.github.unifysequences.errors.UnreadableItemException;
import io.github.unifysequences.models.EnrollmentCreateParams;
import io.github.unifysequences.models.EnrollmentStepUpdateParams;
import io.github.unifysequences.services.QueryJobService;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.net.ServerSocketFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Whatever a server sends ends in the SDK's hierarchy, and never carries the API key: every operation is called
 * over real HTTP against a server that answers each request with a mutated body — the spec's example for a 2xx,
 * an error envelope for every other status — and the result is consumed entirely (every item of a page, every row
 * of an export, every value's {@code toString()}).
 *
 * <p>Mutations: a value anywhere replaced by one of another type or out of range (wrapping integers, fractions,
 * {@code 1}/{@code "yes"} for booleans, {@code "1-2-3-4-5"} for UUIDs, timestamp variants, deep nesting, the API
 * key itself), fields removed or added, the body replaced, truncated, or its bytes changed. At least
 * {@value #BODIES} bodies (system property {@code unify.fuzz.bodies}), spread over every operation, seeded so a run
 * can be repeated ({@code unify.fuzz.seed}).
 */
class ResponseFuzzTest {
    private static final int BODIES = Integer.getInteger("unify.fuzz.bodies", 100_000);
    private static final long SEED = Long.getLong("unify.fuzz.seed", 12);
    private static final int THREADS = 4;
    private static final String KEY = ClientTestBase.API_KEY;
    private static final String UUID_A = ClientTestBase.SEQUENCE_ID;
    private static final String JOB = QueryJobOperationsTest.JOB_ID;

    /** The operations' answers, by method and path, as the spec's examples name them. */
    private static final List<Route> ROUTES = List.of(
            new Route("GET", "/sequences", "list_sequences"),
            new Route("GET", "/sequences/[^/]+", "retrieve_sequence"),
            new Route("DELETE", "/sequences/[^/]+", "delete_sequence"),
            new Route("POST", "/sequences/[^/]+/pause", "pause_sequence"),
            new Route("POST", "/sequences/[^/]+/resume", "resume_sequence"),
            new Route("GET", "/sequences/[^/]+/steps", "list_sequence_steps"),
            new Route("GET", "/sequences/[^/]+/steps/[^/]+", "retrieve_sequence_step"),
            new Route("POST", "/enrollments", "create_sequence_enrollment"),
            new Route("GET", "/enrollments", "list_sequence_enrollments"),
            new Route("POST", "/enrollments/query-jobs", "create_sequence_enrollment_query_job"),
            new Route("GET", "/enrollments/query-jobs", "list_sequence_enrollment_query_jobs"),
            new Route("GET", "/enrollments/query-jobs/[^/]+", "get_sequence_enrollment_query_job"),
            new Route("POST", "/enrollments/query-jobs/[^/]+/cancel", "cancel_sequence_enrollment_query_job"),
            new Route("GET", "/enrollments/query-jobs/[^/]+/results", "get_sequence_enrollment_query_job_results"),
            new Route("GET", "/enrollments/[^/]+", "get_sequence_enrollment"),
            new Route("DELETE", "/enrollments/[^/]+", "delete_sequence_enrollment"),
            new Route("POST", "/enrollments/[^/]+/pause", "pause_sequence_enrollment"),
            new Route("POST", "/enrollments/[^/]+/resume", "resume_sequence_enrollment"),
            new Route("POST", "/enrollments/[^/]+/approve", "approve_sequence_enrollment"),
            new Route("GET", "/enrollments/[^/]+/steps", "list_sequence_enrollment_steps"),
            new Route("POST", "/enrollment-steps/query-jobs", "create_sequence_enrollment_step_query_job"),
            new Route("GET", "/enrollment-steps/query-jobs", "list_sequence_enrollment_step_query_jobs"),
            new Route("GET", "/enrollment-steps/query-jobs/[^/]+", "get_sequence_enrollment_step_query_job"),
            new Route("POST", "/enrollment-steps/query-jobs/[^/]+/cancel", "cancel_sequence_enrollment_step_query_job"),
            new Route(
                    "GET",
                    "/enrollment-steps/query-jobs/[^/]+/results",
                    "get_sequence_enrollment_step_query_job_results"),
            new Route("GET", "/enrollment-steps/[^/]+", "get_sequence_enrollment_step"),
            new Route("PATCH", "/enrollment-steps/[^/]+", "update_sequence_enrollment_step"));

    private static final int[] ERROR_CODES = {
        400, 401, 403, 404, 405, 408, 409, 410, 413, 418, 422, 429, 451, 500, 502, 503, 504, 599, 302, 300
    };

    private final Map<String, JsonObject> examples = new LinkedHashMap<>();
    private final Map<String, LongAdder> bodiesPerRoute = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final ConcurrentLinkedQueue<String> escapes = new ConcurrentLinkedQueue<>();

    @Test
    void everyMutatedBodyOfEveryOperationEndsInTheHierarchyWithoutTheKey() throws Exception {
        ROUTES.forEach(route -> examples.put(
                route.example,
                JsonParser.parseString(ClientTestBase.example(route.example + ".response"))
                        .getAsJsonObject()));
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Mutator());
            server.setServerSocketFactory(new NoDelayServerSockets());
            server.start();
            List<Consumer<UnifySequencesClient>> operations = operations();
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(threads.submit(() -> {
                    try (UnifySequencesClient client = UnifySequencesClient.builder()
                            .apiKey(KEY)
                            .baseUrl(server.url("/sequences/v1").toString())
                            .maxRetries(0)
                            .sleeper((duration, async) -> CompletableFuture.completedFuture(null))
                            .clock(Clock.systemUTC())
                            .build()) {
                        for (int i = 0; requests.get() < BODIES; i++) {
                            call(operations.get(i % operations.size()), client, i % operations.size());
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(10, TimeUnit.MINUTES);
            }
            threads.shutdown();
        }
        assertThat(escapes)
                .as("failures outside the hierarchy, or carrying the key")
                .isEmpty();
        assertThat(requests.get()).isGreaterThanOrEqualTo(BODIES);
        assertThat(bodiesPerRoute.keySet())
                .as("every operation's answer was fuzzed")
                .containsExactlyInAnyOrderElementsOf(
                        ROUTES.stream().map(Route::example).toList());
        bodiesPerRoute.forEach(
                (route, count) -> assertThat(count.sum()).as(route).isGreaterThan(BODIES / 100));
    }

    private void call(Consumer<UnifySequencesClient> operation, UnifySequencesClient client, int index) {
        try {
            operation.accept(client);
        } catch (UnifyException expected) {
            checkNoKey(expected, "operation " + index);
        } catch (Throwable escaped) {
            escapes.add("operation " + index + ": " + describe(escaped));
        }
    }

    private void checkNoKey(Throwable error, String where) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains(KEY) || t.toString().contains(KEY)) {
                escapes.add(where + ": the key in " + describe(t));
            }
        }
        if (error instanceof UnifyServiceException service) {
            String context = service.context().toString();
            String errors = error instanceof io.github.unifysequences.errors.BadRequestException bad
                    ? bad.errors().toString()
                    : "";
            if (context.contains(KEY)
                    || errors.contains(KEY)
                    || service.context().bodyExcerpt().contains(KEY)) {
                escapes.add(where + ": the key in the context of " + describe(error));
            }
        }
    }

    private static String describe(Throwable t) {
        StringBuilder text = new StringBuilder(t.toString());
        StackTraceElement[] stack = t.getStackTrace();
        for (int i = 0; i < Math.min(6, stack.length); i++) {
            text.append("\n    at ").append(stack[i]);
        }
        return text.toString();
    }

    /**
     * Consumes a value whole: its {@code toString()} walks every field, including the raw JSON. (Values carry what
     * the server sent, the key too if it sent it; only failures must not.)
     */
    private void consume(Object value) {
        String.valueOf(value);
    }

    /** Every item of a page, going on past the unreadable ones as a caller would. */
    private <T> void consumeItems(List<T> items) {
        Iterator<T> iterator = items.iterator();
        while (iterator.hasNext()) {
            try {
                consume(iterator.next());
            } catch (UnreadableItemException unreadable) {
                checkNoKey(unreadable, "an item");
            }
        }
    }

    private <T> void consume(Page<T> page) {
        consumeItems(page.items());
        page.nextCursor().ifPresent(this::consume);
    }

    private <T> void consume(ResultsPage<T> page) {
        consumeItems(page.items());
        consume(page.total());
    }

    /** An export's rows until the end, or 30 rows: a mutated total may promise billions. */
    private <T> void export(QueryJobService<T, ?> jobs) {
        ExportOptions options = ExportOptions.builder()
                .pageSize(10)
                .pollInterval(Duration.ofMillis(1), Duration.ofMillis(1))
                .waitTimeout(Duration.ofMillis(50))
                .build();
        try (QueryJobExport<T> rows = jobs.exportJob(JOB, options)) {
            Iterator<T> iterator = rows.iterator();
            for (int i = 0; i < 30; i++) {
                try {
                    if (!iterator.hasNext()) {
                        return;
                    }
                    consume(iterator.next());
                } catch (UnreadableItemException unreadable) {
                    checkNoKey(unreadable, "a row");
                }
            }
        }
    }

    private List<Consumer<UnifySequencesClient>> operations() {
        String id = UUID_A;
        EnrollmentCreateParams create = EnrollmentCreateParams.builder()
                .sequenceId(id)
                .personId(id)
                .addMailboxEmail("ava@unifygtm-demo.com")
                .build();
        EnrollmentStepUpdateParams update = EnrollmentStepUpdateParams.builder()
                .versionId("v1")
                .subject("Hi")
                .build();
        List<Consumer<UnifySequencesClient>> ops = new ArrayList<>();
        ops.add(c -> consume(c.sequences().list()));
        ops.add(c -> consume(c.sequences().retrieve(id)));
        ops.add(c -> consume(c.sequences().delete(id)));
        ops.add(c -> consume(c.sequences().pause(id)));
        ops.add(c -> consume(c.sequences().resume(id)));
        ops.add(c -> consume(c.sequences().steps().list(id)));
        ops.add(c -> consume(c.sequences().steps().retrieve(id, id)));
        ops.add(c -> consume(c.enrollments()
                .create(create, RequestOptions.builder().maxRetries(0).build())));
        ops.add(c -> consume(c.enrollments().list()));
        ops.add(c -> consume(c.enrollments().retrieve(id)));
        ops.add(c -> consume(c.enrollments().cancel(id)));
        ops.add(c -> consume(c.enrollments().pause(id)));
        ops.add(c -> consume(c.enrollments().resume(id)));
        ops.add(c -> consume(c.enrollments().approve(id)));
        ops.add(c -> consume(c.enrollments().steps().list(id)));
        ops.add(c -> consume(c.enrollmentSteps().retrieve(id)));
        ops.add(c -> consume(c.enrollmentSteps().update(id, update)));
        // The async face runs the same loop on OkHttp's callbacks: its failures must end in the hierarchy too.
        ops.add(c -> consume(async(c.async().sequences().retrieve(id))));
        ops.add(c -> consumeItems(async(c.async().enrollments().list()).items()));
        ops.add(c -> consume(async(c.async()
                .enrollments()
                .create(create, RequestOptions.builder().maxRetries(0).build()))));
        ops.add(c -> consume(async(c.async().enrollmentSteps().update(id, update))));
        ops.add(c -> consume(async(c.async().enrollments().queryJobs().results(JOB))));
        for (boolean steps : new boolean[] {false, true}) {
            ops.add(c -> consume(jobs(c, steps).create()));
            ops.add(c -> consume(jobs(c, steps).list()));
            ops.add(c -> consume(jobs(c, steps).retrieve(JOB)));
            ops.add(c -> consume(jobs(c, steps).cancel(JOB)));
            ops.add(c -> consume(jobs(c, steps).results(JOB)));
            ops.add(c -> export(jobs(c, steps)));
        }
        return ops;
    }

    /** Waits for an async call and throws what it failed with, as the caller of {@code join()} would see it unwrapped. */
    private static <T> T async(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new AssertionError("an async call failed with " + e.getCause(), e.getCause());
        }
    }

    private static QueryJobService<?, ?> jobs(UnifySequencesClient client, boolean steps) {
        return steps
                ? client.enrollmentSteps().queryJobs()
                : client.enrollments().queryJobs();
    }

    /**
     * Accepted connections send each segment at once. MockWebServer writes a response's head and body separately,
     * and with Nagle's algorithm on, the body then waits for the client's delayed ACK (~40 ms) on every request.
     */
    private static final class NoDelayServerSockets extends ServerSocketFactory {
        @Override
        public ServerSocket createServerSocket() throws IOException {
            return new ServerSocket() {
                @Override
                public Socket accept() throws IOException {
                    Socket socket = super.accept();
                    socket.setTcpNoDelay(true);
                    return socket;
                }
            };
        }

        @Override
        public ServerSocket createServerSocket(int port) throws IOException {
            throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog) throws IOException {
            throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
            throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
        }
    }

    private record Route(String method, Pattern path, String example) {
        Route(String method, String path, String example) {
            this(method, Pattern.compile("/sequences/v1" + path), example);
        }
    }

    /** Answers every request with a freshly mutated body; each request's mutations follow from its own seed. */
    private final class Mutator extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
            long n = requests.incrementAndGet();
            SplittableRandom random = new SplittableRandom(SEED * 1_000_003 + n);
            String path = request.getUrl().encodedPath();
            Route route = ROUTES.stream()
                    .filter(r -> r.method.equals(request.getMethod())
                            && r.path.matcher(path).matches())
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no route for " + request.getMethod() + " " + path));
            bodiesPerRoute
                    .computeIfAbsent(route.example, ignored -> new LongAdder())
                    .increment();
            boolean ndjson = "application/x-ndjson".equals(request.getHeaders().get("Accept"));
            int code = random.nextInt(10) < 6
                    ? (random.nextInt(8) == 0 ? 201 : 200)
                    : ERROR_CODES[random.nextInt(ERROR_CODES.length)];
            String body;
            if (code >= 300) {
                body = mutated(errorEnvelope(random), random);
            } else if (ndjson) {
                StringBuilder lines = new StringBuilder();
                JsonObject row = examples.get(route.example)
                        .getAsJsonArray("data")
                        .get(0)
                        .getAsJsonObject();
                for (int i = random.nextInt(12); i > 0; i--) {
                    lines.append(mutated(row, random)).append('\n');
                }
                body = lines.toString();
            } else {
                body = mutated(examples.get(route.example), random);
            }
            MockResponse.Builder response = new MockResponse.Builder()
                    .code(code)
                    .body(body)
                    .addHeader("Content-Type", ndjson && code < 300 ? "application/x-ndjson" : "application/json");
            if (random.nextInt(4) == 0) {
                response.addHeader(
                        "Retry-After",
                        pick(
                                random,
                                "1",
                                "-5",
                                "garbage",
                                "99999999999999999999",
                                KEY,
                                "Wed, 21 Oct 2015 07:28:00 GMT"));
            }
            if (ndjson && random.nextInt(2) == 0) {
                response.addHeader("x-total", pick(random, "0", "5", "-1", "12345678901234567890", "x", KEY));
            }
            return response.build();
        }
    }

    private static JsonObject errorEnvelope(SplittableRandom random) {
        JsonObject envelope = new JsonObject();
        envelope.addProperty(
                "status",
                pick(
                        random,
                        "conflict",
                        "state_conflict",
                        "not_found",
                        "results_not_ready",
                        "results_failed",
                        "results_canceled",
                        "job_not_cancelable",
                        "version_mismatch",
                        "bad_request",
                        KEY));
        envelope.addProperty("message", pick(random, "Something failed", "Key " + KEY + " echoed", ""));
        envelope.addProperty("active_sequence_id", UUID_A);
        envelope.addProperty("active_enrollment_id", UUID_A);
        envelope.addProperty("current_is_paused", true);
        envelope.addProperty("current_version_id", "v2");
        JsonArray errors = new JsonArray();
        JsonObject error = new JsonObject();
        error.addProperty("code", pick(random, "required", "version_mismatch", "invalid"));
        JsonArray path = new JsonArray();
        path.add("mailbox_emails");
        path.add(0);
        error.add("path", path);
        error.addProperty("object_api_name", "person");
        errors.add(error);
        envelope.add("errors", errors);
        return envelope;
    }

    /** The example with one to three structural mutations, or (one body in eight) broken at the byte level. */
    private static String mutated(JsonObject example, SplittableRandom random) {
        JsonObject tree = example.deepCopy();
        for (int m = 1 + random.nextInt(3); m > 0; m--) {
            mutate(tree, random);
        }
        String text = tree.toString();
        switch (random.nextInt(16)) {
            case 0:
                return text.substring(0, random.nextInt(text.length() + 1));
            case 1: {
                StringBuilder broken = new StringBuilder(text);
                broken.setCharAt(random.nextInt(broken.length()), (char) random.nextInt(128));
                return broken.toString();
            }
            case 2:
                return pick(
                        random,
                        "",
                        "null",
                        "[]",
                        "42",
                        "\"text\"",
                        "{",
                        "<html>502 Bad Gateway</html>",
                        "[".repeat(300) + "]".repeat(300),
                        "{\"a\":" + "[".repeat(5000));
            default:
                return text;
        }
    }

    /** Replaces, removes or adds a value at a random place in the tree. */
    private static void mutate(JsonElement root, SplittableRandom random) {
        JsonElement node = root;
        for (int depth = 0; depth < 12; depth++) {
            List<Object> keys = children(node);
            if (keys.isEmpty()) {
                return;
            }
            Object key = keys.get(random.nextInt(keys.size()));
            JsonElement child = get(node, key);
            boolean descend = (child.isJsonObject() || child.isJsonArray())
                    && !children(child).isEmpty()
                    && random.nextInt(3) > 0;
            if (descend) {
                node = child;
                continue;
            }
            int action = random.nextInt(10);
            if (action == 0 && node.isJsonObject()) {
                node.getAsJsonObject().remove((String) key);
            } else if (action == 1 && node.isJsonObject()) {
                node.getAsJsonObject().add("unknown_" + random.nextInt(100), strange(random));
            } else {
                set(node, key, strange(random));
            }
            return;
        }
    }

    private static List<Object> children(JsonElement node) {
        List<Object> keys = new ArrayList<>();
        if (node.isJsonObject()) {
            keys.addAll(node.getAsJsonObject().keySet());
        } else if (node.isJsonArray()) {
            for (int i = 0; i < node.getAsJsonArray().size(); i++) {
                keys.add(i);
            }
        }
        return keys;
    }

    private static JsonElement get(JsonElement node, Object key) {
        return key instanceof String name
                ? node.getAsJsonObject().get(name)
                : node.getAsJsonArray().get((Integer) key);
    }

    private static void set(JsonElement node, Object key, JsonElement value) {
        if (key instanceof String name) {
            node.getAsJsonObject().add(name, value);
        } else {
            node.getAsJsonArray().set((Integer) key, value);
        }
    }

    /** Values a server might send where another was documented. */
    private static JsonElement strange(SplittableRandom random) {
        switch (random.nextInt(9)) {
            case 0:
                return JsonNull.INSTANCE;
            case 1:
                return new JsonPrimitive(pick(
                        random,
                        "",
                        " ",
                        "yes",
                        "true",
                        "1",
                        "1-2-3-4-5",
                        "not-a-uuid",
                        KEY,
                        "x".repeat(10_000),
                        "\u0000\r\n",
                        "FINISHED",
                        "IN_PROGRESS",
                        "RUNNING",
                        "AUTOMATIC_EMAIL"));
            case 2:
                return new JsonPrimitive(pick(
                        random,
                        "2023-11-07T05:31:56.123+0000",
                        "2023-11-07 05:31:56Z",
                        "2016-12-31T23:59:60Z",
                        "2023-11-07T05:31:56.1234567891Z",
                        "2023-11-07T05:31:56,5Z",
                        "2023-02-30T05:31:56Z",
                        "2023-11-07T05:31:56",
                        "+999999999-12-31T23:59:59Z",
                        "0000-00-00"));
            case 3:
                return new JsonPrimitive(new java.math.BigDecimal(pick(
                        random,
                        "0",
                        "-1",
                        "1",
                        "2.9",
                        "2.0",
                        "3000000000",
                        "12345678901234567890",
                        "-9223372036854775809",
                        "1e400",
                        "1e-400",
                        "-0",
                        "1e999999999")));
            case 4:
                return new JsonPrimitive(random.nextBoolean());
            case 5:
                return new JsonObject();
            case 6: {
                JsonArray array = new JsonArray();
                array.add(JsonNull.INSTANCE);
                JsonArray nested = new JsonArray();
                nested.add(1);
                array.add(nested);
                return array;
            }
            case 7:
                return new JsonPrimitive(java.util
                        .UUID
                        .nameUUIDFromBytes(new byte[] {(byte) random.nextInt()})
                        .toString());
            default: {
                JsonElement deep = new JsonPrimitive(1);
                for (int i = 0; i < 40; i++) {
                    JsonArray wrap = new JsonArray();
                    wrap.add(deep);
                    deep = wrap;
                }
                return deep;
            }
        }
    }

    @SafeVarargs
    private static <T> T pick(SplittableRandom random, T... values) {
        return values[random.nextInt(values.length)];
    }
}
