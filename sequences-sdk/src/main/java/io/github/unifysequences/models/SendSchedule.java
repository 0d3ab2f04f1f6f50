package io.github.unifysequences.models;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The schedule that decides when a sequence's emails may be sent: time windows per weekday, in a time
 * zone, minus holidays and excluded dates.
 *
 * @param id the schedule id
 * @param createdAt when the schedule was created
 * @param updatedAt when the schedule was last changed
 * @param isDefault whether this is the account's default schedule
 * @param name the display name
 * @param timeZone the IANA time zone the windows are expressed in, such as {@code America/New_York}
 * @param sendDays the sending windows of each weekday; a day with no windows sends nothing
 * @param skipUsHolidays whether nothing is sent on US holidays
 * @param excludedDates further days on which nothing is sent
 */
public record SendSchedule(
        UUID id,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        boolean isDefault,
        String name,
        String timeZone,
        Map<DayOfWeek, List<SendWindow>> sendDays,
        boolean skipUsHolidays,
        List<ExcludedDate> excludedDates) {

    /**
     * Creates the value; collections are copied so it stays immutable.
     *
     * @param id the schedule id
     * @param createdAt when the schedule was created
     * @param updatedAt when the schedule was last changed
     * @param isDefault whether this is the account's default schedule
     * @param name the display name
     * @param timeZone the IANA time zone the windows are expressed in
     * @param sendDays the sending windows of each weekday
     * @param skipUsHolidays whether nothing is sent on US holidays
     * @param excludedDates further days on which nothing is sent
     */
    public SendSchedule {
        Map<DayOfWeek, List<SendWindow>> days = new EnumMap<>(DayOfWeek.class);
        sendDays.forEach((day, windows) -> days.put(day, List.copyOf(windows)));
        sendDays = Collections.unmodifiableMap(days);
        excludedDates = List.copyOf(excludedDates);
    }
}
