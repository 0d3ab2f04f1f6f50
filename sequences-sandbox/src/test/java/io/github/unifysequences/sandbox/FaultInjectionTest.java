package io.github.unifysequences.sandbox;

import static io.github.unifysequences.sandbox.PrismConformanceTest.enroll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@SandboxTest(seed = 21)
class FaultInjectionTest {
    @Test
    void failsTheNextMatchingRequestsWithTheStatusEnvelope(SequencesSandbox sandbox) {
        Api api = new Api(sandbox);
        sandbox.faults().failNext("GET", "/sequences", 2, 503);
        assertThat(api.get("/enrollments").status())
                .as("other routes are unaffected")
                .isEqualTo(200);
        Api.Response first = api.get("/sequences");
        assertThat(first.status()).isEqualTo(503);
        assertThat(first.str("status")).isEqualTo("error");
        assertThat(first.header("Retry-After")).isEqualTo("1");
        assertThat(api.get("/sequences").status()).isEqualTo(503);
        assertThat(api.get("/sequences").status()).isEqualTo(200);
        assertThat(sandbox.faults().pending()).isZero();

        sandbox.faults().failNext("*", "/sequences/{id}/**", 1, 429);
        Api.Response limited =
                api.post("/sequences/" + sandbox.data().sequenceIds().get(0) + "/pause", null);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.str("status")).isEqualTo("rate_limited");
        assertThat(api.get("/sequences/" + sandbox.data().sequenceIds().get(0))
                        .json()
                        .get("is_paused")
                        .getAsBoolean())
                .as("the failed request changed nothing")
                .isFalse();
    }

    @Test
    void patternsMatchWholeSegments(SequencesSandbox sandbox) {
        Api api = new Api(sandbox);
        sandbox.faults().failNext("GET", "/enrollments/*", 1, 500);
        assertThat(api.get("/enrollments").status()).isEqualTo(200);
        assertThat(api.get("/enrollments/" + UUID.randomUUID() + "/steps").status())
                .isEqualTo(404);
        assertThat(api.get("/enrollments/" + UUID.randomUUID()).status()).isEqualTo(500);
        sandbox.faults().failNext("GET", "/**", 3, 500);
        sandbox.faults().clear();
        assertThat(api.get("/sequences").status()).isEqualTo(200);
    }

    @Test
    void delaysRequests(SequencesSandbox sandbox) {
        sandbox.faults().delayNext("GET", "/sequences", 1, Duration.ofMillis(400));
        long start = System.nanoTime();
        assertThat(new Api(sandbox).get("/sequences").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    private static String createBody(SequencesSandbox sandbox, UUID person) {
        return enroll(
                sandbox.data().sequenceIds().get(0),
                person,
                sandbox.data().mailboxEmails().get(0));
    }

    /** Sends a create whose connection the server drops at {@code when}; returns the person it enrolls. */
    private static UUID droppedCreate(SequencesSandbox sandbox, Faults.Drop when) {
        UUID person = sandbox.data().enrollablePersonIds().get(0);
        sandbox.faults().dropNext("POST", "/enrollments", 1, when);
        assertThatThrownBy(() -> new Api(sandbox).post("/enrollments", createBody(sandbox, person)))
                .isInstanceOf(UncheckedIOException.class);
        return person;
    }

    @Test
    void aConnectionDroppedBeforeProcessingChangesNothing(SequencesSandbox sandbox) {
        UUID person = droppedCreate(sandbox, Faults.Drop.BEFORE_PROCESSING);
        assertThat(sandbox.data().activeEnrollmentOf(person)).isEmpty();
        assertThat(new Api(sandbox)
                        .post("/enrollments", createBody(sandbox, person))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aConnectionDroppedAfterProcessingLeavesTheChangeApplied(SequencesSandbox sandbox) {
        UUID person = droppedCreate(sandbox, Faults.Drop.AFTER_PROCESSING);
        UUID created = sandbox.data().activeEnrollmentOf(person).orElseThrow();
        Api.Response retry = new Api(sandbox).post("/enrollments", createBody(sandbox, person));
        assertThat(retry.status())
                .as("the ambiguous create is visible as a conflict")
                .isEqualTo(409);
        assertThat(retry.str("active_enrollment_id")).isEqualTo(created.toString());
    }

    @Test
    void truncatedAndMalformedBodies(SequencesSandbox sandbox) {
        Api api = new Api(sandbox);
        sandbox.faults().truncateNext("GET", "/sequences", 1);
        assertThatThrownBy(() -> api.get("/sequences")).isInstanceOf(UncheckedIOException.class);
        sandbox.faults().malformNext("GET", "/sequences", 1);
        Api.Response malformed = api.get("/sequences");
        assertThat(malformed.status()).isEqualTo(200);
        assertThatThrownBy(() -> JsonParser.parseString(malformed.body())).isInstanceOf(JsonSyntaxException.class);
        assertThat(api.get("/sequences").json().has("sequences")).isTrue();
    }

    @Test
    void rejectsNonsenseRules(SequencesSandbox sandbox) {
        assertThatThrownBy(() -> sandbox.faults().failNext("GET", "/sequences", 1, 200))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sandbox.faults().delayNext("GET", "/sequences", 0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
