package io.github.unifysequences.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.unifysequences.core.SpecVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

class ResourceCommandsTest extends AgainstSandbox {
    private String firstSequenceId() {
        return sandbox.data().sequenceIds().get(0).toString();
    }

    @Test
    void sequencesListAsTableJsonAndJsonl() {
        Cli.Result table = cli.run("sequences", "list");
        assertThat(table.code()).isZero();
        assertThat(table.out().lines().findFirst())
                .hasValueSatisfying(h -> assertThat(h).startsWith("ID").contains("NAME", "STATE"));
        assertThat(table.out().lines())
                .hasSize(6)
                .anySatisfy(l -> assertThat(l).contains("Q4 Outbound - VP Sales", "active"));
        assertThat(table.err()).contains("5 items");

        Cli.Result json = cli.run("sequences", "list", "--output", "json");
        JsonArray array = JsonParser.parseString(json.out()).getAsJsonArray();
        assertThat(array).hasSize(5);
        assertThat(array.get(0).getAsJsonObject().get("id").getAsString()).isEqualTo(firstSequenceId());

        Cli.Result jsonl = cli.run("-o", "jsonl", "sequences", "list", "--limit", "2");
        assertThat(jsonl.out().lines())
                .hasSize(2)
                .allSatisfy(l -> assertThat(
                                JsonParser.parseString(l).getAsJsonObject().has("send_schedule"))
                        .isTrue());
    }

    @Test
    void sequenceGetPauseResumeDelete() {
        String id = firstSequenceId();
        assertThat(cli.run("sequences", "get", id).out()).contains("NAME", "Q4 Outbound - VP Sales", "STATE    active");
        assertThat(cli.run("sequences", "pause", id).out()).isEqualTo("Paused sequence " + id + ".\n");
        // Pausing is idempotent (the vendor marks it so; the sandbox follows).
        Cli.Result again = cli.run("sequences", "pause", id);
        assertThat(again.code()).isEqualTo(0);
        assertThat(again.out()).isEqualTo("Paused sequence " + id + ".\n");
        JsonObject resumed = JsonParser.parseString(
                        cli.run("sequences", "resume", id, "-o", "json").out())
                .getAsJsonObject();
        assertThat(resumed.get("is_paused").getAsBoolean()).isFalse();
        // Destructive: with no terminal to ask on, nothing happens without --yes.
        Cli.Result unconfirmed = cli.run("sequences", "delete", id);
        assertThat(unconfirmed.code()).isEqualTo(2);
        assertThat(unconfirmed.err().strip())
                .isEqualTo("error: sequences delete " + id + ": deletes the sequence and cancels its active"
                        + " enrollments, for good. Add --yes to confirm (there is no terminal to ask on).");
        assertThat(cli.run("sequences", "get", id).code()).as("still there").isZero();
        assertThat(cli.run("sequences", "delete", id, "--yes").out()).isEqualTo("Deleted sequence " + id + ".\n");
        Cli.Result gone = cli.run("sequences", "get", id);
        assertThat(gone.code()).isEqualTo(1);
        assertThat(gone.err())
                .isEqualTo("error: HTTP 404 not_found: Sequence " + id
                        + " not found. Check the id; the list commands show" + " valid ones.\n");
    }

    @Test
    void sequenceStepsListFilteredByTypeAndGet() {
        String id = firstSequenceId();
        Cli.Result all = cli.run("sequence-steps", "list", id);
        assertThat(all.out()).contains("AUTOMATIC_EMAIL", "PHONE_CALL", "at the start", "after ");
        Cli.Result phone = cli.run("sequence-steps", "list", id, "--type", "phone_call", "-o", "jsonl");
        assertThat(phone.out().lines())
                .isNotEmpty()
                .allSatisfy(l -> assertThat(JsonParser.parseString(l)
                                .getAsJsonObject()
                                .get("type")
                                .getAsString())
                        .isEqualTo("PHONE_CALL"));
        String stepId = JsonParser.parseString(phone.out().lines().findFirst().orElseThrow())
                .getAsJsonObject()
                .get("id")
                .getAsString();
        assertThat(cli.run("sequence-steps", "get", id, stepId).out()).contains("PHONE_CALL", stepId);
        assertThat(cli.run("sequence-steps", "list", id, "--type", "FAX").err())
                .startsWith("warning: --type FAX is not a value this CLI knows (AUTOMATIC_EMAIL, ");
    }

