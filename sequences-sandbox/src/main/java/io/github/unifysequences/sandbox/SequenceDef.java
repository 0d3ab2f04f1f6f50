package io.github.unifysequences.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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

    SequenceDef(
            UUID id,
            String name,
            long createdAt,
            Model.User owner,
            List<Model.Step> steps,
            boolean requiresApproval,
            JsonObject sendSchedule,
            JsonObject ruleset,
            int version) {
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

    /** The ruleset's {@code allow_same_sequence_reenrollment}; true without a ruleset or value. */
    boolean allowsReenrollment() {
        JsonElement allow = ruleset == null ? null : ruleset.get("allow_same_sequence_reenrollment");
        return allow == null || allow.isJsonNull() || allow.getAsBoolean();
    }

    /**
     * The end of the ruleset's re-enrollment waiting period ({@code block_reenrollment_value} ×
     * {@code block_reenrollment_units}, calendar units in UTC) for an enrollment here that ended at
     * {@code endedAt}, in epoch millis; {@link Long#MIN_VALUE} when the ruleset sets no period.
     */
    long reenrollmentBlockedUntil(long endedAt) {
        JsonElement value = ruleset == null ? null : ruleset.get("block_reenrollment_value");
        JsonElement units = ruleset == null ? null : ruleset.get("block_reenrollment_units");
        if (value == null || value.isJsonNull() || units == null || units.isJsonNull()) {
            return Long.MIN_VALUE;
        }
        return Instant.ofEpochMilli(endedAt)
                .atZone(ZoneOffset.UTC)
                .plus(value.getAsLong(), ChronoUnit.valueOf(units.getAsString() + "S"))
                .toInstant()
                .toEpochMilli();
    }

    /** Whether someone whose enrollment here ended may be refused a new one. */
    boolean limitsReenrollment() {
        return !allowsReenrollment() || reenrollmentBlockedUntil(0) != Long.MIN_VALUE;
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
