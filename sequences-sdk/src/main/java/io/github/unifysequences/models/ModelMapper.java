package io.github.unifysequences.models;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import io.github.unifysequences.generated.model.EmailSendDays;
import io.github.unifysequences.generated.model.EmailSendScheduleRules;
import io.github.unifysequences.generated.model.EmailSendWindow;
import io.github.unifysequences.generated.model.EmailSendWindowTime;
import io.github.unifysequences.generated.model.EnrollmentMailbox;
import io.github.unifysequences.generated.model.EnrollmentPerson;
import io.github.unifysequences.generated.model.EnrollmentReplyEmailMessage;
import io.github.unifysequences.generated.model.SequenceEmailStepConfig;
import io.github.unifysequences.generated.model.SequenceSendSchedule;
import io.github.unifysequences.generated.model.SequenceStepBase;
import io.github.unifysequences.generated.model.SequenceStepRelativeDueAt;
import io.github.unifysequences.generated.model.SequenceTaskStepConfig;
import io.github.unifysequences.generated.support.GeneratedJson;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The one place where generated models become domain types.
 *
 * <p>The typed values (UUIDs, timestamps, numbers) come from the generated model; enum values are read
 * from the raw JSON instead, because the generated enums collapse every unknown value into one constant
 * and the domain enums keep the raw string.
 *
 * <p>Every mapper keeps the object it is given as the value's {@link RawJson} without copying it, so callers
 * pass only trees nobody else holds: {@link UnifyJson}'s public methods copy the application's object first,
 * {@link OwnedJson} is for trees the client has just parsed itself.
 */
final class ModelMapper {

    private ModelMapper() {
    }

    private static <T> T read(JsonObject json, Class<T> type) {
        return GeneratedJson.gson().fromJson(json, type);
    }

    static <T> T req(T value, String field) {
        if (value == null) {
            throw new JsonParseException("required field '" + field + "' is missing or null");
        }
        return value;
    }