    @Test
    void enrollmentsListWithFiltersPagesThroughEverything() {
        Cli.Result all = cli.run("enrollments", "list", "-o", "jsonl");
        assertThat(all.out().lines()).hasSize(sandbox.data().enrollmentCount());

        Cli.Result drafts = cli.run("enrollments", "list", "--status", "DRAFT", "--status", "finished", "-o", "jsonl");
        assertThat(drafts.out().lines())
                .isNotEmpty()
                .allSatisfy(l -> assertThat(status(l)).isIn("DRAFT", "FINISHED"));

        String sequence = firstSequenceId();
        assertThat(cli.run("enrollments", "list", "--sequence", sequence, "-o", "jsonl")
                        .out()
                        .lines())
                .isNotEmpty()
                .allSatisfy(l -> assertThat(field(l, "sequence")).isEqualTo(sequence));

        JsonObject first = JsonParser.parseString(all.out().lines().findFirst().orElseThrow())
                .getAsJsonObject();
        String person = first.getAsJsonObject("person").get("id").getAsString();
        String mailbox = first.getAsJsonObject("mailbox").get("id").getAsString();
        assertThat(cli.run("enrollments", "list", "--person", person, "--mailbox", mailbox, "-o", "jsonl")
                        .out()
                        .lines())
                .isNotEmpty()
                .allSatisfy(l -> assertThat(field(l, "person")).isEqualTo(person));
        String play = sandbox.data().playIds().get(0).toString();
        assertThat(cli.run("enrollments", "list", "--play", play, "-o", "jsonl")
                        .out()
                        .lines())
                .allSatisfy(l -> assertThat(field(l, "enrolled_by_play")).isEqualTo(play));

        assertThat(cli.run("enrollments", "list", "--updated-after", "2030-01-01T00:00:00Z")
                        .out()
                        .lines())
                .hasSize(1);
        assertThat(cli.run(
                                "enrollments",
                                "list",
                                "--updated-before",
                                "2030-01-01T00:00:00Z",
                                "--limit",
                                "3",
                                "-o",
                                "jsonl")
                        .out()
                        .lines())
                .hasSize(3);
        assertThat(cli.run("enrollments", "list", "--status", "DONE").code())
                .as("the API refuses it")
                .isNotZero();
        assertThat(cli.run("enrollments", "list", "--limit", "0").code()).isEqualTo(2);
    }

    @Test
    void enrollmentLifecycle() {
        String person = sandbox.data().enrollablePersonIds().get(0).toString();
        Cli.Result created = cli.run(
                "enrollments",
                "create",
                "--sequence",
                firstSequenceId(),
                "--person",
                person,
                "--mailbox-email",
                sandbox.data().mailboxEmails().get(0),
                "-o",
                "json");
        assertThat(created.code()).isZero();
        String id = JsonParser.parseString(created.out())
                .getAsJsonObject()
                .get("id")
                .getAsString();

        assertThat(cli.run("enrollments", "get", id).out()).contains("STATUS    IN_PROGRESS");
        assertThat(cli.run("enrollments", "pause", id).out()).isEqualTo("Paused enrollment " + id + ".\n");
        assertThat(cli.run("enrollments", "get", id).out()).contains("FLAGS     paused");
        assertThat(cli.run("enrollments", "resume", id).out()).isEqualTo("Resumed enrollment " + id + ".\n");
        Cli.Result unconfirmed = cli.run("enrollments", "cancel", id);
        assertThat(unconfirmed.code()).isEqualTo(2);
        assertThat(unconfirmed.err()).contains("enrollments cancel " + id + ": cancels the enrollment", "Add --yes");
        assertThat(cli.run("enrollments", "cancel", id, "-o", "jsonl", "-y").out())
                .contains("\"is_canceled\":true");

        String mailbox = sandbox.data().mailboxEmails().get(0);
        // Canceled, the person is free again (once the sequence's ruleset allows re-enrollment; the seed's does not);
        // enrolled, they cannot be enrolled anywhere else.
        sandbox.data().setReenrollmentRules(UUID.fromString(firstSequenceId()), true, null, null);
        assertThat(cli.run(
                                "enrollments",
                                "create",
                                "--sequence",
                                firstSequenceId(),
                                "--person",
                                person,
                                "--mailbox-email",
                                mailbox)
                        .code())
                .isZero();
        Cli.Result conflict = cli.run(
                "enrollments",
                "create",
                "--sequence",
                sandbox.data().sequenceIds().get(1).toString(),
                "--person",
                person,
                "--mailbox-email",
                mailbox);
        assertThat(conflict.code()).isEqualTo(1);
        assertThat(conflict.err())
                .startsWith("error: HTTP 409 conflict")
                .contains("active in sequence " + firstSequenceId());
    }

