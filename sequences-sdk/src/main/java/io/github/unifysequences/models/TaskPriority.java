package io.github.unifysequences.models;

/**
 * The priority of the task a manual step creates.
 *
 * <p>Forward compatible: see {@link ApiEnum}.
 */
public final class TaskPriority extends ApiEnum<TaskPriority.Value> {
    /** {@code LOW}. */
    public static final TaskPriority LOW = new TaskPriority("LOW");
    /** {@code MEDIUM}. */
    public static final TaskPriority MEDIUM = new TaskPriority("MEDIUM");
    /** {@code HIGH}. */
    public static final TaskPriority HIGH = new TaskPriority("HIGH");
    /** {@code URGENT}. */
    public static final TaskPriority URGENT = new TaskPriority("URGENT");

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
     * @return the value, known or not
     */
    public static TaskPriority of(String value) {
        return new TaskPriority(value);
    }
}