    private static String rawString(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    private static JsonObject object(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value == null || value.isJsonNull() ? null : value.getAsJsonObject();
    }

    private static <T> Optional<T> optionalObject(JsonObject json, String field, Function<JsonObject, T> mapper) {
        return Optional.ofNullable(object(json, field)).map(mapper);
    }

    private static <T> List<T> list(JsonObject json, String field, Function<JsonObject, T> mapper) {
        JsonElement value = json.get(field);
        List<T> result = new ArrayList<>();
        if (value != null && value.isJsonArray()) {
            for (JsonElement item : value.getAsJsonArray()) {
                result.add(mapper.apply(item.getAsJsonObject()));
            }
        }
        return result;
    }

    private static <E> E enumValue(JsonObject json, String field, Function<String, E> of) {
        return of.apply(req(rawString(json, field), field));
    }

    static Sequence sequence(JsonObject json) {
        var m = read(json, io.github.unifysequences.generated.model.Sequence.class);
        var owner = req(m.getOwner(), "owner");
        return new Sequence(
                req(m.getId(), "id"), req(m.getCreatedAt(), "created_at"), req(m.getUpdatedAt(), "updated_at"),
                new SequenceOwner(req(owner.getId(), "owner.id"), owner.getEmail(),
                        Optional.ofNullable(owner.getFirstName()), Optional.ofNullable(owner.getLastName())),
                req(m.getName(), "name"), req(m.getIsPaused(), "is_paused"),
                Optional.ofNullable(m.getSendSchedule()).map(ModelMapper::sendSchedule),
                optionalObject(json, "sequence_ruleset", ModelMapper::ruleset),
                RawJson.owning(json));
    }

    private static SendSchedule sendSchedule(SequenceSendSchedule s) {
        EmailSendScheduleRules rules = req(s.getRules(), "send_schedule.rules");
        EmailSendDays days = req(rules.getSendDays(), "send_schedule.rules.send_days");
        Map<DayOfWeek, List<SendWindow>> sendDays = new EnumMap<>(DayOfWeek.class);
        sendDays.put(DayOfWeek.MONDAY, windows(days.getMonday()));
        sendDays.put(DayOfWeek.TUESDAY, windows(days.getTuesday()));
        sendDays.put(DayOfWeek.WEDNESDAY, windows(days.getWednesday()));
        sendDays.put(DayOfWeek.THURSDAY, windows(days.getThursday()));
        sendDays.put(DayOfWeek.FRIDAY, windows(days.getFriday()));
        sendDays.put(DayOfWeek.SATURDAY, windows(days.getSaturday()));
        sendDays.put(DayOfWeek.SUNDAY, windows(days.getSunday()));
        return new SendSchedule(s.getId(), s.getCreatedAt(), s.getUpdatedAt(), flag(s.getIsDefault()), s.getName(),
                rules.getTimeZone(), sendDays, flag(rules.getSkipUsHolidays()),
                orEmpty(rules.getExcludedDates()).stream()
                        .map(d -> new ExcludedDate(req(d.getDate(), "excluded_dates.date"), flag(d.getShouldRecur())))
                        .toList());
    }

    /** The API sends {@code null} for a day without sending; that is an empty list here. */
    private static List<SendWindow> windows(List<EmailSendWindow> windows) {
        return orEmpty(windows).stream()
                .map(w -> new SendWindow(time(req(w.getStartTime(), "start_time")), time(req(w.getEndTime(), "end_time"))))
                .toList();
    }

    private static LocalTime time(EmailSendWindowTime t) {
        return LocalTime.of(req(t.getHour(), "hour"), req(t.getMinute(), "minute"));
    }

    private static SequenceRuleset ruleset(JsonObject json) {
        var r = read(json, io.github.unifysequences.generated.model.SequenceRuleset.class);
        return new SequenceRuleset(r.getId(), r.getCreatedAt(), r.getUpdatedAt(), r.getName(),
                Boolean.TRUE.equals(r.getIsDefault()),
                enumValue(json, "automatic_enrollment_task_assignment", TaskAssignment::of),
                Optional.ofNullable(r.getAutomaticEnrollmentTaskAssignmentUserId()),
                enumValue(json, "manual_enrollment_task_assignment", TaskAssignment::of),
                Optional.ofNullable(r.getManualEnrollmentTaskAssignmentUserId()),
                Optional.ofNullable(r.getOptOutMessage()),
                Boolean.TRUE.equals(r.getAllowSameSequenceReenrollment()),
                Optional.ofNullable(r.getBlockReenrollmentValue()),
                Optional.ofNullable(rawString(json, "block_reenrollment_units")).map(CalendarUnit::of));
    }

    static SequenceStep sequenceStep(JsonObject json) {
        StepCommon common = stepCommon(json);
        StepType type = enumValue(json, "type", StepType::of);
        RawJson raw = RawJson.owning(json);
        JsonObject config = object(json, "config");
        switch (type.value()) {
            case AUTOMATIC_EMAIL:
                return new AutomaticEmailStep(common, email(read(req(config, "config"), SequenceEmailStepConfig.class)), raw);
            case MANUAL_EMAIL:
                var manual = read(req(config, "config"), SequenceEmailStepConfig.class);
                return new ManualEmailStep(common, email(manual), task(config), raw);
            case ACTION_ITEM, PHONE_CALL, MANUAL_LINKEDIN_CONNECTION, MANUAL_LINKEDIN_MESSAGE, MANUAL_LINKEDIN_PROFILE_VIEW:
                var task = read(req(config, "config"), SequenceTaskStepConfig.class);
                return new TaskStep(common, type, task(config), Optional.ofNullable(task.getNoteContent()), raw);
            default:
                return new UnknownStep(common, type, raw);
        }
    }

    private static StepCommon stepCommon(JsonObject json) {
        var base = read(json, SequenceStepBase.class);
        return new StepCommon(req(base.getId(), "id"), base.getKey(), base.getCreatedAt(), base.getUpdatedAt(),
                base.getSequenceId(), Optional.ofNullable(base.getVersionNumber()),
                list(json, "dependencies", ModelMapper::dependency));
    }

    private static StepDependency dependency(JsonObject json) {
        var parent = rawString(json, "parent_step_id");
        return new StepDependency(Optional.ofNullable(parent).map(java.util.UUID::fromString),
                optionalObject(json, "condition", ModelMapper::condition));
    }

    static StepCondition condition(JsonObject json) {
        String type = req(rawString(json, "type"), "condition.type");
        RawJson raw = RawJson.owning(json);
        switch (type) {
            case "TIMER":
                JsonElement value = json.get("duration_value");
                return new TimerCondition(
                        value == null || value.isJsonNull() ? Optional.empty() : Optional.of(value.getAsInt()),
                        enumValue(json, "duration_unit", DurationUnit::of), raw);
            case "AND":
                return new AndCondition(list(json, "subconditions", ModelMapper::condition), raw);
            case "OR":
                return new OrCondition(list(json, "subconditions", ModelMapper::condition), raw);
            default:
                return new UnknownCondition(type, raw);
        }
    }

    private static EmailContent email(SequenceEmailStepConfig c) {
        return new EmailContent(Boolean.TRUE.equals(c.getIsRootMessage()), Optional.ofNullable(c.getSubject()),
                Optional.ofNullable(c.getFallbackSubject()), req(c.getBody(), "config.body"),
                orEmpty(c.getCcRecipients()), orEmpty(c.getBccRecipients()));
    }

    /** Reads task settings from the raw config: the manual-email config's due date is generated as a bare Object. */
    private static TaskSettings task(JsonObject config) {
        var t = read(config, SequenceTaskStepConfig.class);
        return new TaskSettings(enumValue(config, "task_priority", TaskPriority::of),
                Boolean.TRUE.equals(t.getAutoSkipOnDueDate()),
                optionalObject(config, "relative_due_at", due -> {
                    var d = read(due, SequenceStepRelativeDueAt.class);
                    return new RelativeDueAt(req(d.getNumUnitsOfTime(), "num_units_of_time"),
                            enumValue(due, "unit_of_time", CalendarUnit::of));
                }));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    static Enrollment enrollment(JsonObject json) {
        var m = read(json, io.github.unifysequences.generated.model.Enrollment.class);
        var seq = req(m.getSequence(), "sequence");
        return new Enrollment(
                req(m.getId(), "id"), req(m.getCreatedAt(), "created_at"), req(m.getUpdatedAt(), "updated_at"),
                new SequenceRef(req(seq.getId(), "sequence.id"), seq.getName(), Boolean.TRUE.equals(seq.getIsPaused())),
                person(req(m.getPerson(), "person")),
                mailbox(req(m.getMailbox(), "mailbox")),
                Optional.ofNullable(m.getEnrolledByPlay()).map(p -> new Play(p.getId(), p.getName())),
                optionalObject(json, "reply_email_message", reply -> replyMessage(reply, m.getReplyEmailMessage())),
                enumValue(json, "status", EnrollmentStatus::of),
                flag(m.getIsBlocked()), flag(m.getIsBounced()), flag(m.getIsCanceled()), flag(m.getIsExcluded()),
                flag(m.getIsOptedOut()), flag(m.getIsPaused()), flag(m.getIsReplied()),
                Optional.ofNullable(m.getStartedAt()), Optional.ofNullable(m.getEndedAt()),
                Optional.ofNullable(m.getIsDraftApprovalPending()),
                RawJson.owning(json));
    }

    private static boolean flag(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private static Person person(EnrollmentPerson p) {
        return new Person(req(p.getId(), "person.id"), p.getEmail(), Optional.ofNullable(p.getFirstName()),
                Optional.ofNullable(p.getLastName()), Optional.ofNullable(p.getLinkedinUrl()));
    }

    private static Mailbox mailbox(EnrollmentMailbox m) {
        return new Mailbox(req(m.getId(), "mailbox.id"), m.getEmail(), Optional.ofNullable(m.getDisplayName()),
                flag(m.getIsPaused()), flag(m.getIsUnauthorized()));
    }

    private static ReplyMessage replyMessage(JsonObject json, EnrollmentReplyEmailMessage m) {
        return new ReplyMessage(m.getId(), Optional.ofNullable(m.getSubject()),
                list(json, "classifications", ModelMapper::classification), Optional.ofNullable(m.getReceivedAt()));
    }

    private static ReplyClassification classification(JsonObject json) {
        return new ReplyClassification(java.util.UUID.fromString(req(rawString(json, "id"), "classification.id")),
                enumValue(json, "category", ReplyCategory::of));
    }

    static EnrollmentStep enrollmentStep(JsonObject json) {
        var m = read(json, io.github.unifysequences.generated.model.EnrollmentStep.class);
        return new EnrollmentStep(
                req(m.getId(), "id"), m.getCreatedAt(), m.getUpdatedAt(), m.getEnrollmentId(), m.getSequenceId(),
                m.getStepId(), enumValue(json, "type", StepType::of), enumValue(json, "status", EnrollmentStepStatus::of),
                Optional.ofNullable(m.getStepNumber()),
                Optional.ofNullable(m.getEmail()).map(e -> new EnrollmentStepEmail(req(e.getVersionId(), "email.version_id"),
                        flag(e.getIsReady()), Optional.ofNullable(e.getSubject()),
                        Optional.ofNullable(e.getFallbackSubject()), Optional.ofNullable(e.getBody()))),
                RawJson.owning(json));
    }

    static PauseState pauseState(JsonObject json) {
        var m = read(json, io.github.unifysequences.generated.model.PauseEnrollmentSuccessResponse.class);
        return new PauseState(req(m.getId(), "id"), req(m.getIsPaused(), "is_paused"), RawJson.owning(json));
    }

    static SequenceDeletion sequenceDeletion(JsonObject json) {
        var m = read(json, io.github.unifysequences.generated.model.DeleteSequenceSuccessResponse.class);
        return new SequenceDeletion(req(m.getId(), "id"), req(m.getIsDeleted(), "is_deleted"), RawJson.owning(json));
    }

    static EnrollmentCancellation enrollmentCancellation(JsonObject json) {
        var m = read(json, io.github.unifysequences.generated.model.DeleteEnrollmentSuccessResponse.class);
        return new EnrollmentCancellation(req(m.getId(), "id"), req(m.getIsCanceled(), "is_canceled"), RawJson.owning(json));
    }

    static EnrollmentApproval enrollmentApproval(JsonObject json) {
        var m = read(json, io.github.unifysequences.generated.model.ApproveEnrollmentSuccessResponse.class);
        return new EnrollmentApproval(req(m.getId(), "id"),
                req(m.getIsDraftApprovalPending(), "is_draft_approval_pending"), RawJson.owning(json));
    }

    static QueryJob queryJob(JsonObject json) {
        JsonElement total = json.get("total_rows");
        return new QueryJob(string(json, "job_id"), enumValue(json, "status", QueryJobStatus::of),
                total == null || total.isJsonNull() ? OptionalLong.empty() : OptionalLong.of(total.getAsLong()),
                Optional.ofNullable(rawString(json, "error_code")), timestamp(json, "created_at"),
                timestamp(json, "expires_at"), timestamp(json, "canceled_at"), RawJson.owning(json));
    }

    /**
     * Result rows are read straight from the JSON rather than through the generated model: the export reads
     * millions of them, and their ids and timestamps are plain strings in the spec anyway.
     */
    static SequenceEnrollment sequenceEnrollment(JsonObject json) {
        return new SequenceEnrollment(string(json, "id"), req(timestamp(json, "updated_at").orElse(null), "updated_at"),
                enumValue(json, "status", EnrollmentStatus::of),
                bool(json, "is_blocked"), bool(json, "is_bounced"), bool(json, "is_canceled"), bool(json, "is_opted_out"),
                bool(json, "is_paused"), bool(json, "is_replied"), integer(json, "version"),
                timestamp(json, "started_at"), timestamp(json, "ended_at"),
                bulkSequence(req(object(json, "sequence"), "sequence")),
                bulkMailbox(req(object(json, "mailbox"), "mailbox")),
                bulkPerson(req(object(json, "person"), "person")),
                optionalObject(json, "enrolled_by_play", p -> new BulkPlay(string(p, "id"), string(p, "name"))),
                optionalObject(json, "reply_email_message", ModelMapper::bulkReply),
                RawJson.owning(json));
    }

    static SequenceEnrollmentStep sequenceEnrollmentStep(JsonObject json) {
        JsonObject enrollment = req(object(json, "enrollment"), "enrollment");
        return new SequenceEnrollmentStep(string(json, "id"), req(timestamp(json, "updated_at").orElse(null), "updated_at"),
                Optional.ofNullable(rawString(json, "type")).map(StepType::of),
                enumValue(json, "status", EnrollmentStepStatus::of),
                bool(json, "is_blocked"), bool(json, "is_bounced"), bool(json, "is_canceled"), bool(json, "is_opted_out"),
                bool(json, "is_paused"), bool(json, "is_replied"),
                bulkSequence(req(object(json, "sequence"), "sequence")), integer(json, "step_number"),
                timestamp(json, "started_at"), timestamp(json, "ended_at"),
                string(enrollment, "id"),
                bulkMailbox(req(object(enrollment, "mailbox"), "enrollment.mailbox")),
                bulkPerson(req(object(enrollment, "person"), "enrollment.person")),
                optionalObject(json, "email_message", ModelMapper::bulkEmail),
                optionalObject(json, "reply_email_message", ModelMapper::bulkReply),
                RawJson.owning(json));
    }

    private static BulkSequence bulkSequence(JsonObject json) {
        return new BulkSequence(string(json, "id"), Optional.ofNullable(rawString(json, "name")), integer(json, "version"));
    }

    private static BulkMailbox bulkMailbox(JsonObject json) {
        return new BulkMailbox(string(json, "id"), Optional.ofNullable(rawString(json, "email_address")));
    }

    private static BulkPerson bulkPerson(JsonObject json) {
        return new BulkPerson(string(json, "id"), string(json, "email"), Optional.ofNullable(rawString(json, "first_name")),
                Optional.ofNullable(rawString(json, "last_name")), Optional.ofNullable(rawString(json, "linkedin_url")),
                optionalObject(json, "company", c -> new BulkCompany(string(c, "id"),
                        Optional.ofNullable(rawString(c, "name")), string(c, "domain"),
                        Optional.ofNullable(rawString(c, "linkedin_url")))));
    }

    private static BulkEmailMessage bulkEmail(JsonObject json) {
        return new BulkEmailMessage(string(json, "id"), Optional.ofNullable(rawString(json, "subject")),
                timestamp(json, "sent_at"), Optional.ofNullable(rawString(json, "from_email_address")),
                bool(json, "is_bounced"), bool(json, "is_opted_out"),
                integer(json, "clicks").orElse(0), integer(json, "opens").orElse(0));
    }

    private static ReplyMessage bulkReply(JsonObject json) {
        return new ReplyMessage(java.util.UUID.fromString(string(json, "id")), Optional.ofNullable(rawString(json, "subject")),
                list(json, "classifications", ModelMapper::classification), Optional.empty());
    }

    private static String string(JsonObject json, String field) {
        return req(rawString(json, field), field);
    }

    private static boolean bool(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value != null && !value.isJsonNull() && value.getAsBoolean();
    }

    private static Optional<Integer> integer(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value == null || value.isJsonNull() ? Optional.empty() : Optional.of(value.getAsInt());
    }

    private static Optional<OffsetDateTime> timestamp(JsonObject json, String field) {
        return Optional.ofNullable(rawString(json, field)).map(OffsetDateTime::parse);
    }

    static JsonArray array(JsonObject json, String field) {
        JsonElement value = json.get(field);
        if (value == null || !value.isJsonArray()) {
            throw new JsonParseException("required array '" + field + "' is missing");
        }
        return value.getAsJsonArray();
    }
}
