package io.github.unifysequences.sandbox;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.UUID;

/** Writes the REST schemas: Sequence, sequence steps, Enrollment and EnrollmentStep. */
final class RestJson {
    private static final String[] CATEGORIES = {"POSITIVE", "NEUTRAL", "NEGATIVE", "AUTOMATED"};

    private RestJson() {}

    static void sequence(JsonWriter w, SequenceDef s) throws IOException {
        w.beginObject();
        Json.id(w, "id", s.id);
        Json.time(w, "created_at", s.createdAt);
        Json.time(w, "updated_at", s.updatedAt);
        w.name("owner");
        user(w, s.owner);
        w.name("name").value(s.name);
        w.name("is_paused").value(s.paused);
        w.name("send_schedule");
        Json.writeValue(w, s.sendSchedule);
        w.name("sequence_ruleset");
        Json.writeValue(w, s.ruleset);
        w.endObject();
    }

    static void user(JsonWriter w, Model.User u) throws IOException {
        if (u == null) {
            w.nullValue();
            return;
        }
        w.beginObject();
        Json.id(w, "id", u.id());
        w.name("email").value(u.email());
        w.name("first_name").value(u.firstName());
        w.name("last_name").value(u.lastName());
        w.endObject();
    }

    static void sequenceStep(JsonWriter w, SequenceDef s, Model.Step step) throws IOException {
        w.beginObject();
        Json.id(w, "id", step.id());
        w.name("key").value(step.key());
        Json.time(w, "created_at", step.createdAt());
        Json.time(w, "updated_at", step.createdAt());
        Json.id(w, "sequence_id", s.id);
        w.name("version_number").value(s.version);
        w.name("dependencies").beginArray();
        for (Model.Dependency d : step.dependencies()) {
            w.beginObject();
            Json.id(w, "parent_step_id", d.parentStepId());
            w.name("condition");
            condition(w, d.condition());
            w.endObject();
        }
        w.endArray();
        w.name("type").value(step.type().name());
        w.name("config").beginObject();
        if (step.type().isEmail()) {
            w.name("is_root_message").value(step.number() == 1);
            w.name("subject").value(step.subject());
            w.name("fallback_subject").value(step.fallbackSubject());
            w.name("body").value(step.body());
            w.name("cc_recipients").beginArray().endArray();
            w.name("bcc_recipients").beginArray().endArray();
        }
        if (step.type() != Enums.StepType.AUTOMATIC_EMAIL) {
            w.name("task_priority").value(step.taskPriority());
            w.name("auto_skip_on_due_date").value(false);
            w.name("relative_due_at");
            if (step.dueInDays() == null) {
                w.nullValue();
            } else {
                w.beginObject()
                        .name("num_units_of_time")
                        .value(step.dueInDays())
                        .name("unit_of_time")
                        .value("DAY")
                        .endObject();
            }
        }
        if (!step.type().isEmail()) {
            w.name("note_content").value(step.note());
        }
        w.endObject();
        w.endObject();
    }

    static void condition(JsonWriter w, Model.Condition c) throws IOException {
        if (c == null) {
            w.nullValue();
        } else if (c instanceof Model.Timer t) {
            w.beginObject()
                    .name("type")
                    .value("TIMER")
                    .name("duration_value")
                    .value(t.durationValue())
                    .name("duration_unit")
                    .value(t.durationUnit())
                    .endObject();
        } else {
            Model.Group g = (Model.Group) c;
            w.beginObject().name("type").value(g.type()).name("subconditions").beginArray();
            for (Model.Condition sub : g.subconditions()) {
                condition(w, sub);
            }
            w.endArray().endObject();
        }
    }

