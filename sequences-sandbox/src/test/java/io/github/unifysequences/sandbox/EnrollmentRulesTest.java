package io.github.unifysequences.sandbox;

import static io.github.unifysequences.sandbox.PrismConformanceTest.enroll;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SandboxTest(seed = 3)
class EnrollmentRulesTest {
    private SequencesSandbox sandbox;
    private SandboxData data;
    private Api api;

    @BeforeEach
    void setUp(SequencesSandbox sandbox) {
        this.sandbox = sandbox;
        this.data = sandbox.data();
        this.api = new Api(sandbox);
    }

    private UUID plainSequence() {
        return data.sequenceIds().stream()
                .filter(s -> !data.approvalSequenceIds().contains(s))
                .findFirst()
                .orElseThrow();
    }

    /** Enrolls the first person free to enroll, with the first mailbox. */
    private Api.Response enrollSomeone(UUID sequence) {
        return api.post(
                "/enrollments",
                enroll(
                        sequence,
                        data.enrollablePersonIds().get(0),
                        data.mailboxEmails().get(0)));
    }

    @Test
    void createStartsAnEnrollmentAndASecondActiveOneConflicts() {
        UUID person = data.enrollablePersonIds().get(0);
        String mailbox = data.mailboxEmails().get(1);
        List<UUID> sequences = data.sequenceIds();

        Api.Response created = api.post("/enrollments", enroll(plainSequence(), person, mailbox));
        assertThat(created.status()).isEqualTo(201);
        JsonObject e = created.json();
        assertThat(e.get("status").getAsString()).isEqualTo("IN_PROGRESS");
        assertThat(e.getAsJsonObject("person").get("id").getAsString()).isEqualTo(person.toString());
        assertThat(e.getAsJsonObject("mailbox").get("email").getAsString()).isEqualTo(mailbox);
        assertThat(e.get("ended_at").isJsonNull()).isTrue();
        assertThat(e.has("enrolled_by_play"))
                .as("nullable keys are always present")
                .isTrue();

        Api.Response again = api.post("/enrollments", enroll(sequences.get(2), person, mailbox));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.str("status")).isEqualTo("conflict");
        assertThat(again.str("active_enrollment_id")).isEqualTo(e.get("id").getAsString());
        assertThat(again.str("active_sequence_id")).isEqualTo(plainSequence().toString());
    }

    @Test
    void concurrentCreatesForOnePersonYieldExactlyOneEnrollment() throws Exception {
        UUID person = data.enrollablePersonIds().get(0);
        List<UUID> sequences = data.sequenceIds();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String body = enroll(
                        sequences.get(i % sequences.size()),
                        person,
                        data.mailboxEmails().get(0));
                statuses.add(pool.submit(() -> api.post("/enrollments", body).status()));
            }
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> f : statuses) {
                results.add(f.get());
            }
            assertThat(results).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void peopleAddedThroughTheDataApiEnrollWithNonAsciiNamesIntact() {
        UUID person = data.addPerson("zoe@example.com", "Zoë", "Ünal \uD83D\uDE00");
        String mailbox = "mila@unifygtm-demo.com";
        data.addMailbox(mailbox, "Mila Ørsted");
        Api.Response r = api.post("/enrollments", enroll(plainSequence(), person, mailbox));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().getAsJsonObject("person").get("last_name").getAsString())
                .isEqualTo("Ünal \uD83D\uDE00");
        assertThat(r.json().getAsJsonObject("mailbox").get("display_name").getAsString())
                .isEqualTo("Mila Ørsted");
        assertThat(r.json().getAsJsonObject("person").get("linkedin_url").isJsonNull())
                .isTrue();
    }

    @Test
    void cancelingFreesThePersonForANewEnrollment() {
        UUID person = data.enrollablePersonIds().get(0);
        String mailbox = data.mailboxEmails().get(0);
        String id = api.post("/enrollments", enroll(plainSequence(), person, mailbox))
                .str("id");

        Api.Response canceled = api.delete("/enrollments/" + id);
        assertThat(canceled.status()).isEqualTo(200);
        assertThat(canceled.json().get("is_canceled").getAsBoolean()).isTrue();
        assertThat(api.delete("/enrollments/" + id).status()).as("idempotent").isEqualTo(200);
        JsonObject after = api.get("/enrollments/" + id).json();
        assertThat(after.get("is_canceled").getAsBoolean()).isTrue();
        assertThat(after.get("status").getAsString()).isEqualTo("FINISHED");
        data.setReenrollmentRules(rulesetSequence(), true, null, null);
        assertThat(api.post("/enrollments", enroll(rulesetSequence(), person, mailbox))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aStepHasItsNumberOnlyOnceItIsDueOrHasRun() {
        String id = enrollSomeone(plainSequence()).str("id");
        List<JsonObject> steps = new ArrayList<>();
        api.get("/enrollments/" + id + "/steps?limit=100")
                .json()
                .getAsJsonArray("steps")
                .forEach(step -> steps.add(step.getAsJsonObject()));
        assertThat(steps).hasSizeGreaterThan(1);
        for (JsonObject step : steps) {
            String status = step.get("status").getAsString();
            boolean numbered = !step.get("step_number").isJsonNull();
            assertThat(numbered).as(status).isEqualTo(!status.equals("NOT_STARTED") && !status.equals("CANCELED"));
            assertThat(api.get("/enrollment-steps/" + step.get("id").getAsString())
                            .json()
                            .get("step_number"))
                    .isEqualTo(step.get("step_number"));
        }
        assertThat(steps.get(0).get("step_number").getAsInt()).isEqualTo(1);
        assertThat(steps.get(steps.size() - 1).get("step_number").isJsonNull())
                .as("a later step is not due yet")
                .isTrue();
    }

    /** A sequence without approval whose ruleset the test sets. */
    private UUID rulesetSequence() {
        return data.sequenceIds().stream()
                .filter(s -> !data.approvalSequenceIds().contains(s))
                .filter(s -> !api.get("/sequences/" + s)
                        .json()
                        .get("sequence_ruleset")
                        .isJsonNull())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aSequenceThatDisallowsReenrollmentRefusesAPersonWhoseEnrollmentThereEnded() {
        UUID sequence = rulesetSequence();
        data.setReenrollmentRules(sequence, false, null, null);
        UUID person = data.enrollablePersonIds().get(0);
        String mailbox = data.mailboxEmails().get(0);
        String id = api.post("/enrollments", enroll(sequence, person, mailbox)).str("id");
        data.endEnrollment(UUID.fromString(id), SandboxData.Outcome.BOUNCED);
        Api.Response again = api.post("/enrollments", enroll(sequence, person, mailbox));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("reenrollment_blocked").contains("person_id");
        assertThat(data.enrollablePersonIds()).doesNotContain(person);
    }

    @Test
    void aReenrollmentWaitingPeriodCountsFromTheEndOfThePreviousEnrollment() {
        UUID sequence = rulesetSequence();
        data.setReenrollmentRules(sequence, true, 2, "WEEK");
        UUID person = data.enrollablePersonIds().get(0);
        String mailbox = data.mailboxEmails().get(0);
        String id = api.post("/enrollments", enroll(sequence, person, mailbox)).str("id");
        sandbox.clock().advance(Duration.ofDays(30));
        assertThat(api.delete("/enrollments/" + id).status()).isEqualTo(200);
        sandbox.clock().advance(Duration.ofDays(13));
        Api.Response early = api.post("/enrollments", enroll(sequence, person, mailbox));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("reenrollment_blocked");
        sandbox.clock().advance(Duration.ofDays(1));
        assertThat(api.post("/enrollments", enroll(sequence, person, mailbox)).status())
                .isEqualTo(201);
    }

    @Test
    void optedOutAndDoNotEmailPeopleCannotBeEnrolled() {
        String mailbox = data.mailboxEmails().get(0);
        UUID optedOut = data.optedOutPersonIds().get(0);
        UUID doNotEmail = data.enrollablePersonIds().get(3);
        data.setDoNotEmail(doNotEmail, true);

        Api.Response r1 = api.post("/enrollments", enroll(plainSequence(), optedOut, mailbox));
        assertThat(r1.status()).isEqualTo(400);
        assertThat(r1.json()
                        .getAsJsonArray("errors")
                        .get(0)
                        .getAsJsonObject()
                        .get("code")
                        .getAsString())
                .isEqualTo("person_opted_out");
        Api.Response r2 = api.post("/enrollments", enroll(plainSequence(), doNotEmail, mailbox));
        assertThat(r2.status()).isEqualTo(400);
        assertThat(r2.body()).contains("person_do_not_email").contains("\"path\":[\"person_id\"]");
    }

    @Test
    void unknownSequencePersonOrMailboxIsRejected() {
        UUID person = data.enrollablePersonIds().get(0);
        Api.Response noSequence = api.post("/enrollments", enroll(UUID.randomUUID(), person, "ava@unifygtm-demo.com"));
        assertThat(noSequence.status()).isEqualTo(404);
        assertThat(noSequence.str("status")).isEqualTo("not_found");
        assertThat(api.post("/enrollments", enroll(plainSequence(), UUID.randomUUID(), "ava@unifygtm-demo.com"))
                        .status())
                .isEqualTo(404);
        Api.Response noMailbox = api.post("/enrollments", enroll(plainSequence(), person, "nobody@nowhere.io"));
        assertThat(noMailbox.status()).isEqualTo(400);
        assertThat(noMailbox.body()).contains("unknown_mailbox");
    }

    @Test
    void approvalSequencesCreateDraftsThatApproveOnce() {
        Api.Response draft = enrollSomeone(data.approvalSequenceIds().get(0));
        assertThat(draft.json().get("status").getAsString()).isEqualTo("DRAFT");
        assertThat(draft.json().get("is_draft_approval_pending").getAsBoolean()).isTrue();
        String id = draft.str("id");

        Api.Response approved = api.post("/enrollments/" + id + "/approve", null);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("is_draft_approval_pending").getAsBoolean())
                .isFalse();
        JsonObject running = api.get("/enrollments/" + id).json();
        assertThat(running.get("status").getAsString()).isEqualTo("IN_PROGRESS");
        assertThat(running.get("started_at").isJsonNull()).isFalse();

        Api.Response twice = api.post("/enrollments/" + id + "/approve", null);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.str("status")).isEqualTo("conflict");
    }

    @Test
    void approvingADraftOfAPersonWhoOptedOutIsABadRequest() {
        UUID person = data.enrollablePersonIds().get(0);
        String id = enrollSomeone(data.approvalSequenceIds().get(0)).str("id");
        data.setOptedOut(person, true);
        Api.Response r = api.post("/enrollments/" + id + "/approve", null);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("person_opted_out");
    }

    @Test
    void enrollmentPauseAndResumeAreIdempotentAndEndedOnesCannotPause() {
        String id = enrollSomeone(plainSequence()).str("id");
        assertThat(api.post("/enrollments/" + id + "/pause", null)
                        .json()
                        .get("is_paused")
                        .getAsBoolean())
                .isTrue();
        assertThat(api.post("/enrollments/" + id + "/pause", null).status()).isEqualTo(200);
        assertThat(api.get("/enrollments/" + id).json().get("is_paused").getAsBoolean())
                .isTrue();
        assertThat(api.post("/enrollments/" + id + "/resume", null)
                        .json()
                        .get("is_paused")
                        .getAsBoolean())
                .isFalse();
        assertThat(api.post("/enrollments/" + id + "/resume", null).status()).isEqualTo(200);

        data.endEnrollment(UUID.fromString(id), SandboxData.Outcome.REPLIED);
        JsonObject ended = api.get("/enrollments/" + id).json();
        assertThat(ended.get("is_replied").getAsBoolean()).isTrue();
        assertThat(ended.getAsJsonObject("reply_email_message")
                        .get("received_at")
                        .getAsString())
                .isNotEmpty();
        Api.Response pause = api.post("/enrollments/" + id + "/pause", null);
        assertThat(pause.status()).isEqualTo(400);
        assertThat(pause.body()).contains("enrollment_not_active");
    }

    @Test
    void sequencePauseAndResumeAreIdempotentAndAnInjectedConcurrentUpdateIsAStateConflict() {
        String id = plainSequence().toString();
        Api.Response paused = api.post("/sequences/" + id + "/pause", null);
        assertThat(paused.json().keySet()).containsExactlyInAnyOrder("id", "is_paused");
        Api.Response again = api.post("/sequences/" + id + "/pause", null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("is_paused").getAsBoolean()).isTrue();
        sandbox.faults().failNext("POST", "/sequences/{id}/pause", 1, 409);
        Api.Response conflict = api.post("/sequences/" + id + "/pause", null);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.str("status")).isEqualTo("state_conflict");
        assertThat(conflict.json().get("current_is_paused").getAsBoolean()).isTrue();

        Api.Response resumed = api.post("/sequences/" + id + "/resume", null);
        assertThat(resumed.json().get("is_paused").getAsBoolean()).isFalse();
        assertThat(resumed.json().has("sequence_ruleset"))
                .as("resume returns the full Sequence")
                .isTrue();
        Api.Response resumedAgain = api.post("/sequences/" + id + "/resume", null);
        assertThat(resumedAgain.status()).isEqualTo(200);
        assertThat(resumedAgain.json().get("is_paused").getAsBoolean()).isFalse();
    }

    @Test
    void deletingASequenceCancelsItsActiveEnrollments() {
        UUID sequence = plainSequence();
        UUID person = data.enrollablePersonIds().get(0);
        String id = api.post(
                        "/enrollments",
                        enroll(sequence, person, data.mailboxEmails().get(0)))
                .str("id");

        Api.Response deleted = api.delete("/sequences/" + sequence);
        assertThat(deleted.json().get("is_deleted").getAsBoolean()).isTrue();
        assertThat(api.get("/sequences/" + sequence).status()).isEqualTo(404);
        assertThat(api.get("/enrollments/" + id).json().get("is_canceled").getAsBoolean())
                .isTrue();
        assertThat(data.activeEnrollmentOf(person)).isEmpty();
        assertThat(api.post(
                                "/enrollments",
                                enroll(sequence, person, data.mailboxEmails().get(0)))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void editingAStepEmailChecksTheVersionAndIssuesANewOne() {
        UUID sequence = plainSequence();
        String enrollment = enrollSomeone(sequence).str("id");
        JsonObject step = api.get("/enrollments/" + enrollment + "/steps")
                .json()
                .getAsJsonArray("steps")
                .get(0)
                .getAsJsonObject();
        assertThat(step.getAsJsonObject("email").get("body").getAsString()).doesNotContain("{{variable::");
        String path = "/enrollment-steps/" + step.get("id").getAsString();
        String version = step.getAsJsonObject("email").get("version_id").getAsString();
        assertThat(api.get(path).json()).isEqualTo(step);

        Api.Response updated = api.patch(path, "{\"version_id\":\"" + version + "\",\"subject\":\"New subject\"}");
        assertThat(updated.status()).isEqualTo(200);
        JsonObject email = updated.json().getAsJsonObject("email");
        assertThat(email.get("version_id").getAsString()).isNotEqualTo(version);
        assertThat(email.get("is_ready").getAsBoolean()).isFalse();
        assertThat(email.get("subject").getAsString()).isEqualTo("New subject");

        Api.Response stale = api.patch(path, "{\"version_id\":\"" + version + "\",\"body\":\"x\"}");
        assertThat(stale.status()).isEqualTo(400);
        assertThat(stale.body())
                .contains("version_mismatch")
                .contains(email.get("version_id").getAsString());
        assertThat(api.patch(path, "{\"version_id\":\"" + version + "\"}").body())
                .contains("required");

        sandbox.clock().advance(Duration.ofSeconds(2));
        assertThat(api.get(path).json().getAsJsonObject("email").get("is_ready").getAsBoolean())
                .isTrue();
    }

    @Test
    void taskStepsHaveNoEditableEmail() {
        String enrollment = enrollSomeone(plainSequence()).str("id");
        JsonObject task = null;
        for (var s : api.get("/enrollments/" + enrollment + "/steps").json().getAsJsonArray("steps")) {
            if (s.getAsJsonObject().get("email").isJsonNull()) {
                task = s.getAsJsonObject();
            }
        }
        assertThat(task).isNotNull();
        Api.Response r =
                api.patch("/enrollment-steps/" + task.get("id").getAsString(), "{\"version_id\":\"x\",\"body\":\"y\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("not_an_email_step");
    }
}
