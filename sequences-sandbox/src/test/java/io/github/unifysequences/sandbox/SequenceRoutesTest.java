package io.github.unifysequences.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@SandboxTest(seed = 12)
class SequenceRoutesTest {
    private static List<JsonObject> steps(Api api, String query) {
        List<JsonObject> steps = new ArrayList<>();
        api.allIds(query, "steps", s -> {
            steps.add(s);
            return s.get("id").getAsString();
        });
        return steps;
    }

    @Test
    void sequencesPageAndStepsFilterByType(SequencesSandbox sandbox) {
        Api api = new Api(sandbox);
        List<String> ids =
                api.allIds("/sequences?limit=2", "sequences", s -> s.get("id").getAsString());
        assertThat(ids).hasSize(5).doesNotHaveDuplicates();
        String first = ids.get(0);
        List<JsonObject> all = steps(api, "/sequences/" + first + "/steps?limit=1");
        assertThat(all).extracting(s -> s.get("key").getAsString()).startsWith("step_1", "step_2");
        List<JsonObject> calls = steps(api, "/sequences/" + first + "/steps?type=PHONE_CALL&type=MANUAL_EMAIL");
        assertThat(calls)
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.get("type").getAsString()).isIn("PHONE_CALL", "MANUAL_EMAIL"));
        assertThat(calls.size()).isLessThan(all.size());
    }

    @Test
    void stepVariantsCarryTheirOwnConfig(SequencesSandbox sandbox) {
        Api api = new Api(sandbox);
        List<JsonObject> all = new ArrayList<>();
        for (UUID id : sandbox.data().sequenceIds()) {
            all.addAll(steps(api, "/sequences/" + id + "/steps"));
        }
        for (JsonObject step : all) {
            JsonObject config = step.getAsJsonObject("config");
            switch (step.get("type").getAsString()) {
                case "AUTOMATIC_EMAIL":
                    assertThat(config.keySet())
                            .containsExactlyInAnyOrder(
                                    "is_root_message",
                                    "subject",
                                    "fallback_subject",
                                    "body",
                                    "cc_recipients",
                                    "bcc_recipients");
                    break;
                case "MANUAL_EMAIL":
                    assertThat(config.keySet())
                            .contains("body", "task_priority", "relative_due_at")
                            .doesNotContain("note_content");
                    break;
                default:
                    assertThat(config.keySet())
                            .containsExactlyInAnyOrder(
                                    "task_priority", "auto_skip_on_due_date", "relative_due_at", "note_content");
            }
        }
        JsonObject later = all.stream()
                .filter(s -> s.get("key").getAsString().equals("step_2"))
                .findFirst()
                .orElseThrow();
        JsonObject dependency = later.getAsJsonArray("dependencies").get(0).getAsJsonObject();
        assertThat(dependency.get("parent_step_id").getAsString()).isNotEmpty();
        assertThat(dependency.getAsJsonObject("condition").get("type").getAsString())
                .isIn("TIMER", "AND", "OR");
    }

    @Test
    void aStepIsOnlyFoundUnderItsOwnSequence(SequencesSandbox sandbox) {
        Api api = new Api(sandbox);
        List<UUID> ids = sandbox.data().sequenceIds();
        String step = steps(api, "/sequences/" + ids.get(0) + "/steps")
                .get(0)
                .get("id")
                .getAsString();
        assertThat(api.get("/sequences/" + ids.get(0) + "/steps/" + step).status())
                .isEqualTo(200);
        assertThat(api.get("/sequences/" + ids.get(1) + "/steps/" + step).status())
                .isEqualTo(404);
    }

    @Test
    void theSandboxLifecycleAndClockAreStrict() {
        SandboxClock clock = SandboxClock.fixed(Instant.parse("2026-05-01T00:00:00Z"));
        clock.advance(Duration.ofMinutes(90));
        assertThat(clock.now()).isEqualTo(Instant.parse("2026-05-01T01:30:00Z"));
        clock.set(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(clock.now()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));

        SequencesSandbox sandbox =
                SequencesSandbox.builder().clock(clock).size(SeedSize.EMPTY).build();
        assertThatThrownBy(sandbox::baseUrl).isInstanceOf(IllegalStateException.class);
        sandbox.start();
        assertThatThrownBy(sandbox::start).isInstanceOf(IllegalStateException.class);
        UUID sequence = sandbox.data().addSequence("Mine", false);
        assertThat(new Api(sandbox)
                        .get("/sequences/" + sequence)
                        .json()
                        .get("created_at")
                        .getAsString())
                .isEqualTo("2030-01-01T00:00:00Z");
        sandbox.close();
        sandbox.close();
        assertThatThrownBy(() -> SequencesSandbox.builder().rateLimit(0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SequencesSandbox.builder().apiKeys()).isInstanceOf(IllegalArgumentException.class);
    }
}
