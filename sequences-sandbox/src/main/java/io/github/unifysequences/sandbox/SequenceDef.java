package io.github.unifysequences.sandbox;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.UUID;

/**
 * A sequence. Few exist, so it is mutable: changes happen under the store's write lock, and the
 * changing fields are volatile because responses are rendered after the lock is released.
 */
final class SequenceDef {
    final UUID id;
    final String name;
    final long createdAt;
    final Model.User owner;
    final List<Model.Step> steps;
    /** New enrollments start as drafts awaiting approval ({@code is_draft_approval_pending}). */
    final boolean requiresApproval;
    /** Rendered verbatim; null when the sequence has none (both are nullable in the spec). */
    final JsonObject sendSchedule;
    final JsonObject ruleset;
    final int version;
    volatile long updatedAt;
    volatile boolean paused;
    volatile boolean deleted;

    SequenceDef(UUID id, String name, long createdAt, Model.User owner, List<Model.Step> steps,
                boolean requiresApproval, JsonObject sendSchedule, JsonObject ruleset, int version) {
        if (steps.size() > Store.MAX_STEPS) {
            throw new IllegalArgumentException("At most " + Store.MAX_STEPS + " steps per sequence");
        }
        this.id = id;
        this.name = name;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.owner = owner;
        this.steps = steps;
        this.requiresApproval = requiresApproval;
        this.sendSchedule = sendSchedule;
        this.ruleset = ruleset;
        this.version = version;
    }

    Model.Step step(UUID stepId) {
        for (Model.Step step : steps) {
            if (step.id().equals(stepId)) {
                return step;
            }
        }
        return null;
    }
}
