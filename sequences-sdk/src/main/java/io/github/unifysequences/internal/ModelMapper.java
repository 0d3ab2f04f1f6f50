package io.github.unifysequences.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import io.github.unifysequences.models.AndCondition;
import io.github.unifysequences.models.AutomaticEmailStep;
import io.github.unifysequences.models.CalendarUnit;
import io.github.unifysequences.models.DurationUnit;
import io.github.unifysequences.models.EmailContent;
import io.github.unifysequences.models.Enrollment;
import io.github.unifysequences.models.EnrollmentApproval;
import io.github.unifysequences.models.EnrollmentCancellation;
import io.github.unifysequences.models.EnrollmentStatus;
import io.github.unifysequences.models.EnrollmentStep;
import io.github.unifysequences.models.EnrollmentStepEmail;
import io.github.unifysequences.models.EnrollmentStepStatus;
import io.github.unifysequences.models.ExcludedDate;
import io.github.unifysequences.models.Mailbox;
import io.github.unifysequences.models.ManualEmailStep;
import io.github.unifysequences.models.OrCondition;
import io.github.unifysequences.models.PauseState;
import io.github.unifysequences.models.Person;
import io.github.unifysequences.models.Play;
import io.github.unifysequences.models.QueryJob;
import io.github.unifysequences.models.QueryJobStatus;
import io.github.unifysequences.models.RawJson;
import io.github.unifysequences.models.RelativeDueAt;
import io.github.unifysequences.models.ReplyCategory;
import io.github.unifysequences.models.ReplyClassification;
import io.github.unifysequences.models.ReplyMessage;
import io.github.unifysequences.models.SendSchedule;
import io.github.unifysequences.models.SendWindow;
import io.github.unifysequences.models.Sequence;
import io.github.unifysequences.models.SequenceDeletion;
import io.github.unifysequences.models.SequenceOwner;
import io.github.unifysequences.models.SequenceRef;
import io.github.unifysequences.models.SequenceRuleset;
import io.github.unifysequences.models.SequenceStep;
import io.github.unifysequences.models.StepCommon;
import io.github.unifysequences.models.StepCondition;
import io.github.unifysequences.models.StepDependency;
import io.github.unifysequences.models.StepType;
import io.github.unifysequences.models.TaskAssignment;
import io.github.unifysequences.models.TaskPriority;
import io.github.unifysequences.models.TaskSettings;
import io.github.unifysequences.models.TaskStep;
import io.github.unifysequences.models.TimerCondition;
import io.github.unifysequences.models.UnknownCondition;
import io.github.unifysequences.models.UnknownStep;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The one place where a response's JSON tree becomes domain types, and the one place that knows each of their
 * fields' wire names and whether the API must send them.
 *
 * <p>Every reader is named by what an absent field (or a JSON {@code null}) gives, one rule for all of them:
 * <ul>
 *   <li>{@code requiredX(json, field)}: the value, never {@code null}; absent is a {@link JsonParseException}
 *       naming the field;</li>
 *   <li>{@code optionalX(json, field)}: the value or {@code null}; the model shows it as empty (or {@code null}
 *       where its accessor is {@code @Nullable});</li>
 *   <li>{@code xOrFalse} / {@code xOrEmpty}: the API's rule for flags and lists, absent is {@code false} or an
 *       empty list.</li>
 * </ul>
 * A present value of the wrong kind is refused by {@link JsonValues}'s rule, whatever the reader.
 *
 * <p>The generated models are not used on this path: reading them out of the tree made Gson walk every item
 * twice and cost more than the HTTP exchange of a list page (docs/PERFORMANCE.md, problem 1). The field names
 * here are the spec's; the round trip of every example body in the tests catches a spec change that renames
 * one. Enum values keep the raw string, because the generated enums collapse unknown values into one constant.
 *
 * <p>Every mapper keeps the object it is given as the value's {@link RawJson} without copying it, so callers
 * pass only trees nobody else holds: {@code UnifyJson}'s public methods copy the application's object first,
 * {@link OwnedJson} is for trees the client has just parsed itself.
 */
