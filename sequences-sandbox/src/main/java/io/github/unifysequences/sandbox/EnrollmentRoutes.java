package io.github.unifysequences.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Create, list, get, cancel, pause, resume and approve enrollments. */
final class EnrollmentRoutes {
    private final Context ctx;
    private final Store store;

    EnrollmentRoutes(Context ctx) {
        this.ctx = ctx;
        this.store = ctx.store();
    }

    void register(Router router) {
        router.add("POST", "/enrollments", this::create);
        router.add("GET", "/enrollments", this::list);
        router.add("GET", "/enrollments/{id}", this::get);
        router.add("DELETE", "/enrollments/{id}", this::cancel);
        router.add("POST", "/enrollments/{id}/pause", this::pause);
        router.add("POST", "/enrollments/{id}/resume", this::resume);
        router.add("POST", "/enrollments/{id}/approve", this::approve);
    }

    private static Reply enrollmentReply(int status, Enrollment e) {
        return Reply.json(status, w -> RestJson.enrollment(w, e));
    }

    private Enrollment existing(UUID id) {
        Enrollment e = store.enrollment(id);
        if (e == null) {
            throw ApiException.notFound("Enrollment " + id + " not found.");
        }
        return e;
    }

    private Reply create(ApiRequest r) {
        JsonObject body = r.jsonObject();
        Validation v = new Validation();
        UUID sequenceId = requiredUuid(body, "sequence_id", v);
        UUID personId = requiredUuid(body, "person_id", v);
        List<String> emails = mailboxEmails(body.get("mailbox_emails"), v);
        v.throwIfInvalid();
        Enrollment created = store.write(() -> {
            SequenceDef sequence = store.sequence(sequenceId);
            if (sequence == null) {
                throw ApiException.notFound("Sequence " + sequenceId + " not found.");
            }
            Model.Person person = store.person(personId);
            if (person == null) {
                throw ApiException.notFound("Person " + personId + " not found.");
            }
            List<Model.Mailbox> mailboxes = knownMailboxes(emails);
            requireEmailable(person, "person_id");
            Enrollment active = store.activeEnrollmentOf(person);
            if (active != null) {
                throw ApiException.conflict("conflict", "Person is already actively enrolled in a sequence.")
                        .with("active_sequence_id", active.sequence.id.toString())
                        .with("active_enrollment_id", active.id.toString());
            }
            long now = ctx.now();
            requireReenrollmentAllowed(sequence, person, now);
            Model.Mailbox mailbox = mailboxes.get(Ids.hash(personId, mailboxes.size()));
            boolean draft = sequence.requiresApproval;
            Enrollment e = new Enrollment(
                    UUID.randomUUID(),
                    store.nextEnrollmentIndex(),
                    sequence,
                    person,
                    mailbox,
                    null,
                    draft ? Enums.EnrollmentStatus.DRAFT : Enums.EnrollmentStatus.IN_PROGRESS,
                    draft ? Enrollment.APPROVAL_PENDING : 0,
                    now,
                    now,
                    draft ? Json.NO_TIME : now,
                    Json.NO_TIME,
                    1,
                    0);
            store.addEnrollment(e);
            return e;
        });
        return enrollmentReply(201, created);
    }

    /**
     * The sequence's ruleset decides whether a person who was enrolled in it before may be enrolled again:
     * never, when {@code allow_same_sequence_reenrollment} is false; otherwise only once
     * {@code block_reenrollment_value} {@code block_reenrollment_units} have passed since that enrollment ended.
     * A refusal is a 400 {@code reenrollment_blocked} naming {@code person_id}: the spec's create 409 requires
     * the ids of an active enrollment, which there is none of here (a sandbox guess, listed in the README).
     */
    private void requireReenrollmentAllowed(SequenceDef sequence, Model.Person person, long now) {
        if (!sequence.limitsReenrollment()) {
            return;
        }
        long lastEnded = store.lastEndedEnrollment(person, sequence);
        if (lastEnded == Long.MIN_VALUE) {
            return;
        }
        if (!sequence.allowsReenrollment()) {
            throw ApiException.badRequest(
                    "reenrollment_blocked",
                    "This sequence does not allow re-enrolling a person who was enrolled in it before.",
                    "person_id");
        }
        long until = sequence.reenrollmentBlockedUntil(lastEnded);
        if (until > now) {
            throw ApiException.badRequest(
                    "reenrollment_blocked",
                    "This sequence blocks re-enrollment until " + Json.time(until)
                            + ", the end of its waiting period after the previous enrollment ended.",
                    "person_id");
        }
    }

