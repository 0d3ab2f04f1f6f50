package io.github.unifysequences.sandbox;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;

/**
 * Writes query-job result rows ({@code SequenceEnrollment}, {@code SequenceEnrollmentStep}) and
 * jobs. In these shapes ids and timestamps are plain strings; the values are the same as REST.
 */
final class BulkJson {
    private BulkJson() {}

    static void enrollmentRow(JsonWriter w, Enrollment e) throws IOException {
        w.beginObject();
        Json.id(w, "id", e.id);
        Json.time(w, "updated_at", e.updatedAt);
        w.name("status").value(e.status.name());
        RestJson.flags(w, e);
        w.name("version").value(e.version);
        Json.time(w, "started_at", e.startedAt);
        Json.time(w, "ended_at", e.endedAt);
        w.name("sequence").beginObject();
        Json.id(w, "id", e.sequence.id);
        w.name("name").value(e.sequence.name);
        w.endObject();
        w.name("mailbox");
        mailbox(w, e.mailbox);
        w.name("person");
        person(w, e.person, true);
        w.name("enrolled_by_play");
        RestJson.play(w, e.play);
        w.name("reply_email_message");
        RestJson.replyMessage(w, e, false);
        w.endObject();
    }

    static void stepRow(JsonWriter w, EnrollmentStepView v) throws IOException {
        Enrollment e = v.enrollment;
        w.beginObject();
        Json.id(w, "id", v.id());
        Json.time(w, "updated_at", v.updatedAt());
        w.name("type").value(v.step.type().name());
        w.name("status").value(v.status().name());
        RestJson.flags(w, e);
        w.name("sequence").beginObject();
        Json.id(w, "id", e.sequence.id);
        w.name("name").value(e.sequence.name);
        w.name("version").value(e.sequence.version);
        w.endObject();
        w.name("step_number").value(v.stepNumber());
        Json.time(w, "started_at", v.startedAt());
        Json.time(w, "ended_at", v.endedAt());
        w.name("enrollment").beginObject();
        Json.id(w, "id", e.id);
        w.name("mailbox");
        mailbox(w, e.mailbox);
        w.name("person");
        person(w, e.person, false);
        w.endObject();
        w.name("email_message");
        emailMessage(w, v);
        w.name("reply_email_message");
        if (v.isReplyStep()) {
            RestJson.replyMessage(w, e, false);
        } else {
            w.nullValue();
        }
        w.endObject();
    }

    static void job(JsonWriter w, QueryJob.View job) throws IOException {
        w.beginObject();
        Json.id(w, "job_id", job.id());
        w.name("status").value(job.status().name());
        w.name("total_rows").value(job.totalRows());
        w.name("error_code").value(job.errorCode());
        Json.time(w, "created_at", job.createdAt());
        Json.time(w, "expires_at", job.expiresAt());
        Json.time(w, "canceled_at", job.canceledAt());
        w.endObject();
    }

    private static void emailMessage(JsonWriter w, EnrollmentStepView v) throws IOException {
        if (!v.step.type().isEmail() || v.status() != Enums.StepStatus.FINISHED) {
            w.nullValue();
            return;
        }
        boolean last = v.step.number() - 1 == v.enrollment.currentStep;
        w.beginObject();
        Json.id(w, "id", Ids.derived(v.id(), 3));
        w.name("subject").value(v.subject());
        Json.time(w, "sent_at", v.endedAt());
        w.name("from_email_address").value(v.enrollment.mailbox.email());
        w.name("is_bounced").value(last && v.enrollment.has(Enrollment.BOUNCED));
        w.name("is_opted_out").value(last && v.enrollment.has(Enrollment.OPTED_OUT));
        w.name("clicks").value(Ids.hash(v.id(), 3));
        w.name("opens").value(Ids.hash(v.id(), 7));
        w.endObject();
    }

    private static void mailbox(JsonWriter w, Model.Mailbox m) throws IOException {
        w.beginObject();
        Json.id(w, "id", m.id());
        w.name("email_address").value(m.email());
        w.name("forward_to_email_address").nullValue();
        w.name("secondary_forward_to_email_address").nullValue();
        w.name("user");
        RestJson.user(w, m.user());
        w.name("secondary_forward_to_user").nullValue();
        w.endObject();
    }

    /** Enrollment rows include the company description; step rows omit it (it is optional). */
    private static void person(JsonWriter w, Model.Person p, boolean withDescription) throws IOException {
        w.beginObject();
        Json.id(w, "id", p.id);
        w.name("email").value(p.email);
        w.name("first_name").value(p.firstName);
        w.name("last_name").value(p.lastName);
        w.name("linkedin_url").value(p.linkedinUrl);
        w.name("company");
        Model.Company c = p.company;
        if (c == null) {
            w.nullValue();
        } else {
            w.beginObject();
            Json.id(w, "id", c.id());
            w.name("name").value(c.name());
            w.name("domain").value(c.domain());
            if (withDescription) {
                w.name("description").value(c.description());
            }
            w.name("linkedin_url").value(c.linkedinUrl());
            w.endObject();
        }
        w.endObject();
    }
}
