package io.github.unifysequences.models;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The one place where API JSON becomes domain types: each mapper reads the fields it needs straight from the
 * JSON tree the client parsed.
 *
 * <p>The generated models are not used on this path: reading them out of the tree made Gson walk every item
 * twice and cost more than the HTTP exchange of a list page (docs/PERFORMANCE.md, problem 1). The field names
 * here are the spec's; the round trip of every example body in the tests catches a spec change that renames
 * one. Enum values keep the raw string, because the generated enums collapse unknown values into one constant.
 *
 * <p>Every mapper keeps the object it is given as the value's {@link RawJson} without copying it, so callers
 * pass only trees nobody else holds: {@link UnifyJson}'s public methods copy the application's object first,
 * {@link OwnedJson} is for trees the client has just parsed itself.
 */
final class ModelMapper {

    private ModelMapper() {
    }

    static <T> T req(T value, String field) {
        if (value == null) {
            throw new JsonParseException("required field '" + field + "' is missing or null");
        }
        return value;
    }

    /** @return the field's value, or {@code null} when it is absent or JSON {@code null} */
    private static JsonElement value(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value == null || value.isJsonNull() ? null : value;
    }

    /** @return the field's JSON string, or {@code null} when it is absent or JSON {@code null} */
    private static String rawString(JsonObject json, String field) {
        JsonPrimitive value = primitive(json, field);
        if (value != null && !value.isString()) {
            throw JsonValues.refused(field, "must be a string");
        }
        return value == null ? null : value.getAsString();
    }

    /** @return the field's value if it is a string, number or boolean; {@code null} when absent or JSON {@code null} */
    private static JsonPrimitive primitive(JsonObject json, String field) {
        JsonElement value = value(json, field);
        if (value != null && !value.isJsonPrimitive()) {
            throw JsonValues.refused(field, "must be a string, number or boolean, not " + (value.isJsonArray() ? "an array" : "an object"));
        }
        return value == null ? null : value.getAsJsonPrimitive();
    }

    /** @return the field's number exactly as written, or {@code null} when it is absent or JSON {@code null} */
    private static String numberLiteral(JsonObject json, String field) {
        JsonPrimitive value = primitive(json, field);
        if (value != null && !value.isNumber()) {
            throw JsonValues.refused(field, "must be a number");
        }
        return value == null ? null : value.getAsString();
    }

    private static String string(JsonObject json, String field) {
        return req(rawString(json, field), field);
    }

    private static Optional<String> optionalString(JsonObject json, String field) {
        return Optional.ofNullable(rawString(json, field));
    }

    /** @return the field's string read by {@code parse}, or {@code null} when it is absent or JSON {@code null} */
    private static <T> T parsed(JsonObject json, String field, BiFunction<String, String, T> parse) {
        String value = rawString(json, field);
        return value == null ? null : parse.apply(field, value);
    }

    private static UUID nullableUuid(JsonObject json, String field) {
        return parsed(json, field, JsonValues::uuid);
    }

    private static UUID uuid(JsonObject json, String field) {
        return req(nullableUuid(json, field), field);
    }

    private static OffsetDateTime nullableTime(JsonObject json, String field) {
        return parsed(json, field, JsonValues::timestamp);
    }

    private static OffsetDateTime time(JsonObject json, String field) {
        return req(nullableTime(json, field), field);
    }

    private static Optional<OffsetDateTime> timestamp(JsonObject json, String field) {
        return Optional.ofNullable(nullableTime(json, field));
    }

    private static Boolean nullableBool(JsonObject json, String field) {
        JsonPrimitive value = primitive(json, field);
        if (value != null && !value.isBoolean()) {
            throw JsonValues.refused(field, "must be true or false");
        }
        return value == null ? null : value.getAsBoolean();
    }

    /** A flag the API leaves out or sends as {@code null} is false. */
    private static boolean bool(JsonObject json, String field) {
        return Boolean.TRUE.equals(nullableBool(json, field));
    }

    private static boolean requiredBool(JsonObject json, String field) {
        return req(nullableBool(json, field), field);
    }

