package io.github.unifysequences.models;

/**
 * Who receives the tasks of automatically or manually created enrollments.
 *
 * <p>Forward compatible: see {@link ApiEnum}.
 */
public final class TaskAssignment extends ApiEnum<TaskAssignment.Value> {
    private static final Constants<TaskAssignment> KNOWN = new Constants<>(TaskAssignment.class, TaskAssignment::new);

    /** {@code ASSIGN_TO_ENROLLER}. */
    public static final TaskAssignment ASSIGN_TO_ENROLLER = KNOWN.add("ASSIGN_TO_ENROLLER");
    /** {@code ASSIGN_TO_MAILBOX_OWNER}. */
    public static final TaskAssignment ASSIGN_TO_MAILBOX_OWNER = KNOWN.add("ASSIGN_TO_MAILBOX_OWNER");
    /** {@code ASSIGN_TO_USER}. */
    public static final TaskAssignment ASSIGN_TO_USER = KNOWN.add("ASSIGN_TO_USER");

    /** The values this SDK version knows, plus {@code UNKNOWN} for any other. */
    public enum Value {
        /** {@code ASSIGN_TO_ENROLLER}. */
        ASSIGN_TO_ENROLLER,
        /** {@code ASSIGN_TO_MAILBOX_OWNER}. */
        ASSIGN_TO_MAILBOX_OWNER,
        /** {@code ASSIGN_TO_USER}. */
        ASSIGN_TO_USER,
        /** A value this SDK version does not know; see {@link ApiEnum#asString()}. */
        UNKNOWN
    }

    private TaskAssignment(String value) {
        super(value, Value.class);
    }

    /**
     * @param value the value as the API spells it
     * @return the constant for a value this SDK version knows ({@code of("X") == X}), else a new value that
     *     keeps the string as given
     * @throws IllegalArgumentException if {@code value} is {@code null}
     */
    public static TaskAssignment of(String value) {
        return KNOWN.of(value);
    }
}
