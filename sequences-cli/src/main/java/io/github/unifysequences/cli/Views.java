package io.github.unifysequences.cli;

import io.github.unifysequences.models.AndCondition;
import io.github.unifysequences.models.AutomaticEmailStep;
import io.github.unifysequences.models.Enrollment;
import io.github.unifysequences.models.EnrollmentStep;
import io.github.unifysequences.models.ManualEmailStep;
import io.github.unifysequences.models.OrCondition;
import io.github.unifysequences.models.Person;
import io.github.unifysequences.models.Sequence;
import io.github.unifysequences.models.SequenceStep;
import io.github.unifysequences.models.StepCondition;
import io.github.unifysequences.models.StepDependency;
import io.github.unifysequences.models.TaskStep;
import io.github.unifysequences.models.TimerCondition;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The views of the API's resources, and the phrases that describe steps, conditions and people (the demo uses them too). */
final class Views {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'");

    static final View<Sequence> SEQUENCE = new View<>(
            List.of(
                    new View.Column<>("ID", s -> s.id().toString()),
                    new View.Column<>("NAME", Sequence::name),
                    new View.Column<>("STATE", s -> s.isPaused() ? "paused" : "active"),
                    new View.Column<>("OWNER", s -> s.owner().email()),
                    new View.Column<>("UPDATED", s -> time(s.updatedAt()))),
            s -> s.rawJson().asJsonObject());

    static final View<SequenceStep> SEQUENCE_STEP = new View<>(
            List.of(
                    new View.Column<>("ID", s -> s.id().toString()),
                    new View.Column<>("KEY", s -> s.common().key()),
                    new View.Column<>("TYPE", s -> s.type().asString()),
                    new View.Column<>("WHAT", Views::what),
                    new View.Column<>("RUNS", s -> runs(s, Map.of()))),
            s -> s.rawJson().asJsonObject());

    static final View<Enrollment> ENROLLMENT = new View<>(
            List.of(
                    new View.Column<>("ID", e -> e.id().toString()),
                    new View.Column<>("PERSON", e -> e.person().email()),
                    new View.Column<>("SEQUENCE", e -> e.sequence().name()),
                    new View.Column<>("STATUS", e -> e.status().asString()),
                    new View.Column<>("FLAGS", Views::flags),
                    new View.Column<>("MAILBOX", e -> e.mailbox().email()),
                    new View.Column<>("UPDATED", e -> time(e.updatedAt()))),
            e -> e.rawJson().asJsonObject());

    static final View<EnrollmentStep> ENROLLMENT_STEP = new View<>(
            List.of(
                    new View.Column<>("ID", s -> s.id().toString()),
                    new View.Column<>(
                            "#", s -> s.stepNumber().map(String::valueOf).orElse("")),
                    new View.Column<>("TYPE", s -> s.type().asString()),
                    new View.Column<>("STATUS", s -> s.status().asString()),
                    new View.Column<>(
                            "SUBJECT", s -> s.email().flatMap(m -> m.subject()).orElse("")),
                    new View.Column<>(
                            "EMAIL VERSION",
                            s -> s.email()
                                    .map(m -> m.versionId() + (m.isReady() ? "" : " (resolving)"))
                                    .orElse(""))),
            s -> s.rawJson().asJsonObject());

    private Views() {}

    static String time(OffsetDateTime time) {
        return TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** An enrollment's flags, in the order they are listed. */
    private static final Map<String, Predicate<Enrollment>> FLAGS = flagTests();

    private static Map<String, Predicate<Enrollment>> flagTests() {
        Map<String, Predicate<Enrollment>> flags = new LinkedHashMap<>();
        flags.put("awaiting approval", e -> e.isDraftApprovalPending().orElse(false));
        flags.put("paused", Enrollment::isPaused);
        flags.put("canceled", Enrollment::isCanceled);
        flags.put("replied", Enrollment::isReplied);
        flags.put("bounced", Enrollment::isBounced);
        flags.put("opted out", Enrollment::isOptedOut);
        flags.put("blocked", Enrollment::isBlocked);
        flags.put("excluded", Enrollment::isExcluded);
        return flags;
    }

    /** @return the set flags of an enrollment, comma-separated ("paused, awaiting approval") */
    static String flags(Enrollment e) {
        return FLAGS.entrySet().stream()
                .filter(f -> f.getValue().test(e))
                .map(Map.Entry::getKey)
                .collect(Collectors.joining(", "));
    }

    /** @return "First Last <email>", or the email alone */
    static String person(Person p) {
        String name = (p.firstName().orElse("") + " " + p.lastName().orElse("")).trim();
        return name.isEmpty() ? p.email() : name + " <" + p.email() + ">";
    }

    /** @return what a step does, by variant: the email's subject, or the task */
    static String what(SequenceStep step) {
        // Java 17 has no pattern switch; the hierarchy is sealed, so this chain is complete.
        if (step instanceof AutomaticEmailStep s) {
            return "automatic email: " + quoted(s.email().subject().orElse("(reply in thread)"));
        }
        if (step instanceof ManualEmailStep s) {
            return "manual email (" + s.task().priority() + " task): "
                    + quoted(s.email().subject().orElse("(reply in thread)"));
        }
        if (step instanceof TaskStep s) {
            return "task, " + s.task().priority() + " priority"
                    + s.noteContent().map(n -> ": " + quoted(n)).orElse("");
        }
        return "step of a type this CLI does not know";
    }

    /**
     * @param step a step
     * @param numbers step numbers by step id, to name parents as "#2" rather than by UUID
     * @return when the step runs: "at the start", or after which parent under which condition
     */
    static String runs(SequenceStep step, Map<UUID, Integer> numbers) {
        List<StepDependency> dependencies = step.common().dependencies();
        if (dependencies.isEmpty()) {
            return "at the start";
        }
        return dependencies.stream()
                .map(d -> {
                    String parent = d.parentStepId()
                            .map(id -> "after " + (numbers.containsKey(id) ? "#" + numbers.get(id) : id.toString()))
                            .orElse("at the start");
                    return parent + d.condition().map(c -> ", " + condition(c)).orElse("");
                })
                .collect(Collectors.joining("; "));
    }

    /** @return a condition tree in words: "wait 2 DAYS", "all of (…)", "any of (…)" */
    static String condition(StepCondition condition) {
        if (condition instanceof TimerCondition t) {
            String unit = t.durationUnit().asString();
            // The API's units are plural ("days"); one of them reads "1 day".
            return t.durationValue()
                    .map(v -> "wait " + v + " "
                            + (v == 1 && unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit))
                    .orElse("a timer with no duration");
        }
        if (condition instanceof AndCondition a) {
            return "all of (" + conditions(a.subconditions()) + ")";
        }
        if (condition instanceof OrCondition o) {
            return "any of (" + conditions(o.subconditions()) + ")";
        }
        return condition.type() + " condition";
    }

    private static String conditions(List<StepCondition> conditions) {
        return conditions.stream().map(Views::condition).collect(Collectors.joining(", "));
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
