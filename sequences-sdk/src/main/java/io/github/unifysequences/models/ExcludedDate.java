package io.github.unifysequences.models;

import java.time.LocalDate;

/**
 * A day on which a schedule sends nothing.
 *
 * @param date the day
 * @param recursYearly whether the same day is excluded every year
 */
public record ExcludedDate(LocalDate date, boolean recursYearly) {
}
