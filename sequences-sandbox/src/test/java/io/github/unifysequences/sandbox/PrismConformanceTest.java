package io.github.unifysequences.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drives every operation the sandbox implements and every documented response code of each through Prism (a third-party
 * OpenAPI validator) running as a proxy with {@code --errors}, and fails on any violation it reports.
 * Without Prism installed it skips locally and fails under {@code CI=true}.
 */
class PrismConformanceTest {
    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";
    /** The query parameter that tells the upstream of {@link #everyDocumentedResponseSchemaIsChecked} what status to answer. */
    private static final String ANSWER = "answer_status=";

    private static SequencesSandbox sandbox;
    private static PrismProxy prism;
    private static Api via;
    private static Api direct;

    private final List<String> failures = new ArrayList<>();
    private final Set<String> covered = new TreeSet<>();

    @BeforeAll
    static void startSandboxBehindPrism() throws Exception {
        if (!Files.isExecutable(PrismProxy.prismBinary())) {
            String why = "Prism is not installed at " + PrismProxy.prismBinary().toAbsolutePath()
                    + " (run ./mvnw -pl sequences-sandbox verify with node/npm on the PATH).";
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why + " Skipping conformance locally.");
        }
        sandbox = SequencesSandbox.builder()
                .seed(11)
                .size(SeedSize.SMALL)
                .clock(SandboxClock.fixed(Instant.parse("2026-01-01T00:00:00Z")))
                .queryJobDuration(Duration.ofMinutes(1))
                .build();
        sandbox.start();
        prism = PrismProxy.start(sandbox.baseUrl());
        via = new Api(prism.url, sandbox.apiKey());
        direct = new Api(sandbox);
    }

    @AfterAll
    static void stop() {
        if (prism != null) {
            prism.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void everyOperationAndDocumentedResponseConformsToTheSpec() throws Exception {
        int logStart = prism.logText().length();
        sequences();
        enrollments();
        enrollmentSteps();
        queryJobs("/enrollments", "enrollment");
        queryJobs("/enrollment-steps", "enrollment_step");
        commonErrors();

        assertThat(failures).as("Prism violations / unexpected statuses").isEmpty();
        assertThat(covered).as("operation + status pairs exercised").containsAll(documentedResponses());
        List<String> prismErrors = prism.logText()
                .substring(logStart)
                .lines()
                .filter(l -> l.contains("Violation") || l.contains("✖"))
                .collect(Collectors.toList());
        assertThat(prismErrors).as("errors in Prism's log " + prism.log).isEmpty();
    }

    /** A control: the check is not vacuous, Prism does flag responses that break the spec. */
    @Test
    void prismFlagsResponsesThatBreakTheSpec() {
        sandbox.faults().failNext("GET", "/sequences", 1, 503);
        assertThat(problems(via.get("/sequences"))).as("undocumented status").isNotEmpty();
        sandbox.faults().malformNext("GET", "/sequences", 1);
        assertThat(problems(via.get("/sequences"))).as("body that is not JSON").isNotEmpty();
    }

    /**
     * Every documented JSON response schema is really applied: an upstream that answers each operation's every
     * documented status with a body no schema of the spec allows (an array) must be flagged for each of them. A
     * schema Prism cannot compile from the derived copy validates nothing, silently; this makes it fail here.
     */
    @Test
    void everyDocumentedResponseSchemaIsChecked() throws Exception {
        HttpServer wrong = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        wrong.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String query = exchange.getRequestURI().getQuery();
            int status = Integer.parseInt(query.substring(query.indexOf(ANSWER) + ANSWER.length()));
            byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        wrong.start();
        List<String> unchecked = new ArrayList<>();
        int schemas = 0;
        try (PrismProxy checker = PrismProxy.start(
                URI.create("http://127.0.0.1:" + wrong.getAddress().getPort() + "/sequences/v1"))) {
            Api viaChecker = new Api(checker.url, sandbox.apiKey());
            Map<String, String[]> requests = sampleRequests();
            for (String response : documentedJsonResponses()) {
                String[] parts = response.split(" ");
                String[] request = requests.get(parts[0]);
                String path = request[1] + "?" + ANSWER + parts[1];
                schemas++;
                if (problems(viaChecker.send(request[0], path, request[2], null))
                        .isEmpty()) {
                    unchecked.add(response);
                }
            }
        } finally {
            wrong.stop(0);
        }
        assertThat(schemas).as("documented JSON response schemas").isGreaterThanOrEqualTo(168);
        assertThat(unchecked)
                .as("documented responses whose schema Prism did not apply")
                .isEmpty();
    }

    /** What Prism reported about a response: its violation header, or its own problem+json answer. */
    private static List<String> problems(Api.Response r) {
        List<String> problems = new ArrayList<>();
        if (r.header("sl-violations") != null) {
            problems.add(r.header("sl-violations"));
        }
        if (String.valueOf(r.header("content-type")).startsWith("application/problem+json")
                || r.body().contains("stoplight.io/prism/errors")
                || r.body().contains("\"FetchError\"")) {
            problems.add("Prism answered itself: " + abbreviate(r.body()));
        }
        return problems;
    }

    private Api.Response check(String operation, Api.Response r, int expected) {
        covered.add(operation + " " + r.status());
        if (r.status() != expected) {
            failures.add(operation + ": expected " + expected + ", got " + r.status() + " " + abbreviate(r.body()));
        }
        problems(r).forEach(p -> failures.add(operation + " " + r.status() + ": " + p));
        return r;
    }

    private static String abbreviate(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "..." : body;
    }

    /** Walks every page of a list through Prism. */
    private List<JsonObject> pages(String operation, String path, String field) {
        List<JsonObject> items = new ArrayList<>();
        String cursor = null;
        do {
            String sep = path.contains("?") ? "&" : "?";
            Api.Response r = check(operation, via.get(path + (cursor == null ? "" : sep + "cursor=" + cursor)), 200);
            if (r.status() != 200) {
                return items;
            }
            r.json().getAsJsonArray(field).forEach(e -> items.add(e.getAsJsonObject()));
            cursor = r.str("next_cursor");
        } while (cursor != null);
        return items;
    }

    private void sequences() {
        List<JsonObject> all = pages("list_sequences", "/sequences?limit=2", "sequences");
        assertThat(all).hasSize(5);
        check("list_sequences", via.get("/sequences?limit=0"), 400);
        for (JsonObject s : all) {
            String id = s.get("id").getAsString();
            check("retrieve_sequence", via.get("/sequences/" + id), 200);
            for (JsonObject step : pages("list_sequence_steps", "/sequences/" + id + "/steps?limit=2", "steps")) {
                check(
                        "retrieve_sequence_step",
                        via.get("/sequences/" + id + "/steps/" + step.get("id").getAsString()),
                        200);
            }
            check(
                    "list_sequence_steps",
                    via.get("/sequences/" + id + "/steps?type=AUTOMATIC_EMAIL&type=PHONE_CALL"),
                    200);
            check("retrieve_sequence_step", via.get("/sequences/" + id + "/steps/" + UNKNOWN), 404);
        }
        check("retrieve_sequence", via.get("/sequences/nope"), 400);
        check("retrieve_sequence", via.get("/sequences/" + UNKNOWN), 404);
        check("list_sequence_steps", via.get("/sequences/" + UNKNOWN + "/steps"), 404);
        check(
                "list_sequence_steps",
                via.get("/sequences/" + all.get(0).get("id").getAsString() + "/steps?type=NOPE"),
                400);
        check("retrieve_sequence_step", via.get("/sequences/" + UNKNOWN + "/steps/nope"), 400);

        String running = all.stream()
                .filter(s -> !s.get("is_paused").getAsBoolean())
                .map(s -> s.get("id").getAsString())
                .findFirst()
                .orElseThrow();
        check("pause_sequence", via.post("/sequences/" + running + "/pause", null), 200);
        check("pause_sequence", via.post("/sequences/" + running + "/pause", null), 200);
        sandbox.faults().failNext("POST", "/sequences/{id}/pause", 1, 409);
        check("pause_sequence", via.post("/sequences/" + running + "/pause", null), 409);
        check("resume_sequence", via.post("/sequences/" + running + "/resume", null), 200);
        check("resume_sequence", via.post("/sequences/" + running + "/resume", null), 200);
        sandbox.faults().failNext("POST", "/sequences/{id}/resume", 1, 409);
        check("resume_sequence", via.post("/sequences/" + running + "/resume", null), 409);
        check("pause_sequence", via.post("/sequences/nope/pause", null), 400);
        check("pause_sequence", via.post("/sequences/" + UNKNOWN + "/pause", null), 404);
        check("resume_sequence", via.post("/sequences/nope/resume", null), 400);
        check("resume_sequence", via.post("/sequences/" + UNKNOWN + "/resume", null), 404);

        String doomed = all.get(all.size() - 1).get("id").getAsString();
        check("delete_sequence", via.delete("/sequences/" + doomed), 200);
        check("delete_sequence", via.delete("/sequences/" + doomed), 404);
        check("delete_sequence", via.delete("/sequences/nope"), 400);
    }

    private void enrollments() {
        List<JsonObject> all = pages("list_sequence_enrollments", "/enrollments?limit=7", "enrollments");
        assertThat(all).isNotEmpty();
        JsonObject first = all.get(0);
        pages(
                "list_sequence_enrollments",
                "/enrollments?status=DRAFT&status=FINISHED&updated_after=2025-01-01T00:00:00Z"
                        + "&updated_before=2027-01-01T00:00:00Z&sequence_id="
                        + first.getAsJsonObject("sequence").get("id").getAsString() + "&mailbox_id="
                        + first.getAsJsonObject("mailbox").get("id").getAsString(),
                "enrollments");
        check("list_sequence_enrollments", via.get("/enrollments?status=NOPE&person_id=x"), 400);
        for (JsonObject e : all) {
            check(
                    "get_sequence_enrollment",
                    via.get("/enrollments/" + e.get("id").getAsString()),
                    200);
        }
        check("get_sequence_enrollment", via.get("/enrollments/nope"), 400);
        check("get_sequence_enrollment", via.get("/enrollments/" + UNKNOWN), 404);

        SandboxData data = sandbox.data();
        List<UUID> free = data.enrollablePersonIds();
        String mailbox = data.mailboxEmails().get(0);
        UUID plain = data.sequenceIds().stream()
                .filter(s -> !data.approvalSequenceIds().contains(s))
                .findFirst()
                .orElseThrow();
        UUID approval = data.approvalSequenceIds().get(0);
        String created = check(
                        "create_sequence_enrollment",
                        via.post("/enrollments", enroll(plain, free.get(0), mailbox)),
                        201)
                .str("id");
        check("create_sequence_enrollment", via.post("/enrollments", enroll(plain, free.get(0), mailbox)), 409);
        check(
                "create_sequence_enrollment",
                via.post("/enrollments", enroll(UUID.fromString(UNKNOWN), free.get(1), mailbox)),
                404);
        check(
                "create_sequence_enrollment",
                via.post("/enrollments", enroll(plain, data.optedOutPersonIds().get(0), mailbox)),
                400);
        check("create_sequence_enrollment", via.post("/enrollments", "{\"sequence_id\": 1"), 400);

        String pending = check(
                        "create_sequence_enrollment",
                        via.post("/enrollments", enroll(approval, free.get(1), mailbox)),
                        201)
                .str("id");
        check("approve_sequence_enrollment", via.post("/enrollments/" + pending + "/approve", null), 200);
        check("approve_sequence_enrollment", via.post("/enrollments/" + pending + "/approve", null), 409);
        String blocked = check(
                        "create_sequence_enrollment",
                        via.post("/enrollments", enroll(approval, free.get(2), mailbox)),
                        201)
                .str("id");
        data.setDoNotEmail(free.get(2), true);
        check("approve_sequence_enrollment", via.post("/enrollments/" + blocked + "/approve", null), 400);
        check("approve_sequence_enrollment", via.post("/enrollments/" + UNKNOWN + "/approve", null), 404);

        check("pause_sequence_enrollment", via.post("/enrollments/" + created + "/pause", null), 200);
        check("pause_sequence_enrollment", via.post("/enrollments/" + created + "/pause", null), 200);
        check("resume_sequence_enrollment", via.post("/enrollments/" + created + "/resume", null), 200);
        check("pause_sequence_enrollment", via.post("/enrollments/nope/pause", null), 400);
        check("pause_sequence_enrollment", via.post("/enrollments/" + UNKNOWN + "/pause", null), 404);
        check("resume_sequence_enrollment", via.post("/enrollments/nope/resume", null), 400);
        check("resume_sequence_enrollment", via.post("/enrollments/" + UNKNOWN + "/resume", null), 404);
        check("delete_sequence_enrollment", via.delete("/enrollments/" + blocked), 200);
        check("delete_sequence_enrollment", via.delete("/enrollments/nope"), 400);
        check("delete_sequence_enrollment", via.delete("/enrollments/" + UNKNOWN), 404);
        check("get_sequence_enrollment", via.get("/enrollments/" + blocked), 200);
    }

    static String enroll(UUID sequence, UUID person, String mailbox) {
        return "{\"sequence_id\":\"" + sequence + "\",\"person_id\":\"" + person + "\",\"mailbox_emails\":[\"" + mailbox
                + "\"]}";
    }

    private void enrollmentSteps() {
        List<JsonObject> enrollments = pages("list_sequence_enrollments", "/enrollments?limit=100", "enrollments");
        JsonObject editable = null;
        for (JsonObject e : enrollments) {
            String id = e.get("id").getAsString();
            for (JsonObject step :
                    pages("list_sequence_enrollment_steps", "/enrollments/" + id + "/steps?limit=3", "steps")) {
                check(
                        "get_sequence_enrollment_step",
                        via.get("/enrollment-steps/" + step.get("id").getAsString()),
                        200);
                String status = step.get("status").getAsString();
                if (editable == null
                        && !step.get("email").isJsonNull()
                        && Set.of("NOT_STARTED", "SCHEDULED", "PENDING").contains(status)) {
                    editable = step;
                }
            }
        }
        check("list_sequence_enrollment_steps", via.get("/enrollments/nope/steps"), 400);
        check("list_sequence_enrollment_steps", via.get("/enrollments/" + UNKNOWN + "/steps"), 404);
        check("get_sequence_enrollment_step", via.get("/enrollment-steps/nope"), 400);
        check("get_sequence_enrollment_step", via.get("/enrollment-steps/" + UNKNOWN), 404);
        assertThat(editable).as("an editable email step").isNotNull();
        String stepPath = "/enrollment-steps/" + editable.get("id").getAsString();
        String version = editable.getAsJsonObject("email").get("version_id").getAsString();
        check(
                "update_sequence_enrollment_step",
                via.patch(stepPath, "{\"version_id\":\"" + version + "\",\"body\":\"<p>New copy</p>\"}"),
                200);
        check(
                "update_sequence_enrollment_step",
                via.patch(stepPath, "{\"version_id\":\"" + version + "\",\"subject\":\"Stale\"}"),
                400);
        check(
                "update_sequence_enrollment_step",
                via.patch("/enrollment-steps/" + UNKNOWN, "{\"version_id\":\"v\",\"subject\":\"x\"}"),
                404);
    }

    private void queryJobs(String prefix, String kind) {
        String ops = "_sequence_" + kind + "_query_job";
        String filter = prefix.equals("/enrollments")
                ? "{\"filter\":{\"updated_at\":{\"gte\":\"2025-01-01T00:00:00Z\",\"lt\":\"2027-01-01T00:00:00Z\"},"
                        + "\"status\":{\"in\":[\"IN_PROGRESS\",\"FINISHED\"]},\"mailbox\":{\"email_address\":\""
                        + sandbox.data().mailboxEmails().get(0) + "\"}}}"
                : "{\"filter\":{\"updated_at\":{\"gt\":\"2024-01-01T00:00:00Z\"},\"type\":{\"in\":[\"AUTOMATIC_EMAIL\","
                        + "\"MANUAL_EMAIL\",\"PHONE_CALL\"]},\"status\":{\"not_in\":[\"CANCELED\"]}}}";
        String jobs = prefix + "/query-jobs";
        String finished = check("create" + ops, via.post(jobs, filter), 201).str("job_id");
        String everything = check("create" + ops, via.post(jobs, null), 201).str("job_id");
        check(
                "create" + ops,
                via.post(
                        jobs,
                        "{\"filter\":{\"updated_at\":{\"gt\":\"2025-01-01T00:00:00Z\","
                                + "\"gte\":\"2025-01-01T00:00:00Z\"}}}"),
                400);
        check("list" + ops + "s", via.get(jobs + "?limit=1"), 200);
        check("list" + ops + "s", via.get(jobs + "?status=NOPE"), 400);
        check("get" + ops, via.get(jobs + "/" + finished), 200);
        check("get" + ops, via.get(jobs + "/" + UNKNOWN), 404);
        check("get" + ops + "_results", via.get(jobs + "/" + finished + "/results"), 409);
        check("cancel" + ops, via.post(jobs + "/" + everything + "/cancel", null), 200);
        check("cancel" + ops, via.post(jobs + "/" + everything + "/cancel", null), 409);
        check("cancel" + ops, via.post(jobs + "/" + UNKNOWN + "/cancel", null), 404);
        check("get" + ops + "_results", via.get(jobs + "/" + everything + "/results"), 409);
        sandbox.faults().failNextQueryJobs(1, "query_timeout");
        String failed = check("create" + ops, via.post(jobs, null), 201).str("job_id");

        sandbox.clock().advance(Duration.ofMinutes(2));
        check("get" + ops, via.get(jobs + "/" + failed), 200);
        check("get" + ops + "_results", via.get(jobs + "/" + failed + "/results"), 409);
        pages("list" + ops + "s", jobs + "?limit=2", "jobs");
        check("get" + ops, via.get(jobs + "/" + finished), 200);
        check("get" + ops + "_results", via.get(jobs + "/" + finished + "/results?page=2&page_size=5"), 200);
        String all = check("create" + ops, via.post(jobs, null), 201).str("job_id");
        sandbox.clock().advance(Duration.ofMinutes(2));
        // Every row of the seed, so every nullable/union variant of the row shapes passes through Prism.
        Api.Response page = check("get" + ops + "_results", via.get(jobs + "/" + all + "/results?page_size=2000"), 200);
        String rows = page.json().getAsJsonArray("data").toString();
        assertThat(rows).contains("\"reply_email_message\":null", "\"reply_email_message\":{", "\"ended_at\":null");
        if (kind.equals("enrollment_step")) {
            assertThat(rows).contains("\"email_message\":null", "\"email_message\":{", "\"type\":\"PHONE_CALL\"");
        } else {
            assertThat(rows).contains("\"enrolled_by_play\":null", "\"enrolled_by_play\":{", "\"company\":null");
        }
        Api.Response ndjson = check(
                "get" + ops + "_results",
                via.send("GET", jobs + "/" + all + "/results?page_size=10000", null, "application/x-ndjson"),
                200);
        assertThat(ndjson.body().lines())
                .hasSize(page.json().get("total").getAsInt())
                .allSatisfy(line -> JsonParser.parseString(line).getAsJsonObject());
        check("get" + ops + "_results", via.get(jobs + "/" + finished + "/results?page_size=5000"), 413);
        check("get" + ops + "_results", via.get(jobs + "/" + finished + "/results?page=0"), 400);
        check("get" + ops + "_results", via.get(jobs + "/" + UNKNOWN + "/results"), 404);

        sandbox.clock().advance(Duration.ofHours(25));
        check("get" + ops + "_results", via.get(jobs + "/" + finished + "/results"), 410);
        check("get" + ops, via.get(jobs + "/" + finished), 200);
    }

    /** 401 (wrong key), 429 and 500 (injected) for every operation, and 400 where no natural one exists. */
    private void commonErrors() {
        for (Map.Entry<String, String[]> op : sampleRequests().entrySet()) {
            String name = op.getKey();
            String method = op.getValue()[0];
            String path = op.getValue()[1];
            String body = op.getValue()[2];
            check(name, via.withKey("not-a-valid-key").send(method, path, body, null), 401);
            for (int status : new int[] {429, 500, 400}) {
                if (status == 400 && covered.contains(name + " 400")) {
                    continue;
                }
                sandbox.faults().failNext(method, path, 1, status);
                check(name, via.send(method, path, body, null), status);
            }
        }
    }

    private static Map<String, String[]> sampleRequests() {
        String id = "/" + UNKNOWN;
        String enroll = enroll(UUID.fromString(UNKNOWN), UUID.fromString(UNKNOWN), "a@b.co");
        Map<String, String[]> m = new java.util.LinkedHashMap<>();
        m.put("list_sequences", new String[] {"GET", "/sequences", null});
        m.put("retrieve_sequence", new String[] {"GET", "/sequences" + id, null});
        m.put("delete_sequence", new String[] {"DELETE", "/sequences" + id, null});
        m.put("pause_sequence", new String[] {"POST", "/sequences" + id + "/pause", null});
        m.put("resume_sequence", new String[] {"POST", "/sequences" + id + "/resume", null});
        m.put("list_sequence_steps", new String[] {"GET", "/sequences" + id + "/steps", null});
        m.put("retrieve_sequence_step", new String[] {"GET", "/sequences" + id + "/steps" + id, null});
        m.put("create_sequence_enrollment", new String[] {"POST", "/enrollments", enroll});
        m.put("list_sequence_enrollments", new String[] {"GET", "/enrollments", null});
        m.put("get_sequence_enrollment", new String[] {"GET", "/enrollments" + id, null});
        m.put("delete_sequence_enrollment", new String[] {"DELETE", "/enrollments" + id, null});
        m.put("pause_sequence_enrollment", new String[] {"POST", "/enrollments" + id + "/pause", null});
        m.put("resume_sequence_enrollment", new String[] {"POST", "/enrollments" + id + "/resume", null});
        m.put("approve_sequence_enrollment", new String[] {"POST", "/enrollments" + id + "/approve", null});
        m.put("list_sequence_enrollment_steps", new String[] {"GET", "/enrollments" + id + "/steps", null});
        m.put("get_sequence_enrollment_step", new String[] {"GET", "/enrollment-steps" + id, null});
        m.put(
                "update_sequence_enrollment_step",
                new String[] {"PATCH", "/enrollment-steps" + id, "{\"version_id\":\"v\",\"subject\":\"s\"}"});
        for (String kind : List.of("enrollment", "enrollment_step")) {
            String prefix = kind.equals("enrollment") ? "/enrollments" : "/enrollment-steps";
            String ops = "_sequence_" + kind + "_query_job";
            m.put("create" + ops, new String[] {"POST", prefix + "/query-jobs", null});
            m.put("list" + ops + "s", new String[] {"GET", prefix + "/query-jobs", null});
            m.put("get" + ops, new String[] {"GET", prefix + "/query-jobs" + id, null});
            m.put("cancel" + ops, new String[] {"POST", prefix + "/query-jobs" + id + "/cancel", null});
            m.put("get" + ops + "_results", new String[] {"GET", prefix + "/query-jobs" + id + "/results", null});
        }
        return m;
    }

    /** Every {@code operationId + " " + status} the pinned spec documents. */
    private static Set<String> documentedResponses() throws Exception {
        return documented(false);
    }

    /** Every {@code operationId + " " + status} whose documented body is JSON. */
    private static Set<String> documentedJsonResponses() throws Exception {
        return documented(true);
    }

    private static Set<String> documented(boolean jsonOnly) throws Exception {
        JsonObject spec = JsonParser.parseString(Files.readString(
                        Path.of(System.getProperty("sandbox.spec", "../openapi/unify-sequences-v1.openapi.json"))))
                .getAsJsonObject();
        Set<String> documented = new LinkedHashSet<>();
        for (Map.Entry<String, JsonElement> path : spec.getAsJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonElement> op :
                    path.getValue().getAsJsonObject().entrySet()) {
                JsonObject operation = op.getValue().getAsJsonObject();
                String id = operation.get("operationId").getAsString();
                for (Map.Entry<String, JsonElement> response :
                        operation.getAsJsonObject("responses").entrySet()) {
                    JsonObject content = response.getValue().getAsJsonObject().getAsJsonObject("content");
                    if (!jsonOnly || content != null && content.has("application/json")) {
                        documented.add(id + " " + response.getKey());
                    }
                }
            }
        }
        // The sandbox serves the operations it implements; each must still be in the pin. An operation a newer pin
        // adds is not the sandbox's yet, so its responses are not required here.
        Set<String> implemented = sampleRequests().keySet();
        assertThat(documented.stream().map(s -> s.split(" ")[0]).distinct()).containsAll(implemented);
        documented.removeIf(response -> !implemented.contains(response.split(" ")[0]));
        return documented;
    }
}