final class ModelMapper {

    private ModelMapper() {}

    /** The rule's one message for a required field that is absent or {@code null}. */
    static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new JsonParseException("required field '" + field + "' is missing or null");
        }
        return value;
    }

    /** @return the field's value, or {@code null} when it is absent or JSON {@code null} */
    private static @Nullable JsonElement value(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value == null || value.isJsonNull() ? null : value;
    }

    /** @return the field's value if it is a string, number or boolean; {@code null} when absent or JSON {@code null} */
    private static @Nullable JsonPrimitive primitive(JsonObject json, String field) {
        JsonElement value = value(json, field);
        if (value != null && !value.isJsonPrimitive()) {
            throw JsonValues.refused(
                    field,
                    "must be a string, number or boolean, not " + (value.isJsonArray() ? "an array" : "an object"));
        }
        return value == null ? null : value.getAsJsonPrimitive();
    }

    static @Nullable String optionalString(JsonObject json, String field) {
        JsonPrimitive value = primitive(json, field);
        if (value != null && !value.isString()) {
            throw JsonValues.refused(field, "must be a string");
        }
        return value == null ? null : value.getAsString();
    }

    static String requiredString(JsonObject json, String field) {
        return required(optionalString(json, field), field);
    }

    /** @return the field's number exactly as written, or {@code null} when it is absent or JSON {@code null} */
    private static @Nullable String optionalNumber(JsonObject json, String field) {
        JsonPrimitive value = primitive(json, field);
        if (value != null && !value.isNumber()) {
            throw JsonValues.refused(field, "must be a number");
        }
        return value == null ? null : value.getAsString();
    }

    static @Nullable Integer optionalInt(JsonObject json, String field) {
        String literal = optionalNumber(json, field);
        return literal == null ? null : JsonValues.int32(field, literal);
    }

    private static int requiredInt(JsonObject json, String field) {
        return required(optionalInt(json, field), field);
    }

    static @Nullable Long optionalLong(JsonObject json, String field) {
        String literal = optionalNumber(json, field);
        return literal == null ? null : JsonValues.int64(field, literal);
    }

    static long requiredLong(JsonObject json, String field) {
        return required(optionalLong(json, field), field);
    }

    /** @return the field's string read by {@code parse}, or {@code null} when it is absent or JSON {@code null} */
    private static <T> @Nullable T optionalParsed(JsonObject json, String field, BiFunction<String, String, T> parse) {
        String value = optionalString(json, field);
        return value == null ? null : parse.apply(field, value);
    }

    private static @Nullable UUID optionalUuid(JsonObject json, String field) {
        return optionalParsed(json, field, JsonValues::uuid);
    }

    private static UUID requiredUuid(JsonObject json, String field) {
        return required(optionalUuid(json, field), field);
    }

    private static @Nullable OffsetDateTime optionalTimestamp(JsonObject json, String field) {
        return optionalParsed(json, field, JsonValues::timestamp);
    }

    private static OffsetDateTime requiredTimestamp(JsonObject json, String field) {
        return required(optionalTimestamp(json, field), field);
    }

    private static @Nullable Boolean optionalBool(JsonObject json, String field) {
        JsonPrimitive value = primitive(json, field);
        if (value != null && !value.isBoolean()) {
            throw JsonValues.refused(field, "must be true or false");
        }
        return value == null ? null : value.getAsBoolean();
    }

    private static boolean requiredBool(JsonObject json, String field) {
        return required(optionalBool(json, field), field);
    }

    /** A flag the API leaves out or sends as {@code null} is false. */
    private static boolean boolOrFalse(JsonObject json, String field) {
        return Boolean.TRUE.equals(optionalBool(json, field));
    }

    private static <E> @Nullable E optionalEnum(JsonObject json, String field, Function<String, E> of) {
        String value = optionalString(json, field);
        return value == null ? null : of.apply(value);
    }

    private static <E> E requiredEnum(JsonObject json, String field, Function<String, E> of) {
        return of.apply(requiredString(json, field));
    }

    private static @Nullable JsonObject optionalObject(JsonObject json, String field) {
        JsonElement value = value(json, field);
        if (value != null && !value.isJsonObject()) {
            throw JsonValues.refused(field, "must be an object");
        }
        return value == null ? null : value.getAsJsonObject();
    }

    private static JsonObject requiredObject(JsonObject json, String field) {
        return required(optionalObject(json, field), field);
    }

    private static <T> @Nullable T optionalObject(JsonObject json, String field, Function<JsonObject, T> mapper) {
        JsonObject value = optionalObject(json, field);
        return value == null ? null : mapper.apply(value);
    }

    /** A list the API leaves out or sends as {@code null} is empty; the models copy the lists they are given. */
    private static <T> List<T> listOrEmpty(JsonObject json, String field, BiFunction<String, JsonElement, T> mapper) {
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

    private static <T> List<T> objectsOrEmpty(JsonObject json, String field, Function<JsonObject, T> mapper) {
        return listOrEmpty(json, field, (item, element) -> {
            if (!element.isJsonObject()) {
                throw JsonValues.refused(item, "must be an object");
            }
            return mapper.apply(element.getAsJsonObject());
        });
    }

    private static RawJson owned(JsonObject json) {
        return RawJsonAccess.factory().owning(json);
    }

    static Sequence sequence(JsonObject json) {
        JsonObject owner = requiredObject(json, "owner");
        return Sequence.builder()
                .id(requiredUuid(json, "id"))
                .createdAt(requiredTimestamp(json, "created_at"))
                .updatedAt(requiredTimestamp(json, "updated_at"))
                .owner(SequenceOwner.builder()
                        .id(requiredUuid(owner, "id"))
                        .email(optionalString(owner, "email"))
                        .firstName(optionalString(owner, "first_name"))
                        .lastName(optionalString(owner, "last_name"))
                        .build())
                .name(requiredString(json, "name"))
                .isPaused(requiredBool(json, "is_paused"))
                .sendSchedule(optionalObject(json, "send_schedule", ModelMapper::sendSchedule))
                .ruleset(optionalObject(json, "sequence_ruleset", ModelMapper::ruleset))
                .rawJson(owned(json))
                .build();
    }

    /** The API keys send days "1" (Monday) to "7" (Sunday), ISO's numbering. */
    private static SendSchedule sendSchedule(JsonObject json) {
        JsonObject rules = requiredObject(json, "rules");
        JsonObject days = requiredObject(rules, "send_days");
        Map<DayOfWeek, List<SendWindow>> sendDays = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            sendDays.put(day, objectsOrEmpty(days, Integer.toString(day.getValue()), ModelMapper::window));
        }
        return SendSchedule.builder()
                .id(optionalUuid(json, "id"))
                .createdAt(optionalTimestamp(json, "created_at"))
                .updatedAt(optionalTimestamp(json, "updated_at"))
                .isDefault(boolOrFalse(json, "is_default"))
                .name(optionalString(json, "name"))
                .timeZone(optionalString(rules, "time_zone"))
                .sendDays(sendDays)
                .skipUsHolidays(boolOrFalse(rules, "skip_us_holidays"))
                .excludedDates(objectsOrEmpty(
                        rules,
                        "excluded_dates",
                        d -> ExcludedDate.builder()
                                .date(JsonValues.date("date", requiredString(d, "date")))
                                .recursYearly(boolOrFalse(d, "should_recur"))
                                .build()))
                .build();
    }

    private static SendWindow window(JsonObject json) {
        return SendWindow.builder()
                .start(localTime(requiredObject(json, "start_time")))
                .end(localTime(requiredObject(json, "end_time")))
                .build();
    }

    private static LocalTime localTime(JsonObject json) {
        int hour = requiredInt(json, "hour");
        int minute = requiredInt(json, "minute");
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            throw JsonValues.refused("hour/minute", "must be a time of day, was " + hour + ":" + minute);
        }
        return LocalTime.of(hour, minute);
    }

    private static SequenceRuleset ruleset(JsonObject json) {
        return SequenceRuleset.builder()
                .id(optionalUuid(json, "id"))
                .createdAt(optionalTimestamp(json, "created_at"))
                .updatedAt(optionalTimestamp(json, "updated_at"))
                .name(optionalString(json, "name"))
                .isDefault(boolOrFalse(json, "is_default"))
                .automaticEnrollmentTaskAssignment(
                        requiredEnum(json, "automatic_enrollment_task_assignment", TaskAssignment::of))
                .automaticEnrollmentTaskAssignmentUserId(
                        optionalUuid(json, "automatic_enrollment_task_assignment_user_id"))
                .manualEnrollmentTaskAssignment(
                        requiredEnum(json, "manual_enrollment_task_assignment", TaskAssignment::of))
                .manualEnrollmentTaskAssignmentUserId(optionalUuid(json, "manual_enrollment_task_assignment_user_id"))
                .optOutMessage(optionalString(json, "opt_out_message"))
                .allowSameSequenceReenrollment(boolOrFalse(json, "allow_same_sequence_reenrollment"))
                .blockReenrollmentValue(optionalInt(json, "block_reenrollment_value"))
                .blockReenrollmentUnits(optionalEnum(json, "block_reenrollment_units", CalendarUnit::of))
                .build();
    }

    static SequenceStep sequenceStep(JsonObject json) {
        StepCommon common = stepCommon(json);
        StepType type = requiredEnum(json, "type", StepType::of);
        RawJson raw = owned(json);
        switch (type.value()) {
            case AUTOMATIC_EMAIL:
                return AutomaticEmailStep.builder()
                        .common(common)
                        .email(email(requiredObject(json, "config")))
                        .rawJson(raw)
                        .build();
            case MANUAL_EMAIL:
                JsonObject manual = requiredObject(json, "config");
                return ManualEmailStep.builder()
                        .common(common)
                        .email(email(manual))
                        .task(task(manual))
                        .rawJson(raw)
                        .build();
            case ACTION_ITEM,
                    PHONE_CALL,
                    MANUAL_LINKEDIN_CONNECTION,
                    MANUAL_LINKEDIN_MESSAGE,
                    MANUAL_LINKEDIN_PROFILE_VIEW:
                JsonObject task = requiredObject(json, "config");
                return TaskStep.builder()
                        .common(common)
                        .type(type)
                        .task(task(task))
                        .noteContent(optionalString(task, "note_content"))
                        .rawJson(raw)
                        .build();
            default:
                return UnknownStep.builder()
                        .common(common)
                        .type(type)
                        .rawJson(raw)
                        .build();
        }
    }

    private static StepCommon stepCommon(JsonObject json) {
        return StepCommon.builder()
                .id(requiredUuid(json, "id"))
                .key(optionalString(json, "key"))
                .createdAt(optionalTimestamp(json, "created_at"))
                .updatedAt(optionalTimestamp(json, "updated_at"))
                .sequenceId(optionalUuid(json, "sequence_id"))
                .versionNumber(optionalInt(json, "version_number"))
                .dependencies(objectsOrEmpty(json, "dependencies", ModelMapper::dependency))
                .build();
    }

    private static StepDependency dependency(JsonObject json) {
        return StepDependency.builder()
                .parentStepId(optionalUuid(json, "parent_step_id"))
                .condition(optionalObject(json, "condition", ModelMapper::condition))
                .build();
    }

    private static StepCondition condition(JsonObject json) {
        String type = requiredString(json, "type");
        RawJson raw = owned(json);
        switch (type) {
            case "TIMER":
                return TimerCondition.builder()
                        .durationValue(optionalInt(json, "duration_value"))
                        .durationUnit(requiredEnum(json, "duration_unit", DurationUnit::of))
                        .rawJson(raw)
                        .build();
            case "AND":
                return AndCondition.builder()
                        .subconditions(objectsOrEmpty(json, "subconditions", ModelMapper::condition))
                        .rawJson(raw)
                        .build();
            case "OR":
                return OrCondition.builder()
                        .subconditions(objectsOrEmpty(json, "subconditions", ModelMapper::condition))
                        .rawJson(raw)
                        .build();
            default:
                return UnknownCondition.builder().type(type).rawJson(raw).build();
        }
    }

    private static EmailContent email(JsonObject config) {
        return EmailContent.builder()
                .isRootMessage(boolOrFalse(config, "is_root_message"))
                .subject(optionalString(config, "subject"))
                .fallbackSubject(optionalString(config, "fallback_subject"))
                .body(requiredString(config, "body"))
                .ccRecipients(listOrEmpty(config, "cc_recipients", ModelMapper::stringItem))
                .bccRecipients(listOrEmpty(config, "bcc_recipients", ModelMapper::stringItem))
                .build();
    }

    private static TaskSettings task(JsonObject config) {
        return TaskSettings.builder()
                .priority(requiredEnum(config, "task_priority", TaskPriority::of))
                .autoSkipOnDueDate(boolOrFalse(config, "auto_skip_on_due_date"))
                .relativeDueAt(optionalObject(
                        config,
                        "relative_due_at",
                        due -> RelativeDueAt.builder()
                                .amount(JsonValues.number(
                                        "num_units_of_time",
                                        required(optionalNumber(due, "num_units_of_time"), "num_units_of_time")))
                                .unit(requiredEnum(due, "unit_of_time", CalendarUnit::of))
                                .build()))
                .build();
    }

    static Enrollment enrollment(JsonObject json) {
        JsonObject sequence = requiredObject(json, "sequence");
        return Enrollment.builder()
                .id(requiredUuid(json, "id"))
                .createdAt(requiredTimestamp(json, "created_at"))
                .updatedAt(requiredTimestamp(json, "updated_at"))
                .sequence(SequenceRef.builder()
                        .id(requiredUuid(sequence, "id"))
                        .name(optionalString(sequence, "name"))
                        .isPaused(boolOrFalse(sequence, "is_paused"))
                        .build())
                .person(person(requiredObject(json, "person")))
                .mailbox(mailbox(requiredObject(json, "mailbox")))
                .enrolledByPlay(optionalObject(
                        json,
                        "enrolled_by_play",
                        p -> Play.builder()
                                .id(optionalUuid(p, "id"))
                                .name(optionalString(p, "name"))
                                .build()))
                .replyEmailMessage(optionalObject(json, "reply_email_message", ModelMapper::replyMessage))
                .status(requiredEnum(json, "status", EnrollmentStatus::of))
                .isBlocked(boolOrFalse(json, "is_blocked"))
                .isBounced(boolOrFalse(json, "is_bounced"))
                .isCanceled(boolOrFalse(json, "is_canceled"))
                .isExcluded(boolOrFalse(json, "is_excluded"))
                .isOptedOut(boolOrFalse(json, "is_opted_out"))
                .isPaused(boolOrFalse(json, "is_paused"))
                .isReplied(boolOrFalse(json, "is_replied"))
                .startedAt(optionalTimestamp(json, "started_at"))
                .endedAt(optionalTimestamp(json, "ended_at"))
                .isDraftApprovalPending(optionalBool(json, "is_draft_approval_pending"))
                .rawJson(owned(json))
                .build();
    }

    private static Person person(JsonObject json) {
        return Person.builder()
                .id(requiredUuid(json, "id"))
                .email(optionalString(json, "email"))
                .firstName(optionalString(json, "first_name"))
                .lastName(optionalString(json, "last_name"))
                .linkedinUrl(optionalString(json, "linkedin_url"))
                .build();
    }

    private static Mailbox mailbox(JsonObject json) {
        return Mailbox.builder()
                .id(requiredUuid(json, "id"))
                .email(optionalString(json, "email"))
                .displayName(optionalString(json, "display_name"))
                .isPaused(boolOrFalse(json, "is_paused"))
                .isUnauthorized(boolOrFalse(json, "is_unauthorized"))
                .build();
    }

    /** Also the reply of an export row, which {@link RowReader} hands over as a tree: replies are few. */
    static ReplyMessage replyMessage(JsonObject json) {
        return ReplyMessage.builder()
                .id(optionalUuid(json, "id"))
                .subject(optionalString(json, "subject"))
                .classifications(objectsOrEmpty(
                        json,
                        "classifications",
                        c -> ReplyClassification.builder()
                                .id(requiredUuid(c, "id"))
                                .category(requiredEnum(c, "category", ReplyCategory::of))
                                .build()))
                .receivedAt(optionalTimestamp(json, "received_at"))
                .build();
    }

    static EnrollmentStep enrollmentStep(JsonObject json) {
        return EnrollmentStep.builder()
                .id(requiredUuid(json, "id"))
                .createdAt(optionalTimestamp(json, "created_at"))
                .updatedAt(optionalTimestamp(json, "updated_at"))
                .enrollmentId(optionalUuid(json, "enrollment_id"))
                .sequenceId(optionalUuid(json, "sequence_id"))
                .stepId(optionalUuid(json, "step_id"))
                .type(requiredEnum(json, "type", StepType::of))
                .status(requiredEnum(json, "status", EnrollmentStepStatus::of))
                .stepNumber(optionalInt(json, "step_number"))
                .email(optionalObject(
                        json,
                        "email",
                        e -> EnrollmentStepEmail.builder()
                                .versionId(requiredString(e, "version_id"))
                                .isReady(boolOrFalse(e, "is_ready"))
                                .subject(optionalString(e, "subject"))
                                .fallbackSubject(optionalString(e, "fallback_subject"))
                                .body(optionalString(e, "body"))
                                .build()))
                .rawJson(owned(json))
                .build();
    }

    static PauseState pauseState(JsonObject json) {
        return PauseState.builder()
                .id(requiredUuid(json, "id"))
                .isPaused(requiredBool(json, "is_paused"))
                .rawJson(owned(json))
                .build();
    }

    static SequenceDeletion sequenceDeletion(JsonObject json) {
        return SequenceDeletion.builder()
                .id(requiredUuid(json, "id"))
                .isDeleted(requiredBool(json, "is_deleted"))
                .rawJson(owned(json))
                .build();
    }

    static EnrollmentCancellation enrollmentCancellation(JsonObject json) {
        return EnrollmentCancellation.builder()
                .id(requiredUuid(json, "id"))
                .isCanceled(requiredBool(json, "is_canceled"))
                .rawJson(owned(json))
                .build();
    }

    static EnrollmentApproval enrollmentApproval(JsonObject json) {
        return EnrollmentApproval.builder()
                .id(requiredUuid(json, "id"))
                .isDraftApprovalPending(requiredBool(json, "is_draft_approval_pending"))
                .rawJson(owned(json))
                .build();
    }

    static QueryJob queryJob(JsonObject json) {
        return QueryJob.builder()
                .id(requiredString(json, "job_id"))
                .status(requiredEnum(json, "status", QueryJobStatus::of))
                .totalRows(optionalLong(json, "total_rows"))
                .errorCode(optionalString(json, "error_code"))
                .createdAt(optionalTimestamp(json, "created_at"))
                .expiresAt(optionalTimestamp(json, "expires_at"))
                .canceledAt(optionalTimestamp(json, "canceled_at"))
                .rawJson(owned(json))
                .build();
    }

    static JsonArray requiredArray(JsonObject json, String field) {
        JsonElement value = json.get(field);
        if (value == null || !value.isJsonArray()) {
            throw new JsonParseException("required array '" + field + "' is missing");
        }
        return value.getAsJsonArray();
    }
}
