package io.github.unifysequences.models;

/**
 * The unit of a timer condition's duration. The API spells these in lower case.
 *
 * <p>Forward compatible: see {@link ApiEnum}.
 */
public final class DurationUnit extends ApiEnum<DurationUnit.Value> {
    /** {@code seconds}. */
    public static final DurationUnit SECONDS = new DurationUnit("seconds");
    /** {@code minutes}. */
    public static final DurationUnit MINUTES = new DurationUnit("minutes");
    /** {@code hours}. */
    public static final DurationUnit HOURS = new DurationUnit("hours");
    /** {@code days}. */
    public static final DurationUnit DAYS = new DurationUnit("days");
    /** {@code weeks}. */
    public static final DurationUnit WEEKS = new DurationUnit("weeks");

    /** The values this SDK version knows, plus {@code UNKNOWN} for any other. */
    public enum Value {
        /** {@code seconds}. */
        SECONDS,
        /** {@code minutes}. */
        MINUTES,
        /** {@code hours}. */
        HOURS,
        /** {@code days}. */
        DAYS,
        /** {@code weeks}. */
        WEEKS,
        /** A value this SDK version does not know; see {@link ApiEnum#asString()}. */
        UNKNOWN
    }

    private DurationUnit(String value) {
        super(value, Value.class);
    }

    /**
     * @param value the value as the API spells it
     * @return the value, known or not
     */
    public static DurationUnit of(String value) {
        return new DurationUnit(value);
    }
}
