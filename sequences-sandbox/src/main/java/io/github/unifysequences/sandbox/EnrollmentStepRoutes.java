package io.github.unifysequences.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The reconstructed enrollment-step operations: list an enrollment's steps, get one, edit its email. */
final class EnrollmentStepRoutes {
    private final Context ctx;
    private final Store store;

    EnrollmentStepRoutes(Context ctx) {
        this.ctx = ctx;
        this.store = ctx.store();
    }

    void register(Router router) {
        router.add("GET", "/enrollments/{id}/steps", this::list);
        router.add("GET", "/enrollment-steps/{id}", this::get);
        router.add("PATCH", "/enrollment-steps/{id}", this::update);
    }

    /** An edited email reads as not ready until the sandbox clock passes the resolution delay. */
    private boolean emailReady(EnrollmentStepView v, long now) {
        return v.edit == null
                || now >= v.edit.editedAt() + ctx.emailResolutionDelay().toMillis();
    }

    private Reply stepReply(EnrollmentStepView v) {
        boolean ready = emailReady(v, ctx.now());
        return Reply.json(200, w -> RestJson.enrollmentStep(w, v, ready));
    }

    private Reply list(ApiRequest r) {
        UUID id = r.uuidParam(0, "id");
        Pager.Request page =
                ctx.pager().request(r.query, "enrollments/" + id + "/steps?" + r.query.filterKey(), new Validation());
        long now = ctx.now();
        Pager.Page<EnrollmentStepView> result = store.read(() -> {
            Enrollment e = store.enrollment(id);
            if (e == null) {
                throw ApiException.notFound("Enrollment " + id + " not found.");
            }
            List<EnrollmentStepView> steps = store.stepsOf(e);
            return ctx.pager().page(page, steps.size(), steps::get, s -> true);
        });
        return result.reply("steps", (w, v) -> RestJson.enrollmentStep(w, v, emailReady(v, now)));
    }

    private EnrollmentStepView existing(UUID id) {
        EnrollmentStepView v = store.enrollmentStep(id);
        if (v == null) {
            throw ApiException.notFound("Enrollment step " + id + " not found.");
        }
        return v;
    }

    private Reply get(ApiRequest r) {
        UUID id = r.uuidParam(0, "id");
        return stepReply(store.read(() -> existing(id)));
    }

    /**
     * Edits the email copy with optimistic concurrency on {@code email.version_id}. A stale version is
     * a 400 {@code version_mismatch} (with {@code current_version_id}), because the reconstructed
     * operation documents no 409; each edit issues a new version and marks the email not ready.
     */
    private Reply update(ApiRequest r) {
        UUID id = r.uuidParam(0, "id");
        JsonObject body = r.jsonObject();
        Validation v = new Validation();
        String versionId = optionalString(body, "version_id", v);
        if (versionId == null && v.ok()) {
            v.add("required", "`version_id` is required.", "version_id");
        }
        String subject = optionalString(body, "subject", v);
        String fallback = optionalString(body, "fallback_subject", v);
        String text = optionalString(body, "body", v);
        if (v.ok() && subject == null && fallback == null && text == null) {
            v.add("required", "Give at least one of subject, fallback_subject, body.", "body");
        }
        v.throwIfInvalid();
        EnrollmentStepView updated = store.write(() -> {
            EnrollmentStepView step = existing(id);
            if (!step.step.type().isEmail()) {
                throw ApiException.badRequest("not_an_email_step", "Only email steps have editable copy.", "id");
            }
            if (!step.editable()) {
                throw ApiException.badRequest(
                        "step_not_editable",
                        "The step is " + step.status() + "; only unsent steps can be edited.",
                        "id");
            }
            if (!step.versionId().toString().equalsIgnoreCase(versionId)) {
                String message = "The email was changed since that version_id; fetch the step and retry.";
                Map<String, Object> item = Validation.item("version_mismatch", message, "version_id");
                item.put("current_version_id", step.versionId().toString());
                throw ApiException.badRequest(message, List.of(item));
            }
            StepEdit edit = new StepEdit(
                    UUID.randomUUID(),
                    subject != null ? subject : step.subject(),
                    fallback != null ? fallback : step.fallbackSubject(),
                    text != null ? text : step.body(),
                    ctx.now());
            store.putEdit(id, edit);
            return new EnrollmentStepView(step.enrollment, step.step, edit);
        });
        return stepReply(updated);
    }

    private static String optionalString(JsonObject body, String field, Validation v) {
        JsonElement value = body.get(field);
        if (value == null) {
            return null;
        }
        if (!JobFilter.isString(value)) {
            v.add("invalid_type", "Expected a string.", field);
            return null;
        }
        return value.getAsString();
    }
}
