package io.github.unifysequences.sandbox;

import static io.github.unifysequences.sandbox.PrismConformanceTest.enroll;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PaginationTest {
    private static SequencesSandbox sandbox;
    private static Api api;
    private static List<JsonObject> all;

    @BeforeAll
    static void start() {
        sandbox = SequencesSandbox.builder()
                .seed(5)
                .size(SeedSize.custom(8, 2_000, 400))
                .build();
        sandbox.start();
        api = new Api(sandbox);
        all = items("/enrollments?limit=100");
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static List<JsonObject> items(String path) {
        return items(api, path);
    }

    private static List<JsonObject> items(Api api, String path) {
        List<JsonObject> items = new ArrayList<>();
        String cursor = null;
        do {
            String sep = path.contains("?") ? "&" : "?";
            Api.Response r = api.get(path + (cursor == null ? "" : sep + "cursor=" + cursor));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            r.json().getAsJsonArray("enrollments").forEach(e -> items.add(e.getAsJsonObject()));
            cursor = r.str("next_cursor");
        } while (cursor != null);
        return items;
    }

    private static List<String> ids(List<JsonObject> items) {
        return items.stream().map(e -> e.get("id").getAsString()).collect(Collectors.toList());
    }

    private static String at(JsonObject e, String object) {
        return e.get(object).isJsonNull()
                ? null
                : e.getAsJsonObject(object).get("id").getAsString();
    }

    @Test
    void walksEveryEnrollmentOnceInCreationOrder() {
        assertThat(all).hasSize(400);
        assertThat(new HashSet<>(ids(all))).hasSize(400);
        assertThat(ids(items("/enrollments?limit=7"))).isEqualTo(ids(all));
        List<String> created =
                all.stream().map(e -> e.get("created_at").getAsString()).collect(Collectors.toList());
        assertThat(created)
                .isSortedAccordingTo((a, b) -> java.time.Instant.parse(a).compareTo(java.time.Instant.parse(b)));
        Api.Response last = api.get("/enrollments?limit=100&status=DRAFT");
        assertThat(last.json().get("next_cursor").isJsonNull()).isTrue();
    }

    @Test
    void everyListFilterSelectsExactlyTheMatchingEnrollments() {
        JsonObject sample = all.stream()
                .filter(e -> !e.get("enrolled_by_play").isJsonNull())
                .findFirst()
                .orElseThrow();
        assertFilter(
                "sequence_id=" + at(sample, "sequence"), e -> at(e, "sequence").equals(at(sample, "sequence")));
        assertFilter("person_id=" + at(sample, "person"), e -> at(e, "person").equals(at(sample, "person")));
        assertFilter(
                "mailbox_id=" + at(sample, "mailbox"), e -> at(e, "mailbox").equals(at(sample, "mailbox")));
        assertFilter(
                "enrolled_by_play_id=" + at(sample, "enrolled_by_play"),
                e -> at(sample, "enrolled_by_play").equals(at(e, "enrolled_by_play")));
        assertFilter(
                "status=DRAFT&status=FINISHED",
                e -> !e.get("status").getAsString().equals("IN_PROGRESS"));
        String bound = all.get(123).get("updated_at").getAsString();
        java.time.Instant t = java.time.Instant.parse(bound);
        assertFilter(
                "updated_after=" + bound,
                e -> !java.time.Instant.parse(e.get("updated_at").getAsString()).isBefore(t));
        assertFilter(
                "updated_before=" + bound,
                e -> !java.time.Instant.parse(e.get("updated_at").getAsString()).isAfter(t));
        assertFilter(
                "updated_after=" + bound + "&updated_before=" + bound + "&status="
                        + all.get(123).get("status").getAsString(),
                e -> java.time.Instant.parse(e.get("updated_at").getAsString()).equals(t));
    }

    private void assertFilter(String query, Predicate<JsonObject> expected) {
        List<String> want = ids(all.stream().filter(expected).collect(Collectors.toList()));
        assertThat(want).as("the sample makes %s selective", query).isNotEmpty().hasSizeLessThan(all.size());
        assertThat(ids(items("/enrollments?limit=9&" + query))).as(query).isEqualTo(want);
    }

    @Test
    void cursorsCannotBeForgedOrReusedAcrossQueries() {
        String cursor = api.get("/enrollments?limit=5&status=FINISHED").str("next_cursor");
        assertThat(api.get("/enrollments?limit=5&status=FINISHED&cursor=" + cursor)
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/enrollments?limit=50&status=FINISHED&cursor=" + cursor)
                        .status())
                .as("the limit may change between pages")
                .isEqualTo(200);

        assertInvalidCursor(api.get("/enrollments?limit=5&status=DRAFT&cursor=" + cursor));
        assertInvalidCursor(api.get("/enrollments?limit=5&cursor=" + cursor));
        assertInvalidCursor(api.get("/sequences?cursor=" + cursor));
        char[] chars = cursor.toCharArray();
        chars[3] = chars[3] == 'A' ? 'B' : 'A';
        assertInvalidCursor(api.get("/enrollments?limit=5&status=FINISHED&cursor=" + new String(chars)));
        assertInvalidCursor(api.get("/enrollments?cursor=eyJpZCI6ImE4YjM1NDk0In0"));
        try (SequencesSandbox other = SequencesSandbox.builder()
                .seed(5)
                .size(SeedSize.custom(8, 2_000, 400))
                .build()) {
            other.start();
            assertInvalidCursor(new Api(other).get("/enrollments?limit=5&status=FINISHED&cursor=" + cursor));
        }
    }

    private static void assertInvalidCursor(Api.Response r) {
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("invalid_cursor").contains("\"path\":[\"cursor\"]");
    }

    /** Runs on its own sandbox (its inserts would change what the other tests expect). */
    @Test
    void concurrentInsertsNeitherSkipNorRepeatItems() throws Exception {
        try (SequencesSandbox own = SequencesSandbox.builder()
                .seed(6)
                .size(SeedSize.custom(4, 2_000, 400))
                .build()) {
            own.start();
            readWhileInserting(own, new Api(own));
        }
    }

    private static void readWhileInserting(SequencesSandbox sandbox, Api api) throws Exception {
        SandboxData data = sandbox.data();
        List<UUID> people = data.enrollablePersonIds();
        UUID sequence = data.sequenceIds().stream()
                .filter(s -> !data.approvalSequenceIds().contains(s))
                .findFirst()
                .orElseThrow();
        List<String> before = ids(items(api, "/enrollments?limit=100"));
        AtomicBoolean reading = new AtomicBoolean(true);
        CompletableFuture<Integer> writer = CompletableFuture.supplyAsync(() -> {
            Api writerApi = new Api(sandbox);
            int n = 0;
            while (reading.get() && n < people.size()) {
                assertThat(writerApi
                                .post("/enrollments", enroll(sequence, people.get(n++), "ava@unifygtm-demo.com"))
                                .status())
                        .isEqualTo(201);
            }
            return n;
        });
        List<String> seen = new ArrayList<>();
        for (int pass = 0; pass < 3; pass++) {
            seen = ids(items(api, "/enrollments?limit=13"));
        }
        reading.set(false);
        int inserted = writer.get();
        List<String> after = ids(items(api, "/enrollments?limit=100"));

        assertThat(inserted).as("inserts happened during the reads").isPositive();
        assertThat(new HashSet<>(seen)).as("no repeats").hasSize(seen.size());
        assertThat(seen).as("nothing that existed before was skipped").containsAll(before);
        assertThat(after.subList(0, seen.size()))
                .as("pages follow the stable creation order")
                .isEqualTo(seen);
    }
}