    private static Optional<Integer> integer(JsonObject json, String field) {
        String literal = numberLiteral(json, field);
        return literal == null ? Optional.empty() : Optional.of(JsonValues.int32(field, literal));
    }

    private static JsonObject object(JsonObject json, String field) {
        JsonElement value = value(json, field);
        if (value != null && !value.isJsonObject()) {
            throw JsonValues.refused(field, "must be an object");
        }
        return value == null ? null : value.getAsJsonObject();
    }

    private static JsonObject requiredObject(JsonObject json, String field) {
        return req(object(json, field), field);
    }

    private static <T> Optional<T> optionalObject(JsonObject json, String field, Function<JsonObject, T> mapper) {
        JsonObject value = object(json, field);
        return value == null ? Optional.empty() : Optional.of(mapper.apply(value));
    }

    /** A list the API leaves out or sends as {@code null} is empty; the records copy the lists they are given. */
    private static <T> List<T> list(JsonObject json, String field, BiFunction<String, JsonElement, T> mapper) {
        JsonElement value = value(json, field);
        if (value == null) {
            return List.of();
        }
        if (!value.isJsonArray()) {
            throw JsonValues.refused(field, "must be an array");
        }
        JsonArray array = value.getAsJsonArray();
        List<T> result = new ArrayList<>(array.size());
        String item = field + "[]";
        for (JsonElement element : array) {
            result.add(mapper.apply(item, element));
        }
        return result;
    }

