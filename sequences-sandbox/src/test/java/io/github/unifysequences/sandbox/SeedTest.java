package io.github.unifysequences.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SeedTest {
    private static List<JsonObject> everything(SequencesSandbox sandbox) {
        Api api = new Api(sandbox);
        List<JsonObject> items = new ArrayList<>();
        api.allIds("/sequences", "sequences", s -> {
            items.add(s);
            return null;
        });
        api.allIds("/enrollments?limit=100", "enrollments", e -> {
            items.add(e);
            return null;
        });
        return items;
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedDoesNot() {
        try (SequencesSandbox a = SequencesSandbox.builder().seed(1).build();
                SequencesSandbox b = SequencesSandbox.builder().seed(1).build();
                SequencesSandbox c = SequencesSandbox.builder().seed(2).build()) {
            a.start();
            b.start();
            c.start();
            assertThat(everything(a)).isEqualTo(everything(b));
            assertThat(everything(a).get(0).get("id"))
                    .isNotEqualTo(everything(c).get(0).get("id"));
        }
    }

    @Test
    @SandboxTest(seed = 4)
    void theSmallSeedHasEveryStateATestNeeds(SequencesSandbox sandbox) {
        SandboxData data = sandbox.data();
        assertThat(data.sequenceIds()).hasSize(5);
        assertThat(data.optedOutPersonIds()).isNotEmpty();
        assertThat(data.doNotEmailPersonIds()).isNotEmpty();
        assertThat(data.enrollablePersonIds()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(data.activeEnrollmentIds()).isNotEmpty();
        assertThat(data.approvalPendingEnrollmentIds()).isNotEmpty();
        assertThat(data.approvalSequenceIds()).isNotEmpty();

        List<JsonObject> enrollments =
                everything(sandbox).stream().filter(o -> o.has("person")).collect(Collectors.toList());
        assertThat(enrollments)
                .extracting(e -> e.get("status").getAsString())
                .contains("DRAFT", "IN_PROGRESS", "FINISHED");
        for (String flag : List.of(
                "is_blocked",
                "is_bounced",
                "is_canceled",
                "is_excluded",
                "is_opted_out",
                "is_paused",
                "is_replied",
                "is_draft_approval_pending")) {
            assertThat(enrollments)
                    .as(flag)
                    .anySatisfy(e -> assertThat(e.get(flag).getAsBoolean()).isTrue());
        }
        assertThat(enrollments)
                .anySatisfy(
                        e -> assertThat(e.get("enrolled_by_play").isJsonNull()).isFalse())
                .anySatisfy(
                        e -> assertThat(e.get("enrolled_by_play").isJsonNull()).isTrue());

        Api api = new Api(sandbox);
        List<String> doNotEmail =
                data.doNotEmailPersonIds().stream().map(Object::toString).collect(Collectors.toList());
        assertThat(data.approvalPendingEnrollmentIds())
                .as("a draft whose person became do-not-email")
                .anySatisfy(id -> assertThat(doNotEmail)
                        .contains(api.get("/enrollments/" + id)
                                .json()
                                .getAsJsonObject("person")
                                .get("id")
                                .getAsString()));
        String steps = data.sequenceIds().stream()
                .map(s -> api.get("/sequences/" + s + "/steps").body())
                .collect(Collectors.joining());
        for (String type : Enums.SEQUENCE_STEP_TYPES) {
            assertThat(steps).contains("\"type\":\"" + type + "\"");
        }
        assertThat(steps)
                .contains("\"type\":\"TIMER\"", "\"type\":\"AND\"", "\"type\":\"OR\"", "\"duration_value\":null");
        String sequences = api.get("/sequences").body();
        assertThat(sequences).contains("\"send_schedule\":null", "\"sequence_ruleset\":null", "\"is_paused\":true");
    }

    @Test
    void aLargerSeedKeepsOneActiveEnrollmentPerPersonAndCreationOrder() {
        Store store = new Store();
        new SeedGenerator(8, SeedSize.custom(40, 20_000, 100_000)).populate(store);
        assertThat(store.enrollmentCount()).isEqualTo(100_000);
        Set<Model.Person> active = new HashSet<>();
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < store.enrollmentCount(); i++) {
            Enrollment e = store.enrollmentAt(i);
            assertThat(e.index).isEqualTo(i);
            assertThat(e.createdAt).isGreaterThanOrEqualTo(previous);
            previous = e.createdAt;
            if (e.isActive()) {
                assertThat(active.add(e.person))
                        .as("one active enrollment per person")
                        .isTrue();
                assertThat(e.person.emailable() || e.has(Enrollment.APPROVAL_PENDING))
                        .isTrue();
            }
            assertThat(e.endedAt == Json.NO_TIME || e.endedAt >= e.startedAt).isTrue();
        }
        assertThat(active).hasSizeGreaterThan(10_000);
    }
}
