package io.github.unifysequences.models;

/**
 * A unit of time used by task due dates (MINUTE to WEEK) and re-enrollment blocks (MINUTE to YEAR).
 *
 * <p>Forward compatible: see {@link ApiEnum}.
 */
public final class CalendarUnit extends ApiEnum<CalendarUnit.Value> {
    /** {@code MINUTE}. */
    public static final CalendarUnit MINUTE = new CalendarUnit("MINUTE");
    /** {@code HOUR}. */
    public static final CalendarUnit HOUR = new CalendarUnit("HOUR");
    /** {@code DAY}. */
    public static final CalendarUnit DAY = new CalendarUnit("DAY");
    /** {@code WEEK}. */
    public static final CalendarUnit WEEK = new CalendarUnit("WEEK");
    /** {@code MONTH}. */
    public static final CalendarUnit MONTH = new CalendarUnit("MONTH");
    /** {@code YEAR}. */
    public static final CalendarUnit YEAR = new CalendarUnit("YEAR");

    /** The values this SDK version knows, plus {@code UNKNOWN} for any other. */
    public enum Value {
        /** {@code MINUTE}. */
        MINUTE,
        /** {@code HOUR}. */
        HOUR,
        /** {@code DAY}. */
        DAY,
        /** {@code WEEK}. */
        WEEK,
        /** {@code MONTH}. */
        MONTH,
        /** {@code YEAR}. */
        YEAR,
        /** A value this SDK version does not know; see {@link ApiEnum#asString()}. */
        UNKNOWN
    }

    private CalendarUnit(String value) {
        super(value, Value.class);
    }

    /**
     * @param value the value as the API spells it
     * @return the value, known or not
     */
    public static CalendarUnit of(String value) {
        return new CalendarUnit(value);
    }
}