    @Test
    void approveAPendingDraftAndRefuseAnOptedOutPerson() {
        UUID pending = sandbox.data().approvalPendingEnrollmentIds().stream()
                .filter(id -> cli.run("enrollments", "approve", id.toString()).code() == 0)
                .findFirst()
                .orElseThrow();
        assertThat(cli.run("enrollments", "get", pending.toString()).out()).contains("IN_PROGRESS");
        assertThat(cli.run("enrollments", "approve", pending.toString()).err()).startsWith("error: HTTP 409");

        Cli.Result optedOut = cli.run(
                "enrollments",
                "create",
                "--sequence",
                firstSequenceId(),
                "--person",
                sandbox.data().optedOutPersonIds().get(0).toString(),
                "--mailbox-email",
                sandbox.data().mailboxEmails().get(0));
        assertThat(optedOut.code()).isEqualTo(1);
        assertThat(optedOut.err()).startsWith("error: HTTP 400 bad_request").contains("person_opted_out at person_id");
    }

    @Test
    void enrollmentStepsListGetAndUpdate() {
        String enrollment = sandbox.data().activeEnrollmentIds().get(0).toString();
        Cli.Result steps = cli.run("enrollment-steps", "list", enrollment, "-o", "jsonl");
        assertThat(steps.out().lines()).isNotEmpty();
        JsonObject editable = steps.out()
                .lines()
                .map(l -> JsonParser.parseString(l).getAsJsonObject())
                .filter(s -> s.get("email") != null
                        && s.get("email").isJsonObject()
                        && List.of("NOT_STARTED", "SCHEDULED", "PENDING")
                                .contains(s.get("status").getAsString()))
                .findFirst()
                .orElseThrow();
        String stepId = editable.get("id").getAsString();
        assertThat(cli.run("enrollment-steps", "get", stepId).out()).contains(stepId, "EMAIL VERSION");

        Cli.Result updated = cli.run("enrollment-steps", "update", stepId, "--subject", "Hello there", "-o", "json");
        assertThat(updated.code()).isZero();
        JsonObject email =
                JsonParser.parseString(updated.out()).getAsJsonObject().getAsJsonObject("email");
        assertThat(email.get("subject").getAsString()).isEqualTo("Hello there");

        String stale = editable.getAsJsonObject("email").get("version_id").getAsString();
        Cli.Result refused =
                cli.run("enrollment-steps", "update", stepId, "--version-id", stale, "--body", "<p>Hi</p>");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("HTTP 400", "version_mismatch");
        assertThat(cli.run("enrollment-steps", "update", stepId).code()).isEqualTo(2);
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(cli.run("sequences", "get").code()).isEqualTo(2);
        assertThat(cli.run("nonsense").code()).isEqualTo(2);
        Cli.Result badId = cli.run("sequences", "get", "not-a-uuid");
        assertThat(badId.code()).isEqualTo(2);
        assertThat(badId.err()).startsWith("error: ");
        Cli.Result noKey = Cli.withoutEnv().run("sequences", "list");
        assertThat(noKey.code()).isEqualTo(2);
        assertThat(noKey.err()).isEqualTo("error: No API key: set UNIFY_API_KEY, pass --api-key, or use --sandbox.\n");
    }

