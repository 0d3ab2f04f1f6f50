package io.github.unifysequences.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Parses a query-job {@code filter} (the spec's {@code CreateBulkApiSequence*JobFilter} schemas) into a
 * row predicate, validating as it goes: in/not_in sets, gt/gte/lt/lte ranges, mailbox by id or email.
 * Unknown keys are rejected so that a misspelt filter is not silently ignored (a sandbox choice).
 */
final class JobFilter<T> {
    private static final Set<String> FLAGS =
            Set.of("is_blocked", "is_bounced", "is_canceled", "is_opted_out", "is_paused", "is_replied");

    private final Function<T, Enrollment> enrollmentOf;
    private final Function<T, String> idOf;
    private final ToLongFunction<T> updatedAt;
    private final ToLongFunction<T> startedAt;
    private final ToLongFunction<T> endedAt;
    private final Validation v;
    private Predicate<T> predicate = row -> true;

    private JobFilter(
            Function<T, Enrollment> enrollmentOf,
            Function<T, String> idOf,
            ToLongFunction<T> updatedAt,
            ToLongFunction<T> startedAt,
            ToLongFunction<T> endedAt,
            Validation v) {
        this.enrollmentOf = enrollmentOf;
        this.idOf = idOf;
        this.updatedAt = updatedAt;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.v = v;
    }

    static Predicate<Enrollment> enrollments(JsonObject filter, Validation v) {
        JobFilter<Enrollment> f =
                new JobFilter<>(e -> e, e -> e.id.toString(), e -> e.updatedAt, e -> e.startedAt, e -> e.endedAt, v);
        for (Map.Entry<String, JsonElement> entry : filter.entrySet()) {
            String key = entry.getKey();
            JsonElement value = entry.getValue();
            if (key.equals("status")) {
                f.set(value, Enums.ENROLLMENT_STATUSES, e -> e.status.name(), key);
            } else if (key.equals("enrolled_by_play")) {
                f.set(value, null, e -> e.play == null ? null : e.play.id().toString(), key);
            } else {
                f.common(key, value);
            }
        }
        return f.predicate;
    }

    static Predicate<EnrollmentStepView> steps(JsonObject filter, Validation v) {
        JobFilter<EnrollmentStepView> f = new JobFilter<>(
                s -> s.enrollment,
                s -> s.id().toString(),
                EnrollmentStepView::updatedAt,
                EnrollmentStepView::startedAt,
                EnrollmentStepView::endedAt,
                v);
        for (Map.Entry<String, JsonElement> entry : filter.entrySet()) {
            String key = entry.getKey();
            JsonElement value = entry.getValue();
            switch (key) {
                case "status":
                    f.set(value, Enums.STEP_STATUSES, s -> s.status().name(), key);
                    break;
                case "type":
                    f.set(value, Enums.ENROLLMENT_STEP_TYPES, s -> s.step.type().name(), key);
                    break;
                case "enrollment":
                    f.uuidFilter(value, s -> s.enrollment.id.toString(), key);
                    break;
                case "step_number":
                    f.stepNumber(value, EnrollmentStepView::stepNumber);
                    break;
                default:
                    f.common(key, value);
            }
        }
        return f.predicate;
    }

    private void and(Predicate<T> p) {
        predicate = predicate.and(p);
    }

    private void common(String key, JsonElement value) {
        switch (key) {
            case "updated_at":
                range(value, updatedAt, key);
                break;
            case "started_at":
                range(value, startedAt, key);
                break;
            case "ended_at":
                range(value, endedAt, key);
                break;
            case "id":
                set(value, null, idOf, key);
                break;
            case "sequence":
                uuidFilter(value, row -> enrollmentOf.apply(row).sequence.id.toString(), key);
                break;
            case "person":
                uuidFilter(value, row -> enrollmentOf.apply(row).person.id.toString(), key);
                break;
            case "company":
                uuidFilter(
                        value,
                        row -> {
                            Model.Company c = enrollmentOf.apply(row).person.company;
                            return c == null ? null : c.id().toString();
                        },
                        key);
                break;
            case "mailbox":
                mailbox(value);
                break;
            default:
                if (FLAGS.contains(key)) {
                    flag(value, key);
                } else {
                    v.add("unknown_field", "Unknown filter field.", "filter", key);
                }
        }
    }

    private void flag(JsonElement value, String key) {
        if (!isBoolean(value)) {
            v.add("invalid_type", "Expected a boolean.", "filter", key);
            return;
        }
        int bit = flagBit(key);
        boolean wanted = value.getAsBoolean();
        and(row -> enrollmentOf.apply(row).has(bit) == wanted);
    }

    private static int flagBit(String key) {
        switch (key) {
            case "is_blocked":
                return Enrollment.BLOCKED;
            case "is_bounced":
                return Enrollment.BOUNCED;
            case "is_canceled":
                return Enrollment.CANCELED;
            case "is_opted_out":
                return Enrollment.OPTED_OUT;
            case "is_paused":
                return Enrollment.PAUSED;
            default:
                return Enrollment.REPLIED;
        }
    }

    /** {@code {in: [...]}} and/or {@code {not_in: [...]}}, each non-empty; {@code allowed} checks enum values. */
    private void set(JsonElement value, Set<String> allowed, Function<T, String> field, String key) {
        if (!value.isJsonObject()) {
            v.add("invalid_type", "Expected an object with `in` or `not_in`.", "filter", key);
            return;
        }
        JsonObject obj = value.getAsJsonObject();
        if (!obj.has("in") && !obj.has("not_in")) {
            v.add("required", "Give `in` or `not_in`.", "filter", key);
        }
        for (Map.Entry<String, JsonElement> op : obj.entrySet()) {
            Set<String> values = stringSet(op.getValue(), allowed, key, op.getKey());
            if (values == null) {
                continue;
            }
            if (op.getKey().equals("in")) {
                and(row -> values.contains(field.apply(row)));
            } else if (op.getKey().equals("not_in")) {
                and(row -> !values.contains(field.apply(row)));
            } else {
                v.add("unknown_field", "Unknown set operator.", "filter", key, op.getKey());
            }
        }
    }

    private Set<String> stringSet(JsonElement value, Set<String> allowed, String key, String op) {
        if (!value.isJsonArray() || value.getAsJsonArray().isEmpty()) {
            v.add("invalid_type", "Expected a non-empty array of strings.", "filter", key, op);
            return null;
        }
        Set<String> values = new HashSet<>();
        int i = 0;
        for (JsonElement item : value.getAsJsonArray()) {
            if (!isString(item)) {
                v.add("invalid_type", "Expected a string.", "filter", key, op, i);
            } else if (allowed == null) {
                // Ids: the rows hold lower-case UUID text, so match ids case-insensitively.
                values.add(item.getAsString().toLowerCase(Locale.ROOT));
            } else if (v.enumValue(item.getAsString(), allowed, "filter", key, op, i) != null) {
                values.add(item.getAsString());
            }
            i++;
        }
        return values;
    }

    /** gt/gte/lt/lte date-time bounds: at least one, and never both gt+gte or lt+lte. */
    private void range(JsonElement value, ToLongFunction<T> field, String key) {
        if (!value.isJsonObject() || value.getAsJsonObject().isEmpty()) {
            v.add("invalid_type", "Expected an object with at least one of gt, gte, lt, lte.", "filter", key);
            return;
        }
        JsonObject obj = value.getAsJsonObject();
        if (obj.has("gt") && obj.has("gte")) {
            v.add("mutually_exclusive", "`gt` and `gte` cannot be combined.", "filter", key);
        }
        if (obj.has("lt") && obj.has("lte")) {
            v.add("mutually_exclusive", "`lt` and `lte` cannot be combined.", "filter", key);
        }
        for (Map.Entry<String, JsonElement> bound : obj.entrySet()) {
            String op = bound.getKey();
            if (!Set.of("gt", "gte", "lt", "lte").contains(op)) {
                v.add("unknown_field", "Unknown range operator.", "filter", key, op);
                continue;
            }
            Instant at =
                    isString(bound.getValue()) ? v.dateTime(bound.getValue().getAsString(), "filter", key, op) : null;
            if (!isString(bound.getValue())) {
                v.add("invalid_type", "Expected a date-time string.", "filter", key, op);
            }
            if (at == null) {
                continue;
            }
            long t = at.toEpochMilli();
            and(row -> {
                long x = field.applyAsLong(row);
                if (x == Json.NO_TIME) {
                    return false;
                }
                switch (op) {
                    case "gt":
                        return x > t;
                    case "gte":
                        return x >= t;
                    case "lt":
                        return x < t;
                    default:
                        return x <= t;
                }
            });
        }
    }

    private void uuidFilter(JsonElement value, Function<T, String> field, String key) {
        if (!value.isJsonObject() || !isString(value.getAsJsonObject().get("id"))) {
            v.add("invalid_type", "Expected {\"id\": string}.", "filter", key);
            return;
        }
        for (String extra : value.getAsJsonObject().keySet()) {
            if (!extra.equals("id")) {
                v.add("unknown_field", "Unknown field.", "filter", key, extra);
            }
        }
        String id = value.getAsJsonObject().get("id").getAsString();
        and(row -> id.equalsIgnoreCase(field.apply(row)));
    }

    private void mailbox(JsonElement value) {
        JsonObject obj = value.isJsonObject() ? value.getAsJsonObject() : null;
        if (obj == null || (!isString(obj.get("id")) && !isString(obj.get("email_address")))) {
            v.add("invalid_type", "Expected {\"id\": string} or {\"email_address\": string}.", "filter", "mailbox");
            return;
        }
        for (String key : obj.keySet()) {
            if (!key.equals("id") && !key.equals("email_address")) {
                v.add("unknown_field", "Unknown field.", "filter", "mailbox", key);
            }
        }
        if (isString(obj.get("id"))) {
            String id = obj.get("id").getAsString();
            and(row -> enrollmentOf.apply(row).mailbox.id().toString().equalsIgnoreCase(id));
        }
        if (isString(obj.get("email_address"))) {
            String email = obj.get("email_address").getAsString().toLowerCase(Locale.ROOT);
            and(row -> enrollmentOf
                    .apply(row)
                    .mailbox
                    .email()
                    .toLowerCase(Locale.ROOT)
                    .equals(email));
        }
    }

    /** A step without a number yet ({@code null}) matches no number. */
    private void stepNumber(JsonElement value, Function<T, Integer> numberOf) {
        if (!(value instanceof JsonPrimitive)
                || !value.getAsJsonPrimitive().isNumber()
                || value.getAsDouble() != Math.rint(value.getAsDouble())
                || value.getAsDouble() < 1) {
            v.add("invalid_type", "Expected an integer >= 1.", "filter", "step_number");
            return;
        }
        int number = value.getAsInt();
        and(row -> Integer.valueOf(number).equals(numberOf.apply(row)));
    }

    static boolean isString(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
    }

    static boolean isBoolean(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean();
    }
}
