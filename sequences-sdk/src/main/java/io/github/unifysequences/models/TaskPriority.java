package io.github.unifysequences.models;

/**
 * The priority of the task a manual step creates.
 *
 * <p>Forward compatible: see {@link ApiEnum}.
 */
public final class TaskPriority extends ApiEnum<TaskPriority.Value> {
    private static final Constants<TaskPriority> KNOWN = new Constants<>(TaskPriority.class, TaskPriority::new);

    /** {@code LOW}. */
    public static final TaskPriority LOW = KNOWN.add("LOW");
    /** {@code MEDIUM}. */
    public static final TaskPriority MEDIUM = KNOWN.add("MEDIUM");
    /** {@code HIGH}. */
    public static final TaskPriority HIGH = KNOWN.add("HIGH");
    /** {@code URGENT}. */
    public static final TaskPriority URGENT = KNOWN.add("URGENT");

    /** The values this SDK version knows, plus {@code UNKNOWN} for any other. */
    public enum Value {
        /** {@code LOW}. */
        LOW,
        /** {@code MEDIUM}. */
        MEDIUM,
        /** {@code HIGH}. */
        HIGH,
        /** {@code URGENT}. */
        URGENT,
        /** A value this SDK version does not know; see {@link ApiEnum#asString()}. */
        UNKNOWN
    }

    private TaskPriority(String value) {
        super(value, Value.class);
    }

    /**
     * @param value the value as the API spells it
     * @return the constant for a value this SDK version knows ({@code of("X") == X}), else a new value that
     *     keeps the string as given
     * @throws IllegalArgumentException if {@code value} is {@code null}
     */
    public static TaskPriority of(String value) {
        return KNOWN.of(value);
    }
}
