package io.github.unifysequences.sandbox;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The seven {@code /sequences} operations. */
final class SequenceRoutes {
    /** The routes whose documented 409 is {@code state_conflict} with the sequence's state; see {@link #setPaused}. */
    static final Set<String> STATE_CONFLICT_ROUTES = Set.of("/sequences/{id}/pause", "/sequences/{id}/resume");

    private final Context ctx;
    private final Store store;

    SequenceRoutes(Context ctx) {
        this.ctx = ctx;
        this.store = ctx.store();
    }

    void register(Router router) {
        router.add("GET", "/sequences", this::list);
        router.add("GET", "/sequences/{id}", this::retrieve);
        router.add("DELETE", "/sequences/{id}", this::delete);
        router.add("POST", "/sequences/{id}/pause", r -> setPaused(r, true));
        router.add("POST", "/sequences/{id}/resume", r -> setPaused(r, false));
        router.add("GET", "/sequences/{id}/steps", this::listSteps);
        router.add("GET", "/sequences/{id}/steps/{step_id}", this::retrieveStep);
    }

    private Reply list(ApiRequest r) {
        Pager.Request page = ctx.pager().request(r.query, "sequences?" + r.query.filterKey(), new Validation());
        Pager.Page<SequenceDef> result =
                store.read(() -> ctx.pager().page(page, store.sequences.size(), store.sequences::get, s -> !s.deleted));
        return result.reply("sequences", RestJson::sequence);
    }

    private SequenceDef existing(UUID id) {
        SequenceDef s = store.sequence(id);
        if (s == null) {
            throw ApiException.notFound("Sequence " + id + " not found.");
        }
        return s;
    }

    private Reply retrieve(ApiRequest r) {
        UUID id = r.uuidParam(0, "id");
        return store.read(() -> {
            SequenceDef s = existing(id);
            return Reply.json(200, w -> RestJson.sequence(w, s));
        });
    }

    /** Deletes the sequence and cancels its active enrollments, which frees those people for other sequences. */
    private Reply delete(ApiRequest r) {
        UUID id = r.uuidParam(0, "id");
        store.write(() -> {
            SequenceDef s = existing(id);
            long now = ctx.now();
            s.deleted = true;
            s.updatedAt = now;
            for (int i = 0; i < store.enrollmentCount(); i++) {
                Enrollment e = store.enrollmentAt(i);
                if (e.sequence == s && e.isActive()) {
                    store.replace(e.finished(Enrollment.CANCELED, now));
                }
            }
            return s;
        });
        return Reply.json(
                200,
                w -> w.beginObject()
                        .name("id")
                        .value(id.toString())
                        .name("is_deleted")
                        .value(true)
                        .endObject());
    }

    /**
     * Pause/resume, idempotent as the vendor marks both ({@code idempotentHint}): asking for the state the
     * sequence is already in answers 200 and changes nothing. The documented 409 {@code state_conflict} is
     * "conflicts with a concurrent update", which the sandbox's serialised writes never produce on their own;
     * an injected 409 fault ({@link ApiRequest#injectedConflict}) stands for it, with the real current state.
     */
    private Reply setPaused(ApiRequest r, boolean pause) {
        UUID id = r.uuidParam(0, "id");
        SequenceDef s = store.write(() -> {
            SequenceDef seq = existing(id);
            if (r.injectedConflict) {
                throw ApiException.conflict(
                                "state_conflict", "Injected fault: a concurrent update changed the sequence.")
                        .with("current_is_paused", seq.paused);
            }
            if (seq.paused != pause) {
                seq.paused = pause;
                seq.updatedAt = ctx.now();
            }
            return seq;
        });
        if (pause) {
            return Reply.json(
                    200,
                    w -> w.beginObject()
                            .name("id")
                            .value(id.toString())
                            .name("is_paused")
                            .value(true)
                            .endObject());
        }
        return store.read(() -> Reply.json(200, w -> RestJson.sequence(w, s)));
    }

    private Reply listSteps(ApiRequest r) {
        UUID id = r.uuidParam(0, "id");
        Validation v = new Validation();
        List<String> types = r.query.all("type");
        for (int i = 0; i < types.size(); i++) {
            v.enumValue(types.get(i), Enums.SEQUENCE_STEP_TYPES, "type", i);
        }
        Pager.Request page = ctx.pager().request(r.query, "sequences/" + id + "/steps?" + r.query.filterKey(), v);
        Set<String> wanted = Set.copyOf(types);
        return store.read(() -> {
            SequenceDef s = store.sequence(id);
            if (s == null) {
                throw ApiException.notFound("Sequence " + id + " not found, so it has no steps.");
            }
            Pager.Page<Model.Step> result = ctx.pager()
                    .page(
                            page,
                            s.steps.size(),
                            s.steps::get,
                            step -> wanted.isEmpty()
                                    || wanted.contains(step.type().name()));
            return result.reply("steps", (w, step) -> RestJson.sequenceStep(w, s, step));
        });
    }

    private Reply retrieveStep(ApiRequest r) {
        UUID id = r.uuidParam(0, "id");
        UUID stepId = r.uuidParam(1, "step_id");
        return store.read(() -> {
            SequenceDef s = store.sequence(id);
            Model.Step step = s == null ? null : s.step(stepId);
            if (step == null) {
                throw ApiException.notFound("Step " + stepId + " not found in sequence " + id + ".");
            }
            return Reply.json(200, w -> RestJson.sequenceStep(w, s, step));
        });
    }
}
