package io.github.unifysequences.models;

import java.math.BigDecimal;

/**
 * A due date relative to the start of a step, such as "2 DAY".
 *
 * @param amount how many units
 * @param unit the unit (MINUTE, HOUR, DAY or WEEK)
 */
public record RelativeDueAt(BigDecimal amount, CalendarUnit unit) {
}
