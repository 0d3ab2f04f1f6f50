package io.github.unifysequences.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QueryJobTest {
    private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
    private static SequencesSandbox sandbox;
    private static Api api;
    private static List<JsonObject> enrollments;

    @BeforeAll
    static void start() {
        sandbox = SequencesSandbox.builder()
                .seed(9)
                .size(SeedSize.custom(6, 3_000, 2_500))
                .clock(SandboxClock.fixed(START))
                .queryJobDuration(Duration.ofMinutes(1))
                .build();
        sandbox.start();
        api = new Api(sandbox);
        enrollments = new ArrayList<>();
        api.allIds("/enrollments?limit=100", "enrollments", e -> {
            enrollments.add(e);
            return e.get("id").getAsString();
        });
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static String create(String prefix, String body) {
        Api.Response r = api.post(prefix + "/query-jobs", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.str("job_id");
    }

    /** Creates a job, lets it finish and returns every row, fetched page by page as the guide says. */
    private static List<JsonObject> rows(String prefix, String body) {
        String job = create(prefix, body);
        sandbox.clock().advance(Duration.ofMinutes(2));
        List<JsonObject> rows = new ArrayList<>();
        int total;
        int page = 1;
        do {
            JsonObject r = api.get(prefix + "/query-jobs/" + job + "/results?page_size=2000&page=" + page++)
                    .json();
            total = r.get("total").getAsInt();
            r.getAsJsonArray("data").forEach(e -> rows.add(e.getAsJsonObject()));
        } while ((page - 1) * 2000 < total);
        assertThat(rows).hasSize(total);
        return rows;
    }

    private static List<String> ids(List<JsonObject> items) {
        return items.stream().map(e -> e.get("id").getAsString()).collect(Collectors.toList());
    }

    private static void assertEnrollmentFilter(String filter, Predicate<JsonObject> expected) {
        List<String> want = ids(enrollments.stream().filter(expected).collect(Collectors.toList()));
        assertThat(want).as("%s is selective", filter).isNotEmpty().hasSizeLessThan(enrollments.size());
        assertThat(ids(rows("/enrollments", "{\"filter\":" + filter + "}")))
                .as(filter)
                .isEqualTo(want);
    }

    private static String id(JsonObject e, String field) {
        return e.get(field).isJsonNull()
                ? null
                : e.getAsJsonObject(field).get("id").getAsString();
    }

    @Test
    void aJobRunsFinishesAndExpiresOnTheSandboxClock() {
        Instant created = sandbox.clock().now();
        Api.Response r = api.post("/enrollments/query-jobs", null);
        assertThat(r.json().get("status").getAsString()).isEqualTo("IN_PROGRESS");
        assertThat(Instant.parse(r.str("expires_at"))).isEqualTo(created.plus(Duration.ofHours(24)));
        String job = r.str("job_id");
        String path = "/enrollments/query-jobs/" + job;

        JsonObject running = api.get(path).json();
        assertThat(running.get("status").getAsString()).isEqualTo("IN_PROGRESS");
        assertThat(running.get("total_rows").isJsonNull()).isTrue();
        Api.Response notReady = api.get(path + "/results");
        assertThat(notReady.status()).isEqualTo(409);
        assertThat(notReady.str("status")).isEqualTo("results_not_ready");

        sandbox.clock().advance(Duration.ofSeconds(61));
        JsonObject done = api.get(path).json();
        assertThat(done.get("status").getAsString()).isEqualTo("FINISHED");
        assertThat(done.get("total_rows").getAsInt()).isEqualTo(enrollments.size());
        JsonObject page = api.get(path + "/results?page=2&page_size=1000").json();
        assertThat(page.get("total").getAsInt()).isEqualTo(enrollments.size());
        assertThat(page.get("page").getAsInt()).isEqualTo(2);
        assertThat(page.getAsJsonArray("data")).hasSize(1000);
        assertThat(page.getAsJsonArray("data")
                        .get(0)
                        .getAsJsonObject()
                        .get("id")
                        .getAsString())
                .isEqualTo(enrollments.get(1000).get("id").getAsString());
        assertThat(api.get(path + "/results?page=99").json().getAsJsonArray("data"))
                .isEmpty();

        sandbox.clock().advance(Duration.ofHours(24));
        assertThat(api.get(path).json().get("status").getAsString()).isEqualTo("EXPIRED");
        Api.Response expired = api.get(path + "/results");
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.str("status")).isEqualTo("results_expired");
    }

    @Test
    void resultsAreAFrozenSnapshot() {
        JsonObject target = enrollments.stream()
                .filter(e -> e.get("status").getAsString().equals("IN_PROGRESS"))
                .findFirst()
                .orElseThrow();
        String id = target.get("id").getAsString();
        String job = create("/enrollments", "{\"filter\":{\"id\":{\"in\":[\"" + id.toUpperCase() + "\"]}}}");
        assertThat(api.delete("/enrollments/" + id).status()).isEqualTo(200);
        sandbox.clock().advance(Duration.ofMinutes(2));
        JsonObject row = api.get("/enrollments/query-jobs/" + job + "/results")
                .json()
                .getAsJsonArray("data")
                .get(0)
                .getAsJsonObject();
        assertThat(row.get("is_canceled").getAsBoolean()).isFalse();
        assertThat(row.get("status").getAsString()).isEqualTo("IN_PROGRESS");
        enrollments.replaceAll(e -> e.get("id").getAsString().equals(id)
                ? api.get("/enrollments/" + id).json()
                : e);
    }

    @Test
    void everyEnrollmentFilterSelectsTheMatchingRows() {
        JsonObject s = enrollments.stream()
                .filter(e -> !e.get("enrolled_by_play").isJsonNull())
                .findFirst()
                .orElseThrow();
        assertEnrollmentFilter(
                "{\"status\":{\"in\":[\"DRAFT\",\"IN_PROGRESS\"]}}",
                e -> !e.get("status").getAsString().equals("FINISHED"));
        assertEnrollmentFilter(
                "{\"status\":{\"not_in\":[\"FINISHED\"]}}",
                e -> !e.get("status").getAsString().equals("FINISHED"));
        assertEnrollmentFilter(
                "{\"sequence\":{\"id\":\"" + id(s, "sequence") + "\"}}",
                e -> id(e, "sequence").equals(id(s, "sequence")));
        assertEnrollmentFilter(
                "{\"person\":{\"id\":\"" + id(s, "person") + "\"}}",
                e -> id(e, "person").equals(id(s, "person")));
        assertEnrollmentFilter(
                "{\"mailbox\":{\"id\":\"" + id(s, "mailbox") + "\"}}",
                e -> id(e, "mailbox").equals(id(s, "mailbox")));
        String email = s.getAsJsonObject("mailbox").get("email").getAsString();
        assertEnrollmentFilter(
                "{\"mailbox\":{\"email_address\":\"" + email.toUpperCase() + "\"}}",
                e -> e.getAsJsonObject("mailbox").get("email").getAsString().equals(email));
        assertEnrollmentFilter(
                "{\"enrolled_by_play\":{\"in\":[\"" + id(s, "enrolled_by_play") + "\"]}}",
                e -> id(s, "enrolled_by_play").equals(id(e, "enrolled_by_play")));
        assertEnrollmentFilter(
                "{\"enrolled_by_play\":{\"not_in\":[\"" + id(s, "enrolled_by_play") + "\"]}}",
                e -> !id(s, "enrolled_by_play").equals(id(e, "enrolled_by_play")));
        assertEnrollmentFilter(
                "{\"is_replied\":true,\"is_paused\":false}",
                e -> e.get("is_replied").getAsBoolean());
        assertEnrollmentFilter(
                "{\"is_canceled\":false}", e -> !e.get("is_canceled").getAsBoolean());
        assertEnrollmentFilter("{\"id\":{\"not_in\":[\"" + s.get("id").getAsString() + "\"]}}", e -> e != s);
        Instant t = Instant.parse(enrollments.get(700).get("updated_at").getAsString());
        assertEnrollmentFilter(
                "{\"updated_at\":{\"gte\":\"" + t + "\"}}", e -> !updated(e).isBefore(t));
        assertEnrollmentFilter(
                "{\"updated_at\":{\"gt\":\"" + t + "\"}}", e -> updated(e).isAfter(t));
        assertEnrollmentFilter(
                "{\"updated_at\":{\"lte\":\"" + t + "\"}}", e -> !updated(e).isAfter(t));
        assertEnrollmentFilter(
                "{\"updated_at\":{\"lt\":\"" + t + "\"}}", e -> updated(e).isBefore(t));
        assertEnrollmentFilter(
                "{\"started_at\":{\"lt\":\"2025-06-01T00:00:00Z\"}}",
                e -> !e.get("started_at").isJsonNull()
                        && Instant.parse(e.get("started_at").getAsString())
                                .isBefore(Instant.parse("2025-06-01T00:00:00Z")));
        assertEnrollmentFilter(
                "{\"ended_at\":{\"gte\":\"2025-01-01T00:00:00Z\"}}",
                e -> !e.get("ended_at").isJsonNull());
    }

    private static Instant updated(JsonObject e) {
        return Instant.parse(e.get("updated_at").getAsString());
    }

    @Test
    void companyFilterUsesThePersonsCompany() {
        JsonObject row = rows(
                        "/enrollments",
                        "{\"filter\":{\"id\":{\"in\":[\""
                                + enrollments.get(5).get("id").getAsString() + "\"]}}}")
                .get(0);
        JsonObject company = row.getAsJsonObject("person").getAsJsonObject("company");
        List<JsonObject> same = rows(
                "/enrollments",
                "{\"filter\":{\"company\":{\"id\":\"" + company.get("id").getAsString() + "\"}}}");
        assertThat(same)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.getAsJsonObject("person")
                                .getAsJsonObject("company")
                                .get("id"))
                        .isEqualTo(company.get("id")));
    }

    @Test
    void enrollmentStepJobsFilterByTypeStatusStepAndEnrollment() {
        List<JsonObject> all = rows("/enrollment-steps", null);
        assertThat(all.size()).isGreaterThan(enrollments.size() * 3);
        assertThat(all)
                .extracting(r -> r.get("type").getAsString())
                .contains(
                        "AUTOMATIC_EMAIL",
                        "MANUAL_EMAIL",
                        "PHONE_CALL",
                        "ACTION_ITEM",
                        "MANUAL_LINKEDIN_CONNECTION",
                        "MANUAL_LINKEDIN_MESSAGE",
                        "MANUAL_LINKEDIN_PROFILE_VIEW");
        List<JsonObject> emails = rows(
                "/enrollment-steps",
                "{\"filter\":{\"type\":{\"in\":[\"AUTOMATIC_EMAIL\"]},"
                        + "\"status\":{\"not_in\":[\"CANCELED\",\"NOT_STARTED\"]},\"step_number\":1}}");
        assertThat(emails).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("type").getAsString()).isEqualTo("AUTOMATIC_EMAIL");
            assertThat(r.get("status").getAsString()).isNotIn("CANCELED", "NOT_STARTED");
            assertThat(r.get("step_number").getAsInt()).isEqualTo(1);
        });
        assertThat(emails)
                .anySatisfy(r -> assertThat(r.get("email_message").isJsonNull()).isFalse());
        String enrollment = enrollments.get(0).get("id").getAsString();
        List<JsonObject> steps =
                rows("/enrollment-steps", "{\"filter\":{\"enrollment\":{\"id\":\"" + enrollment + "\"}}}");
        assertThat(steps)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(
                                r.getAsJsonObject("enrollment").get("id").getAsString())
                        .isEqualTo(enrollment));
        assertThat(ids(steps))
                .isEqualTo(api.allIds(
                        "/enrollments/" + enrollment + "/steps",
                        "steps",
                        e -> e.get("id").getAsString()));
    }

    @Test
    void invalidFiltersAreRejected() {
        assertRejected(
                "{\"filter\":{\"updated_at\":{\"gt\":\"2025-01-01T00:00:00Z\",\"gte\":\"2025-01-01T00:00:00Z\"}}}",
                "mutually_exclusive");
        assertRejected(
                "{\"filter\":{\"updated_at\":{\"lt\":\"2025-01-01T00:00:00Z\",\"lte\":\"2025-01-01T00:00:00Z\"}}}",
                "mutually_exclusive");
        assertRejected("{\"filter\":{\"updated_at\":{}}}", "invalid_type");
        assertRejected("{\"filter\":{\"started_at\":{\"gt\":\"last week\"}}}", "invalid_datetime");
        assertRejected("{\"filter\":{\"status\":{\"in\":[]}}}", "invalid_type");
        assertRejected("{\"filter\":{\"status\":{\"in\":[\"DONE\"]}}}", "invalid_enum");
        assertRejected("{\"filter\":{\"status\":{}}}", "required");
        assertRejected("{\"filter\":{\"mailbox\":{\"name\":\"x\"}}}", "invalid_type");
        assertRejected("{\"filter\":{\"is_replied\":\"yes\"}}", "invalid_type");
        assertRejected("{\"filter\":{\"colour\":\"red\"}}", "unknown_field");
        assertRejected("{\"filter\":[]}", "invalid_type");
        Api.Response stepType = api.post("/enrollment-steps/query-jobs", "{\"filter\":{\"step_number\":0}}");
        assertThat(stepType.status()).isEqualTo(400);
    }

    private static void assertRejected(String body, String code) {
        Api.Response r = api.post("/enrollments/query-jobs", body);
        assertThat(r.status()).as(body).isEqualTo(400);
        assertThat(r.body()).as(body).contains("\"code\":\"" + code + "\"");
    }

    @Test
    void onlyRunningJobsCancelAndCanceledOrFailedJobsHaveNoResults() {
        String job = create("/enrollment-steps", null);
        String path = "/enrollment-steps/query-jobs/" + job;
        Api.Response canceled = api.post(path + "/cancel", null);
        assertThat(canceled.json().get("status").getAsString()).isEqualTo("CANCELED");
        assertThat(api.get(path).json().get("canceled_at").isJsonNull()).isFalse();
        Api.Response again = api.post(path + "/cancel", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.str("status")).isEqualTo("job_not_cancelable");
        assertThat(api.get(path + "/results").str("status")).isEqualTo("results_canceled");

        sandbox.faults().failNextQueryJobs(1, "query_timeout");
        String failed = create("/enrollment-steps", null);
        String finished = create("/enrollment-steps", null);
        sandbox.clock().advance(Duration.ofMinutes(2));
        JsonObject f = api.get("/enrollment-steps/query-jobs/" + failed).json();
        assertThat(f.get("status").getAsString()).isEqualTo("FAILED");
        assertThat(f.get("error_code").getAsString()).isEqualTo("query_timeout");
        assertThat(api.get("/enrollment-steps/query-jobs/" + failed + "/results")
                        .str("status"))
                .isEqualTo("results_failed");
        assertThat(api.post("/enrollment-steps/query-jobs/" + finished + "/cancel", null)
                        .status())
                .isEqualTo(409);
        assertThat(api.get("/enrollments/query-jobs/" + finished).status())
                .as("kinds are separate")
                .isEqualTo(404);
    }

    @Test
    void ndjsonPagesStreamLinesWithHeadersAndHaveTheirOwnSizeLimit() {
        String job = create("/enrollment-steps", null);
        sandbox.clock().advance(Duration.ofMinutes(2));
        String results = "/enrollment-steps/query-jobs/" + job + "/results";
        Api.Response big = api.send("GET", results + "?page_size=10000", null, "application/x-ndjson");
        assertThat(big.status()).isEqualTo(200);
        assertThat(big.header("content-type")).isEqualTo("application/x-ndjson");
        int total = Integer.parseInt(big.header("x-total"));
        assertThat(big.header("x-page")).isEqualTo("1");
        assertThat(big.header("x-page-size")).isEqualTo("10000");
        List<String> lines = big.body().lines().collect(Collectors.toList());
        assertThat(lines).hasSize(Math.min(total, 10_000));
        assertThat(JsonParser.parseString(lines.get(0)).getAsJsonObject().has("enrollment"))
                .isTrue();

        Api.Response tooBig = api.get(results + "?page_size=2001");
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.str("status")).isEqualTo("results_page_too_large");
        assertThat(api.get(results + "?page_size=10001").status()).isEqualTo(400);
        assertThat(api.get(results + "?page=0").status()).isEqualTo(400);
    }

    @Test
    void jobListsPageAndFilterByStatus() {
        String a = create("/enrollments", null);
        String b = create("/enrollments", null);
        api.post("/enrollments/query-jobs/" + b + "/cancel", null);
        List<String> all = api.allIds(
                "/enrollments/query-jobs?limit=1", "jobs", j -> j.get("job_id").getAsString());
        assertThat(all).containsSubsequence(a, b).doesNotHaveDuplicates();
        List<String> canceled = api.allIds(
                "/enrollments/query-jobs?status=CANCELED",
                "jobs",
                j -> j.get("job_id").getAsString());
        assertThat(canceled).contains(b).doesNotContain(a);
    }
}
