package io.github.unifysequences.models;

/**
 * The unit of a timer condition's duration. The API spells these in lower case.
 *
 * <p>Forward compatible: see {@link ApiEnum}.
 */
public final class DurationUnit extends ApiEnum<DurationUnit.Value> {
    private static final Constants<DurationUnit> KNOWN = new Constants<>(DurationUnit.class, DurationUnit::new);

    /** {@code seconds}. */
    public static final DurationUnit SECONDS = KNOWN.add("seconds");
    /** {@code minutes}. */
    public static final DurationUnit MINUTES = KNOWN.add("minutes");
    /** {@code hours}. */
    public static final DurationUnit HOURS = KNOWN.add("hours");
    /** {@code days}. */
    public static final DurationUnit DAYS = KNOWN.add("days");
    /** {@code weeks}. */
    public static final DurationUnit WEEKS = KNOWN.add("weeks");

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
     * @return the constant for a value this SDK version knows ({@code of("X") == X}), else a new value that
     *     keeps the string as given
     * @throws IllegalArgumentException if {@code value} is {@code null}
     */
    public static DurationUnit of(String value) {
        return KNOWN.of(value);
    }
}
