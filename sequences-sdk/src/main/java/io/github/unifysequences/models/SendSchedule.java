package io.github.unifysequences.models;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The schedule that decides when a sequence's emails may be sent: time windows per weekday, in a time
 * zone, minus holidays and excluded dates.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class SendSchedule {
    private final @Nullable UUID id;
    private final @Nullable OffsetDateTime createdAt;
    private final @Nullable OffsetDateTime updatedAt;
    private final boolean isDefault;
    private final @Nullable String name;
    private final @Nullable String timeZone;
    private final Map<DayOfWeek, List<SendWindow>> sendDays;
    private final boolean skipUsHolidays;
    private final List<ExcludedDate> excludedDates;

    private SendSchedule(Builder builder) {
        this.id = builder.id;
        this.createdAt = builder.createdAt;
        this.updatedAt = builder.updatedAt;
        this.isDefault = builder.isDefault;
        this.name = builder.name;
        this.timeZone = builder.timeZone;
        this.sendDays = copy(builder.sendDays);
        this.skipUsHolidays = builder.skipUsHolidays;
        this.excludedDates = List.copyOf(builder.excludedDates);
    }

    /** @return the schedule id; {@code null} when the API did not send it */
    public @Nullable UUID id() {
        return id;
    }

    /** @return when the schedule was created; {@code null} when the API did not send it */
    public @Nullable OffsetDateTime createdAt() {
        return createdAt;
    }

    /** @return when the schedule was last changed; {@code null} when the API did not send it */
    public @Nullable OffsetDateTime updatedAt() {
        return updatedAt;
    }

    /** @return whether this is the account's default schedule */
    public boolean isDefault() {
        return isDefault;
    }

    /** @return the display name; {@code null} when the API did not send it */
    public @Nullable String name() {
        return name;
    }

    /**
     * @return the IANA time zone the windows are expressed in, such as {@code America/New_York}; {@code null} when
     *     the API did not send it
     */
    public @Nullable String timeZone() {
        return timeZone;
    }

    /** @return the sending windows of each weekday; a day with no windows sends nothing */
    public Map<DayOfWeek, List<SendWindow>> sendDays() {
        return sendDays;
    }

    /** @return whether nothing is sent on US holidays */
    public boolean skipUsHolidays() {
        return skipUsHolidays;
    }

    /** @return further days on which nothing is sent */
    public List<ExcludedDate> excludedDates() {
        return excludedDates;
    }

    /** @return a builder with every optional field empty, every flag false and every list empty */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.createdAt = createdAt;
        builder.updatedAt = updatedAt;
        builder.isDefault = isDefault;
        builder.name = name;
        builder.timeZone = timeZone;
        builder.sendDays = sendDays;
        builder.skipUsHolidays = skipUsHolidays;
        builder.excludedDates = excludedDates;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SendSchedule that
                && Objects.equals(id, that.id)
                && Objects.equals(createdAt, that.createdAt)
                && Objects.equals(updatedAt, that.updatedAt)
                && isDefault == that.isDefault
                && Objects.equals(name, that.name)
                && Objects.equals(timeZone, that.timeZone)
                && Objects.equals(sendDays, that.sendDays)
                && skipUsHolidays == that.skipUsHolidays
                && Objects.equals(excludedDates, that.excludedDates);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                id, createdAt, updatedAt, isDefault, name, timeZone, sendDays, skipUsHolidays, excludedDates);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "SendSchedule[" + "id=" + id()
                + ", createdAt=" + createdAt()
                + ", updatedAt=" + updatedAt()
                + ", isDefault=" + isDefault()
                + ", name=" + name()
                + ", timeZone=" + timeZone()
                + ", sendDays=" + sendDays()
                + ", skipUsHolidays=" + skipUsHolidays()
                + ", excludedDates=" + excludedDates() + "]";
    }

    private static Map<DayOfWeek, List<SendWindow>> copy(Map<DayOfWeek, List<SendWindow>> sendDays) {
        Map<DayOfWeek, List<SendWindow>> days = new EnumMap<>(DayOfWeek.class);
        sendDays.forEach((day, windows) -> days.put(day, List.copyOf(windows)));
        return Collections.unmodifiableMap(days);
    }

    /**
     * Builds a {@link SendSchedule}, for tests and fixtures; {@link #build()} checks that every required field is
     *     set.
     */
    public static final class Builder {
        private @Nullable UUID id;
        private @Nullable OffsetDateTime createdAt;
        private @Nullable OffsetDateTime updatedAt;
        private boolean isDefault;
        private @Nullable String name;
        private @Nullable String timeZone;
        private Map<DayOfWeek, List<SendWindow>> sendDays = Map.of();
        private boolean skipUsHolidays;
        private List<ExcludedDate> excludedDates = List.of();

        private Builder() {}

        /**
         * @param id the schedule id; {@code null} when unknown
         * @return this builder
         */
        public Builder id(@Nullable UUID id) {
            this.id = id;
            return this;
        }

        /**
         * @param createdAt when the schedule was created; {@code null} when unknown
         * @return this builder
         */
        public Builder createdAt(@Nullable OffsetDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * @param updatedAt when the schedule was last changed; {@code null} when unknown
         * @return this builder
         */
        public Builder updatedAt(@Nullable OffsetDateTime updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        /**
         * @param isDefault whether this is the account's default schedule
         * @return this builder
         */
        public Builder isDefault(boolean isDefault) {
            this.isDefault = isDefault;
            return this;
        }

        /**
         * @param name the display name; {@code null} when unknown
         * @return this builder
         */
        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        /**
         * @param timeZone the IANA time zone the windows are expressed in, such as {@code America/New_York}; {@code
         *     null} when unknown
         * @return this builder
         */
        public Builder timeZone(@Nullable String timeZone) {
            this.timeZone = timeZone;
            return this;
        }

        /**
         * @param sendDays the sending windows of each weekday; a day with no windows sends nothing; copied on
         *     {@link #build()}
         * @return this builder
         */
        public Builder sendDays(Map<DayOfWeek, List<SendWindow>> sendDays) {
            this.sendDays = Objects.requireNonNull(sendDays, "sendDays");
            return this;
        }

        /**
         * @param skipUsHolidays whether nothing is sent on US holidays
         * @return this builder
         */
        public Builder skipUsHolidays(boolean skipUsHolidays) {
            this.skipUsHolidays = skipUsHolidays;
            return this;
        }

        /**
         * @param excludedDates further days on which nothing is sent; copied on {@link #build()}
         * @return this builder
         */
        public Builder excludedDates(List<ExcludedDate> excludedDates) {
            this.excludedDates = Objects.requireNonNull(excludedDates, "excludedDates");
            return this;
        }

        /**
         * @return a new {@code SendSchedule}
         */
        public SendSchedule build() {
            return new SendSchedule(this);
        }
    }
}
