package io.github.unifysequences.models;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.unifysequences.internal.Check;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The filters shared by both kinds of query job: ids of the row, its sequence, person, company and mailbox,
 * timestamp ranges and state flags. Every filter is optional; none at all exports every row. Immutable;
 * validated when built, so nothing is sent for an invalid filter.
 *
 * <p>See {@link EnrollmentQueryParams} and {@link EnrollmentStepQueryParams} for the filters of each kind.
 */
public abstract class QueryJobParams {
    private final JsonObject filter;
    private final Map<String, JsonElement> additionalBody;
    /** The shared filters as they were set, for {@code toBuilder()}; {@link #filter} is what they send. */
    private final Map<String, DateRange> ranges;

    private final Map<String, String> ids;
    private final Map<String, Boolean> flags;
    private final @Nullable SetFilter<String> rowIds;
    private final @Nullable String mailboxId;
    private final @Nullable String mailboxEmail;

    QueryJobParams(Builder<?> builder) {
        if (builder.mailboxId != null && builder.mailboxEmail != null) {
            throw new IllegalArgumentException("filter the mailbox by id or by email address, not both");
        }
        JsonObject json = new JsonObject();
        builder.ranges.forEach((field, range) -> json.add(field, range(range)));
        builder.ids.forEach((field, id) -> json.add(field, idFilter(field, id)));
        if (builder.mailboxId != null) {
            json.add(
                    "mailbox",
                    property("id", Check.uuid("mailboxId", builder.mailboxId).toString()));
        }
        if (builder.mailboxEmail != null) {
            json.add("mailbox", property("email_address", Check.email("mailboxEmail", builder.mailboxEmail)));
        }
        if (builder.rowIds != null) {
            json.add("id", set(builder.rowIds, id -> Check.text("id", id)));
        }
        builder.flags.forEach(json::addProperty);
        this.filter = json;
        this.additionalBody = Additional.body(builder.additionalBody);
        // In the order set, so that a copy sends its filter's properties in the same order.
        this.ranges = new LinkedHashMap<>(builder.ranges);
        this.ids = new LinkedHashMap<>(builder.ids);
        this.flags = new LinkedHashMap<>(builder.flags);
        this.rowIds = builder.rowIds;
        this.mailboxId = builder.mailboxId;
        this.mailboxEmail = builder.mailboxEmail;
    }

    /**
     * The create body's {@code filter}, exactly as it is sent.
     *
     * @return a copy of the filter as JSON; an empty object when no filter is set
     */
    public JsonObject toJson() {
        return filter.deepCopy();
    }

    /**
     * @return request-body properties the SDK does not model, by JSON name, sent beside the SDK's own; empty when
     *     none were added. Unmodifiable; each value is a copy.
     */
    public Map<String, JsonElement> additionalBodyProperties() {
        return Additional.body(additionalBody);
    }

    /** Adds a kind's own filters; called once by the subclass constructor. */
    final void put(String field, JsonObject value) {
        filter.add(field, value);
    }

    final void put(String field, int value) {
        filter.addProperty(field, value);
    }

    static <T> JsonObject set(SetFilter<T> filter, Function<T, String> asString) {
        JsonArray values = new JsonArray();
        filter.values().forEach(value -> values.add(asString.apply(value)));
        JsonObject json = new JsonObject();
        json.add(filter.isIn() ? "in" : "not_in", values);
        return json;
    }

    /**
     * An enum filter, by raw strings: a value this SDK version does not know (one a newer spec added) is sent as
     * given, and the API decides.
     */
    static <E extends ApiEnum<?>> JsonObject enumSet(SetFilter<E> filter) {
        return set(filter, ApiEnum::asString);
    }

    static JsonObject idFilter(String field, String id) {
        return property("id", Check.uuid(field + "Id", id).toString());
    }

    private static JsonObject property(String name, String value) {
        JsonObject json = new JsonObject();
        json.addProperty(name, value);
        return json;
    }

    private static JsonObject range(DateRange range) {
        JsonObject json = new JsonObject();
        range.gt().ifPresent(at -> json.addProperty("gt", at.toString()));
        range.gte().ifPresent(at -> json.addProperty("gte", at.toString()));
        range.lt().ifPresent(at -> json.addProperty("lt", at.toString()));
        range.lte().ifPresent(at -> json.addProperty("lte", at.toString()));
        return json;
    }

    /**
     * @return a builder holding every filter of these params, additional body properties included; building it
     *     unchanged gives params equal to these
     */
    public abstract Builder<?> toBuilder();

    /** Equal when the same job would be asked for: the same kind, the same filter and additional properties. */
    @Override
    public final boolean equals(Object other) {
        if (other == null || other.getClass() != getClass()) {
            return false;
        }
        QueryJobParams that = (QueryJobParams) other;
        return filter.equals(that.filter) && additionalBody.equals(that.additionalBody);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(getClass(), filter, additionalBody);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + filter;
    }

