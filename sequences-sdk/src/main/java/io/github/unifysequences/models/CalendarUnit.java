package io.github.unifysequences.models;

/**
 * A unit of time used by task due dates (MINUTE to WEEK) and re-enrollment blocks (MINUTE to YEAR).
 *
 * <p>Forward compatible: see {@link ApiEnum}.
 */
public final class CalendarUnit extends ApiEnum<CalendarUnit.Value> {
    private static final Constants<CalendarUnit> KNOWN = new Constants<>(CalendarUnit.class, CalendarUnit::new);

    /** {@code MINUTE}. */
    public static final CalendarUnit MINUTE = KNOWN.add("MINUTE");
    /** {@code HOUR}. */
    public static final CalendarUnit HOUR = KNOWN.add("HOUR");
    /** {@code DAY}. */
    public static final CalendarUnit DAY = KNOWN.add("DAY");
    /** {@code WEEK}. */
    public static final CalendarUnit WEEK = KNOWN.add("WEEK");
    /** {@code MONTH}. */
    public static final CalendarUnit MONTH = KNOWN.add("MONTH");
    /** {@code YEAR}. */
    public static final CalendarUnit YEAR = KNOWN.add("YEAR");

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
     * @return the constant for a value this SDK version knows ({@code of("X") == X}), else a new value that
     *     keeps the string as given
     * @throws IllegalArgumentException if {@code value} is {@code null}
     */
    public static CalendarUnit of(String value) {
        return KNOWN.of(value);
    }
}