    @Test
    void everyCommandHasHelp() {
        Cli.Result root = cli.run("--help");
        assertThat(root.code()).isZero();
        assertThat(root.out())
                .contains(
                        "sequences",
                        "sequence-steps",
                        "enrollments",
                        "enrollment-steps",
                        "enroll",
                        "demo",
                        "sandbox",
                        "Exit codes: 0 ok, 1 API or runtime error, 2 usage error");
        Cli.Result pause = cli.run("enrollments", "pause", "--help");
        assertThat(pause.code()).isZero();
        assertThat(pause.out()).contains("Usage: sequences enrollments pause", "Pause an enrollment.", "--output");
        assertThat(cli.run("--version").out())
                .startsWith("sequences ")
                .contains("Unify Sequences API spec " + SpecVersion.PUBLISHED + " (sha256 "
                        + SpecVersion.SHA256.substring(0, 12));
        Cli.Result nested = cli.run("help", "export", "enrollments");
        assertThat(nested.code()).isZero();
        assertThat(nested.out())
                .startsWith("Usage: sequences export enrollments")
                .contains("--status", "--mailbox=ID", "--out=FILE");
        assertThat(cli.run("help", "export", "nothing").err())
                .contains("Unknown command 'export nothing'. Commands: enrollments, enrollment-steps.");
    }

    @Test
    void everyOptionIsDescribedAndFiltersAreNamedAlikeInListAndExport() {
        CommandLine root = SequencesCli.commandLine(
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of());
        List<String> undescribed = new ArrayList<>();
        Deque<CommandLine> commands = new ArrayDeque<>(List.of(root));
        while (!commands.isEmpty()) {
            CommandLine command = commands.pop();
            commands.addAll(command.getSubcommands().values());
            command.getCommandSpec().options().stream()
                    .filter(o -> String.join("", o.description()).isBlank())
                    .forEach(o -> undescribed.add(command.getCommandSpec().qualifiedName() + " " + o.longestName()));
        }
        assertThat(undescribed).isEmpty();
        CommandSpec list = root.getSubcommands()
                .get("enrollments")
                .getSubcommands()
                .get("list")
                .getCommandSpec();
        CommandSpec export = root.getSubcommands()
                .get("export")
                .getSubcommands()
                .get("enrollments")
                .getCommandSpec();
        List<String> listFilters =
                list.options().stream().map(o -> o.longestName()).toList();
        assertThat(export.options().stream().map(o -> o.longestName()).toList())
                .containsAll(List.of(
                        "--sequence", "--person", "--mailbox", "--status", "--updated-after", "--updated-before"))
                .containsAll(listFilters.stream()
                        .filter(n ->
                                !List.of("--limit", "--page-size", "--play").contains(n))
                        .toList());

        String mailbox = JsonParser.parseString(cli.run("enrollments", "list", "-o", "jsonl", "--limit", "1")
                        .out())
                .getAsJsonObject()
                .getAsJsonObject("mailbox")
                .get("id")
                .getAsString();
        long listed = cli.run("enrollments", "list", "--mailbox", mailbox, "-o", "jsonl")
                .out()
                .lines()
                .count();
        Cli.Result exported = cli.run("export", "enrollments", "--mailbox", mailbox, "--out", "-");
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.out().lines().count()).isEqualTo(listed).isPositive();
    }

    @Test
    void sandboxOptionBringsItsOwnServer() {
        Cli.Result result = Cli.withoutEnv().run("--sandbox", "enrollments", "list", "--status", "DRAFT");
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("DRAFT", "awaiting approval");
    }

    private static String status(String line) {
        return JsonParser.parseString(line).getAsJsonObject().get("status").getAsString();
    }

    private static String field(String line, String object) {
        return JsonParser.parseString(line)
                .getAsJsonObject()
                .getAsJsonObject(object)
                .get("id")
                .getAsString();
    }
}