    private static String stringItem(String field, JsonElement element) {
        if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
            throw JsonValues.refused(field, "must be a string");
        }
        return element.getAsString();
    }

    private static <T> List<T> objects(JsonObject json, String field, Function<JsonObject, T> mapper) {
        return list(json, field, (item, element) -> {
            if (!element.isJsonObject()) {
                throw JsonValues.refused(item, "must be an object");
            }
            return mapper.apply(element.getAsJsonObject());
        });
    }

    private static <E> E enumValue(JsonObject json, String field, Function<String, E> of) {
        return of.apply(string(json, field));
    }

    static Sequence sequence(JsonObject json) {
        JsonObject owner = requiredObject(json, "owner");
        return new Sequence(uuid(json, "id"), time(json, "created_at"), time(json, "updated_at"),
                new SequenceOwner(uuid(owner, "id"), rawString(owner, "email"),
                        optionalString(owner, "first_name"), optionalString(owner, "last_name")),
                string(json, "name"), requiredBool(json, "is_paused"),
                optionalObject(json, "send_schedule", ModelMapper::sendSchedule),
                optionalObject(json, "sequence_ruleset", ModelMapper::ruleset),
                RawJson.owning(json));
    }

    /** The API keys send days "1" (Monday) to "7" (Sunday), ISO's numbering. */
    private static SendSchedule sendSchedule(JsonObject json) {
        JsonObject rules = requiredObject(json, "rules");
        JsonObject days = requiredObject(rules, "send_days");
        Map<DayOfWeek, List<SendWindow>> sendDays = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            sendDays.put(day, objects(days, Integer.toString(day.getValue()), ModelMapper::window));
        }
        return new SendSchedule(nullableUuid(json, "id"), nullableTime(json, "created_at"),
                nullableTime(json, "updated_at"), bool(json, "is_default"), rawString(json, "name"),
                rawString(rules, "time_zone"), sendDays, bool(rules, "skip_us_holidays"),
                objects(rules, "excluded_dates", d -> new ExcludedDate(JsonValues.date("date", string(d, "date")),
                        bool(d, "should_recur"))));
    }

    private static SendWindow window(JsonObject json) {
        return new SendWindow(localTime(requiredObject(json, "start_time")), localTime(requiredObject(json, "end_time")));
    }

    private static LocalTime localTime(JsonObject json) {
        int hour = req(integer(json, "hour").orElse(null), "hour");
        int minute = req(integer(json, "minute").orElse(null), "minute");
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            throw JsonValues.refused("hour/minute", "must be a time of day, was " + hour + ":" + minute);
        }
        return LocalTime.of(hour, minute);
    }

    private static SequenceRuleset ruleset(JsonObject json) {
        return new SequenceRuleset(nullableUuid(json, "id"), nullableTime(json, "created_at"),
                nullableTime(json, "updated_at"), rawString(json, "name"), bool(json, "is_default"),
                enumValue(json, "automatic_enrollment_task_assignment", TaskAssignment::of),
                Optional.ofNullable(nullableUuid(json, "automatic_enrollment_task_assignment_user_id")),
                enumValue(json, "manual_enrollment_task_assignment", TaskAssignment::of),
                Optional.ofNullable(nullableUuid(json, "manual_enrollment_task_assignment_user_id")),
                optionalString(json, "opt_out_message"),
                bool(json, "allow_same_sequence_reenrollment"),
                integer(json, "block_reenrollment_value"),
                optionalString(json, "block_reenrollment_units").map(CalendarUnit::of));
    }

    static SequenceStep sequenceStep(JsonObject json) {
        StepCommon common = stepCommon(json);
        StepType type = enumValue(json, "type", StepType::of);
        RawJson raw = RawJson.owning(json);
        switch (type.value()) {
            case AUTOMATIC_EMAIL:
                return new AutomaticEmailStep(common, email(requiredObject(json, "config")), raw);
            case MANUAL_EMAIL:
                JsonObject manual = requiredObject(json, "config");
                return new ManualEmailStep(common, email(manual), task(manual), raw);
            case ACTION_ITEM, PHONE_CALL, MANUAL_LINKEDIN_CONNECTION, MANUAL_LINKEDIN_MESSAGE, MANUAL_LINKEDIN_PROFILE_VIEW:
                JsonObject task = requiredObject(json, "config");
                return new TaskStep(common, type, task(task), optionalString(task, "note_content"), raw);
            default:
                return new UnknownStep(common, type, raw);
        }
    }

    private static StepCommon stepCommon(JsonObject json) {
        return new StepCommon(uuid(json, "id"), rawString(json, "key"), nullableTime(json, "created_at"),
                nullableTime(json, "updated_at"), nullableUuid(json, "sequence_id"), integer(json, "version_number"),
                objects(json, "dependencies", ModelMapper::dependency));
    }

    private static StepDependency dependency(JsonObject json) {
        return new StepDependency(Optional.ofNullable(nullableUuid(json, "parent_step_id")),
                optionalObject(json, "condition", ModelMapper::condition));
    }

    static StepCondition condition(JsonObject json) {
        String type = string(json, "type");
        RawJson raw = RawJson.owning(json);
        switch (type) {
            case "TIMER":
                return new TimerCondition(integer(json, "duration_value"),
                        enumValue(json, "duration_unit", DurationUnit::of), raw);
            case "AND":
                return new AndCondition(objects(json, "subconditions", ModelMapper::condition), raw);
            case "OR":
                return new OrCondition(objects(json, "subconditions", ModelMapper::condition), raw);
            default:
                return new UnknownCondition(type, raw);
        }
    }

    private static EmailContent email(JsonObject config) {
        return new EmailContent(bool(config, "is_root_message"), optionalString(config, "subject"),
                optionalString(config, "fallback_subject"), string(config, "body"),
                list(config, "cc_recipients", ModelMapper::stringItem),
                list(config, "bcc_recipients", ModelMapper::stringItem));
    }

    private static TaskSettings task(JsonObject config) {
        return new TaskSettings(enumValue(config, "task_priority", TaskPriority::of),
                bool(config, "auto_skip_on_due_date"),
                optionalObject(config, "relative_due_at", due -> new RelativeDueAt(
                        JsonValues.number("num_units_of_time", req(numberLiteral(due, "num_units_of_time"), "num_units_of_time")),
                        enumValue(due, "unit_of_time", CalendarUnit::of))));
    }

    static Enrollment enrollment(JsonObject json) {
        JsonObject sequence = requiredObject(json, "sequence");
        return new Enrollment(
                uuid(json, "id"), time(json, "created_at"), time(json, "updated_at"),
                new SequenceRef(uuid(sequence, "id"), rawString(sequence, "name"), bool(sequence, "is_paused")),
                person(requiredObject(json, "person")),
                mailbox(requiredObject(json, "mailbox")),
                optionalObject(json, "enrolled_by_play", p -> new Play(nullableUuid(p, "id"), rawString(p, "name"))),
                optionalObject(json, "reply_email_message", ModelMapper::replyMessage),
                enumValue(json, "status", EnrollmentStatus::of),
                bool(json, "is_blocked"), bool(json, "is_bounced"), bool(json, "is_canceled"), bool(json, "is_excluded"),
                bool(json, "is_opted_out"), bool(json, "is_paused"), bool(json, "is_replied"),
                timestamp(json, "started_at"), timestamp(json, "ended_at"),
                Optional.ofNullable(nullableBool(json, "is_draft_approval_pending")),
                RawJson.owning(json));
    }

    private static Person person(JsonObject json) {
        return new Person(uuid(json, "id"), rawString(json, "email"), optionalString(json, "first_name"),
                optionalString(json, "last_name"), optionalString(json, "linkedin_url"));
    }

    private static Mailbox mailbox(JsonObject json) {
        return new Mailbox(uuid(json, "id"), rawString(json, "email"), optionalString(json, "display_name"),
                bool(json, "is_paused"), bool(json, "is_unauthorized"));
    }

    private static ReplyMessage replyMessage(JsonObject json) {
        return new ReplyMessage(nullableUuid(json, "id"), optionalString(json, "subject"),
                objects(json, "classifications", ModelMapper::classification), timestamp(json, "received_at"));
    }

    private static ReplyClassification classification(JsonObject json) {
        return new ReplyClassification(uuid(json, "id"), enumValue(json, "category", ReplyCategory::of));
    }

    static EnrollmentStep enrollmentStep(JsonObject json) {
        return new EnrollmentStep(
                uuid(json, "id"), nullableTime(json, "created_at"), nullableTime(json, "updated_at"),
                nullableUuid(json, "enrollment_id"), nullableUuid(json, "sequence_id"), nullableUuid(json, "step_id"),
                enumValue(json, "type", StepType::of), enumValue(json, "status", EnrollmentStepStatus::of),
                integer(json, "step_number"),
                optionalObject(json, "email", e -> new EnrollmentStepEmail(string(e, "version_id"),
                        bool(e, "is_ready"), optionalString(e, "subject"), optionalString(e, "fallback_subject"),
                        optionalString(e, "body"))),
                RawJson.owning(json));
    }

    static PauseState pauseState(JsonObject json) {
        return new PauseState(uuid(json, "id"), requiredBool(json, "is_paused"), RawJson.owning(json));
    }

    static SequenceDeletion sequenceDeletion(JsonObject json) {
        return new SequenceDeletion(uuid(json, "id"), requiredBool(json, "is_deleted"), RawJson.owning(json));
    }

    static EnrollmentCancellation enrollmentCancellation(JsonObject json) {
        return new EnrollmentCancellation(uuid(json, "id"), requiredBool(json, "is_canceled"), RawJson.owning(json));
    }

    static EnrollmentApproval enrollmentApproval(JsonObject json) {
        return new EnrollmentApproval(uuid(json, "id"), requiredBool(json, "is_draft_approval_pending"),
                RawJson.owning(json));
    }

    static QueryJob queryJob(JsonObject json) {
        String total = numberLiteral(json, "total_rows");
        return new QueryJob(string(json, "job_id"), enumValue(json, "status", QueryJobStatus::of),
                total == null ? OptionalLong.empty() : OptionalLong.of(JsonValues.int64("total_rows", total)),
                optionalString(json, "error_code"), timestamp(json, "created_at"),
                timestamp(json, "expires_at"), timestamp(json, "canceled_at"), RawJson.owning(json));
    }

    static JsonArray array(JsonObject json, String field) {
        JsonElement value = json.get(field);
        if (value == null || !value.isJsonArray()) {
            throw new JsonParseException("required array '" + field + "' is missing");
        }
        return value.getAsJsonArray();
    }
}