    private static UUID requiredUuid(JsonObject body, String field, Validation v) {
        JsonElement value = body.get(field);
        if (value == null || value.isJsonNull()) {
            v.add("required", "`" + field + "` is required.", field);
            return null;
        }
        if (!JobFilter.isString(value)) {
            v.add("invalid_type", "Expected a UUID string.", field);
            return null;
        }
        return v.uuid(value.getAsString(), field);
    }

    private static List<String> mailboxEmails(JsonElement value, Validation v) {
        List<String> emails = new ArrayList<>();
        if (value == null || value.isJsonNull()) {
            v.add("required", "`mailbox_emails` is required.", "mailbox_emails");
            return emails;
        }
        if (!value.isJsonArray()) {
            v.add("invalid_type", "Expected an array of email addresses.", "mailbox_emails");
            return emails;
        }
        JsonArray array = value.getAsJsonArray();
        if (array.isEmpty() || array.size() > 10) {
            v.add("out_of_range", "Give between 1 and 10 mailbox emails.", "mailbox_emails");
        }
        for (int i = 0; i < array.size(); i++) {
            JsonElement item = array.get(i);
            if (!JobFilter.isString(item) || !Validation.isEmail(item.getAsString())) {
                v.add("invalid_email", "Expected an email address.", "mailbox_emails", i);
            } else {
                emails.add(item.getAsString());
            }
        }
        return emails;
    }

    private List<Model.Mailbox> knownMailboxes(List<String> emails) {
        Validation v = new Validation();
        List<Model.Mailbox> mailboxes = new ArrayList<>();
        for (int i = 0; i < emails.size(); i++) {
            Model.Mailbox m = store.mailboxByEmail(emails.get(i));
            if (m == null) {
                v.add("unknown_mailbox", "No mailbox with this email address.", "mailbox_emails", i);
            } else {
                mailboxes.add(m);
            }
        }
        v.throwIfInvalid();
        return mailboxes;
    }

    /** Opted-out and do-not-email people can be neither enrolled nor approved. */
    private static void requireEmailable(Model.Person person, String field) {
        Validation v = new Validation();
        if (person.optedOut) {
            v.add("person_opted_out", "The person has opted out of email.", field);
        }
        if (person.doNotEmail) {
            v.add("person_do_not_email", "The person is marked do-not-email.", field);
        }
        v.throwIfInvalid();
    }

    private Reply list(ApiRequest r) {
        Validation v = new Validation();
        Predicate<Enrollment> filter = listFilter(r.query, v);
        Pager.Request page = ctx.pager().request(r.query, "enrollments?" + r.query.filterKey(), v);
        Pager.Page<Enrollment> result =
                store.read(() -> ctx.pager().page(page, store.enrollmentCount(), store::enrollmentAt, filter));
        return result.reply("enrollments", RestJson::enrollment);
    }