    /**
     * The shared part of both builders. Not thread-safe.
     *
     * @param <B> the concrete builder, so chained calls keep its own methods
     */
    public abstract static class Builder<B extends Builder<B>> {
        private final Map<String, DateRange> ranges = new LinkedHashMap<>();
        private final Map<String, String> ids = new LinkedHashMap<>();
        private final Map<String, Boolean> flags = new LinkedHashMap<>();
        private @Nullable SetFilter<String> rowIds;
        private @Nullable String mailboxId;
        private @Nullable String mailboxEmail;
        private final Map<String, JsonElement> additionalBody = new LinkedHashMap<>();

        Builder() {}

        abstract B self();

        /** Fills the builder with the shared filters of {@code params}: where each {@code toBuilder()} starts. */
        final B from(QueryJobParams params) {
            ranges.putAll(params.ranges);
            ids.putAll(params.ids);
            flags.putAll(params.flags);
            rowIds = params.rowIds;
            mailboxId = params.mailboxId;
            mailboxEmail = params.mailboxEmail;
            additionalBody.putAll(params.additionalBody);
            return self();
        }

        /**
         * @param ids match rows whose own id is, or is not, in the set; the spec types these ids as plain strings, so
         *     any non-blank string without control characters is sent as it is
         * @return this builder
         * @throws IllegalArgumentException if {@code ids} is {@code null}
         */
        public B id(SetFilter<String> ids) {
            this.rowIds = Check.notNull("id", ids);
            return self();
        }

        /**
         * @param sequenceId match rows of this sequence (UUID)
         * @return this builder
         */
        public B sequenceId(String sequenceId) {
            ids.put("sequence", sequenceId);
            return self();
        }

        /**
         * @param personId match rows of this person (UUID)
         * @return this builder
         */
        public B personId(String personId) {
            ids.put("person", personId);
            return self();
        }

        /**
         * @param companyId match rows of people at this company (UUID)
         * @return this builder
         */
        public B companyId(String companyId) {
            ids.put("company", companyId);
            return self();
        }

        /**
         * @param mailboxId match rows sending from this mailbox (UUID); excludes {@link #mailboxEmail}
         * @return this builder
         */
        public B mailboxId(String mailboxId) {
            this.mailboxId = mailboxId;
            return self();
        }

        /**
         * @param emailAddress match rows sending from the mailbox with this address; excludes {@link #mailboxId}
         * @return this builder
         */
        public B mailboxEmail(String emailAddress) {
            this.mailboxEmail = emailAddress;
            return self();
        }

        /**
         * @param range match rows last updated within the range
         * @return this builder
         * @throws IllegalArgumentException if {@code range} is {@code null}
         */
        public B updatedAt(DateRange range) {
            ranges.put("updated_at", Check.notNull("updatedAt", range));
            return self();
        }

        /**
         * @param range match rows started within the range
         * @return this builder
         * @throws IllegalArgumentException if {@code range} is {@code null}
         */
        public B startedAt(DateRange range) {
            ranges.put("started_at", Check.notNull("startedAt", range));
            return self();
        }

        /**
         * @param range match rows ended within the range
         * @return this builder
         * @throws IllegalArgumentException if {@code range} is {@code null}
         */
        public B endedAt(DateRange range) {
            ranges.put("ended_at", Check.notNull("endedAt", range));
            return self();
        }

        /**
         * Sends a request-body property this SDK version does not model (for example one a newer spec added). It
         * does not replace a property the SDK sets itself.
         *
         * @param name the property's JSON name
         * @param value its JSON value
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or the value null
         */
        public B putAdditionalBodyProperty(String name, JsonElement value) {
            Additional.putBody(additionalBody, name, value);
            return self();
        }

        /**
         * @param blocked match rows that are (or are not) blocked from sending
         * @return this builder
         */
        public B isBlocked(boolean blocked) {
            flags.put("is_blocked", blocked);
            return self();
        }

        /**
         * @param bounced match rows whose email did (or did not) bounce
         * @return this builder
         */
        public B isBounced(boolean bounced) {
            flags.put("is_bounced", bounced);
            return self();
        }

        /**
         * @param canceled match rows that are (or are not) cancelled
         * @return this builder
         */
        public B isCanceled(boolean canceled) {
            flags.put("is_canceled", canceled);
            return self();
        }

        /**
         * @param optedOut match rows whose person did (or did not) opt out
         * @return this builder
         */
        public B isOptedOut(boolean optedOut) {
            flags.put("is_opted_out", optedOut);
            return self();
        }

        /**
         * @param paused match rows that are (or are not) paused
         * @return this builder
         */
        public B isPaused(boolean paused) {
            flags.put("is_paused", paused);
            return self();
        }

        /**
         * @param replied match rows whose person did (or did not) reply
         * @return this builder
         */
        public B isReplied(boolean replied) {
            flags.put("is_replied", replied);
            return self();
        }
    }
}