    static void enrollment(JsonWriter w, Enrollment e) throws IOException {
        w.beginObject();
        Json.id(w, "id", e.id);
        Json.time(w, "created_at", e.createdAt);
        Json.time(w, "updated_at", e.updatedAt);
        w.name("sequence").beginObject();
        Json.id(w, "id", e.sequence.id);
        w.name("name").value(e.sequence.name);
        w.name("is_paused").value(e.sequence.paused);
        w.endObject();
        w.name("person").beginObject();
        Json.id(w, "id", e.person.id);
        w.name("email").value(e.person.email);
        w.name("first_name").value(e.person.firstName);
        w.name("last_name").value(e.person.lastName);
        w.name("linkedin_url").value(e.person.linkedinUrl);
        w.endObject();
        w.name("mailbox").beginObject();
        Json.id(w, "id", e.mailbox.id());
        w.name("email").value(e.mailbox.email());
        w.name("display_name").value(e.mailbox.displayName());
        w.name("is_paused").value(false);
        w.name("is_unauthorized").value(false);
        w.endObject();
        w.name("enrolled_by_play");
        play(w, e.play);
        w.name("reply_email_message");
        replyMessage(w, e, true);
        w.name("status").value(e.status.name());
        flags(w, e);
        w.name("is_excluded").value(e.has(Enrollment.EXCLUDED));
        Json.time(w, "started_at", e.startedAt);
        Json.time(w, "ended_at", e.endedAt);
        w.name("is_draft_approval_pending").value(e.has(Enrollment.APPROVAL_PENDING));
        w.endObject();
    }

    /** The six flags shared by the REST enrollment and both bulk row shapes. */
    static void flags(JsonWriter w, Enrollment e) throws IOException {
        w.name("is_blocked").value(e.has(Enrollment.BLOCKED));
        w.name("is_bounced").value(e.has(Enrollment.BOUNCED));
        w.name("is_canceled").value(e.has(Enrollment.CANCELED));
        w.name("is_opted_out").value(e.has(Enrollment.OPTED_OUT));
        w.name("is_paused").value(e.has(Enrollment.PAUSED));
        w.name("is_replied").value(e.has(Enrollment.REPLIED));
    }

    static void play(JsonWriter w, Model.Play play) throws IOException {
        if (play == null) {
            w.nullValue();
        } else {
            w.beginObject();
            Json.id(w, "id", play.id());
            w.name("name").value(play.name());
            w.endObject();
        }
    }

    /** The reply that ended an enrollment, derived from its id; {@code withReceivedAt} for the REST shape. */
    static void replyMessage(JsonWriter w, Enrollment e, boolean withReceivedAt) throws IOException {
        if (!e.has(Enrollment.REPLIED)) {
            w.nullValue();
            return;
        }
        UUID messageId = Ids.derived(e.id, 7);
        w.beginObject();
        Json.id(w, "id", messageId);
        w.name("subject").value("Re: " + e.sequence.name);
        w.name("classifications").beginArray().beginObject();
        Json.id(w, "id", Ids.derived(messageId, 1));
        w.name("category").value(CATEGORIES[Ids.hash(e.id, CATEGORIES.length)]);
        w.endObject().endArray();
        if (withReceivedAt) {
            Json.time(w, "received_at", e.endedAt);
        }
        w.endObject();
    }

    static void enrollmentStep(JsonWriter w, EnrollmentStepView v, boolean emailReady) throws IOException {
        w.beginObject();
        Json.id(w, "id", v.id());
        Json.time(w, "created_at", v.enrollment.createdAt);
        Json.time(w, "updated_at", v.updatedAt());
        Json.id(w, "enrollment_id", v.enrollment.id);
        Json.id(w, "sequence_id", v.enrollment.sequence.id);
        Json.id(w, "step_id", v.step.id());
        w.name("type").value(v.step.type().name());
        w.name("status").value(v.status().name());
        w.name("step_number").value(v.stepNumber());
        w.name("email");
        if (!v.step.type().isEmail()) {
            w.nullValue();
        } else {
            w.beginObject();
            Json.id(w, "version_id", v.versionId());
            w.name("is_ready").value(emailReady);
            w.name("subject").value(v.subject());
            w.name("fallback_subject").value(v.fallbackSubject());
            w.name("body").value(v.body());
            w.endObject();
        }
        w.endObject();
    }
}