    /** Every documented filter of {@code GET /enrollments}; the updated_* bounds are inclusive. */
    private static Predicate<Enrollment> listFilter(QueryParams q, Validation v) {
        UUID sequenceId = v.uuid(q.first("sequence_id"), "sequence_id");
        UUID personId = v.uuid(q.first("person_id"), "person_id");
        UUID mailboxId = v.uuid(q.first("mailbox_id"), "mailbox_id");
        UUID playId = v.uuid(q.first("enrolled_by_play_id"), "enrolled_by_play_id");
        Instant after = v.dateTime(q.first("updated_after"), "updated_after");
        Instant before = v.dateTime(q.first("updated_before"), "updated_before");
        Set<String> statuses = new HashSet<>();
        List<String> given = q.all("status");
        for (int i = 0; i < given.size(); i++) {
            if (v.enumValue(given.get(i), Enums.ENROLLMENT_STATUSES, "status", i) != null) {
                statuses.add(given.get(i));
            }
        }
        Predicate<Enrollment> p = e -> true;
        if (sequenceId != null) {
            p = p.and(e -> e.sequence.id.equals(sequenceId));
        }
        if (personId != null) {
            p = p.and(e -> e.person.id.equals(personId));
        }
        if (mailboxId != null) {
            p = p.and(e -> e.mailbox.id().equals(mailboxId));
        }
        if (playId != null) {
            p = p.and(e -> e.play != null && e.play.id().equals(playId));
        }
        if (!statuses.isEmpty()) {
            p = p.and(e -> statuses.contains(e.status.name()));
        }
        if (after != null) {
            long t = after.toEpochMilli();
            p = p.and(e -> e.updatedAt >= t);
        }
        if (before != null) {
            long t = before.toEpochMilli();
            p = p.and(e -> e.updatedAt <= t);
        }
        return p;
    }

    private Reply get(ApiRequest r) {
        UUID id = r.uuidParam(0, "id");
        return enrollmentReply(200, store.read(() -> existing(id)));
    }

    /** Applies a change under the write lock and stores the result when it differs. */
    private Enrollment change(UUID id, UnaryOperator<Enrollment> rule) {
        return store.write(() -> {
            Enrollment before = existing(id);
            Enrollment after = rule.apply(before);
            if (after != before) {
                store.replace(after);
            }
            return after;
        });
    }

    /** DELETE cancels (it never erases); repeating it is a no-op that answers the same. */
    private Reply cancel(ApiRequest r) {
        UUID id = r.uuidParam(0, "id");
        change(id, e -> {
            if (e.has(Enrollment.CANCELED)) {
                return e;
            }
            return e.isActive()
                    ? e.finished(Enrollment.CANCELED, ctx.now())
                    : e.withFlags(e.flags | Enrollment.CANCELED, ctx.now());
        });
        return Reply.json(
                200,
                w -> w.beginObject()
                        .name("id")
                        .value(id.toString())
                        .name("is_canceled")
                        .value(true)
                        .endObject());
    }

    /**
     * Pausing a paused enrollment (or resuming a running one) is an idempotent 200: the spec gives
     * these operations no 409. Pausing an enrollment that has ended is a 400.
     */
    private Reply pause(ApiRequest r) {
        UUID id = r.uuidParam(0, "id");
        change(id, e -> {
            if (e.has(Enrollment.PAUSED)) {
                return e;
            }
            if (!e.isActive()) {
                throw ApiException.badRequest(
                        "enrollment_not_active", "Only draft or in-progress enrollments can be paused.", "id");
            }
            return e.withFlags(e.flags | Enrollment.PAUSED, ctx.now());
        });
        return pausedReply(id, true);
    }

    private Reply resume(ApiRequest r) {
        UUID id = r.uuidParam(0, "id");
        change(id, e -> e.has(Enrollment.PAUSED) ? e.withFlags(e.flags & ~Enrollment.PAUSED, ctx.now()) : e);
        return pausedReply(id, false);
    }

    private static Reply pausedReply(UUID id, boolean paused) {
        return Reply.json(
                200,
                w -> w.beginObject()
                        .name("id")
                        .value(id.toString())
                        .name("is_paused")
                        .value(paused)
                        .endObject());
    }

    /** Approves a draft awaiting approval: 409 if it is not awaiting, 400 if the person may not be emailed. */
    private Reply approve(ApiRequest r) {
        UUID id = r.uuidParam(0, "id");
        change(id, e -> {
            if (!e.has(Enrollment.APPROVAL_PENDING)) {
                throw ApiException.conflict("conflict", "Enrollment is not awaiting approval.");
            }
            requireEmailable(e.person, "id");
            return e.started(ctx.now());
        });
        return Reply.json(
                200,
                w -> w.beginObject()
                        .name("id")
                        .value(id.toString())
                        .name("is_draft_approval_pending")
                        .value(false)
                        .endObject());
    }
}
