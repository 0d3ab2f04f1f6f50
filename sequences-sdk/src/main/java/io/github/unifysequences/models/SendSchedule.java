package io.github.unifysequences.models;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The schedule that decides when a sequence's emails may be sent. The weekday windows and excluded
 * dates are in the owning {@link Sequence#rawJson()} under {@code send_schedule.rules}.
 *
 * @param id the schedule id
 * @param createdAt when the schedule was created
 * @param updatedAt when the schedule was last changed
 * @param isDefault whether this is the account's default schedule
 * @param name the display name
 * @param timeZone the IANA time zone the windows are expressed in, such as {@code America/New_York}
 * @param skipUsHolidays whether nothing is sent on US holidays
 */
public record SendSchedule(
        UUID id,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        boolean isDefault,
        String name,
        String timeZone,
        boolean skipUsHolidays) {
}
