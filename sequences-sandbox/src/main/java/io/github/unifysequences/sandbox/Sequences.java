package io.github.unifysequences.sandbox;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Builds sequences from three step layouts that together cover every step type and every
 * condition shape (TIMER, AND, OR, nested), so any seeded sandbox exercises all step variants.
 */
final class Sequences {
    private static final String EMAIL_BODY =
            "<p>Hi {{variable::person.firstName}},</p><p>Noticed {{variable::company.name}} is hiring SDRs...</p>";

    private Sequences() {}

    static SequenceDef create(
            SplittableRandom random, int n, long createdAt, Model.User owner, boolean requiresApproval) {
        UUID id = Ids.random(random);
        List<Model.Step> steps = new ArrayList<>();
        Enums.StepType[] layout = layout(n);
        UUID previous = null;
        for (int i = 0; i < layout.length; i++) {
            UUID stepId = Ids.random(random);
            Model.Dependency dependency = new Model.Dependency(previous, previous == null ? null : condition(n + i));
            steps.add(step(stepId, i + 1, layout[i], createdAt, List.of(dependency)));
            previous = stepId;
        }
        // Some sequences have no schedule or ruleset: both are nullable in the spec.
        JsonObject schedule = n % 5 == 4 ? null : SeedData.template("send_schedule", Ids.random(random), createdAt);
        JsonObject ruleset = n % 4 == 3 ? null : SeedData.template("sequence_ruleset", Ids.random(random), createdAt);
        return new SequenceDef(
                id,
                SeedData.unique(SeedData.SEQUENCES, n),
                createdAt,
                owner,
                List.copyOf(steps),
                requiresApproval,
                schedule,
                ruleset,
                1 + n % 4);
    }

    private static Enums.StepType[] layout(int n) {
        switch (n % 3) {
            case 0:
                return new Enums.StepType[] {
                    Enums.StepType.AUTOMATIC_EMAIL,
                    Enums.StepType.PHONE_CALL,
                    Enums.StepType.AUTOMATIC_EMAIL,
                    Enums.StepType.MANUAL_LINKEDIN_CONNECTION
                };
            case 1:
                return new Enums.StepType[] {
                    Enums.StepType.MANUAL_EMAIL, Enums.StepType.ACTION_ITEM, Enums.StepType.AUTOMATIC_EMAIL
                };
            default:
                return new Enums.StepType[] {
                    Enums.StepType.AUTOMATIC_EMAIL,
                    Enums.StepType.MANUAL_LINKEDIN_PROFILE_VIEW,
                    Enums.StepType.MANUAL_LINKEDIN_MESSAGE,
                    Enums.StepType.MANUAL_EMAIL,
                    Enums.StepType.PHONE_CALL
                };
        }
    }

    /** Rotates through a plain timer, an AND, an OR with a nested AND, and a timer without a value. */
    private static Model.Condition condition(int n) {
        Model.Timer days = new Model.Timer(2, "days");
        Model.Timer hours = new Model.Timer(12, "hours");
        switch (n % 4) {
            case 0:
                return days;
            case 1:
                return new Model.Group("AND", List.of(days, hours));
            case 2:
                return new Model.Group(
                        "OR",
                        List.of(
                                new Model.Timer(1, "weeks"),
                                new Model.Group("AND", List.of(hours, new Model.Timer(30, "minutes")))));
            default:
                return new Model.Timer(null, "seconds");
        }
    }

    private static Model.Step step(
            UUID id, int number, Enums.StepType type, long createdAt, List<Model.Dependency> dependencies) {
        String key = "step_" + number;
        if (type == Enums.StepType.AUTOMATIC_EMAIL) {
            return new Model.Step(
                    id,
                    key,
                    number,
                    type,
                    createdAt,
                    dependencies,
                    number == 1 ? "Quick question about {{variable::company.name}}" : null,
                    "Quick question",
                    EMAIL_BODY,
                    null,
                    null,
                    null);
        }
        if (type == Enums.StepType.MANUAL_EMAIL) {
            return new Model.Step(
                    id,
                    key,
                    number,
                    type,
                    createdAt,
                    dependencies,
                    "Following up, {{variable::person.firstName}}",
                    null,
                    EMAIL_BODY,
                    "HIGH",
                    1,
                    null);
        }
        return new Model.Step(
                id,
                key,
                number,
                type,
                createdAt,
                dependencies,
                null,
                null,
                null,
                number % 2 == 0 ? "MEDIUM" : "URGENT",
                number % 3 == 0 ? null : 2,
                number % 2 == 0 ? "Reference the email sent two days ago." : null);
    }
}
