package io.github.unifysequences.models;

/**
 * Who receives the tasks of automatically or manually created enrollments.
 *
 * <p>Forward compatible: see {@link ApiEnum}.
 */
public final class TaskAssignment extends ApiEnum<TaskAssignment.Value> {
    /** {@code ASSIGN_TO_ENROLLER}. */
    public static final TaskAssignment ASSIGN_TO_ENROLLER = new TaskAssignment("ASSIGN_TO_ENROLLER");
    /** {@code ASSIGN_TO_MAILBOX_OWNER}. */
    public static final TaskAssignment ASSIGN_TO_MAILBOX_OWNER = new TaskAssignment("ASSIGN_TO_MAILBOX_OWNER");
    /** {@code ASSIGN_TO_USER}. */
    public static final TaskAssignment ASSIGN_TO_USER = new TaskAssignment("ASSIGN_TO_USER");

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
     * @return the value, known or not
     */
    public static TaskAssignment of(String value) {
        return new TaskAssignment(value);
    }
}
