package io.github.unifysequences.models;

/**
 * The lifecycle status of an enrollment: a draft awaiting approval, in progress, or finished.
 *
 * <p>Forward compatible: see {@link ApiEnum}.
 */
public final class EnrollmentStatus extends ApiEnum<EnrollmentStatus.Value> {
    /** {@code DRAFT}. */
    public static final EnrollmentStatus DRAFT = new EnrollmentStatus("DRAFT");
    /** {@code IN_PROGRESS}. */
    public static final EnrollmentStatus IN_PROGRESS = new EnrollmentStatus("IN_PROGRESS");
    /** {@code FINISHED}. */
    public static final EnrollmentStatus FINISHED = new EnrollmentStatus("FINISHED");

    /** The values this SDK version knows, plus {@code UNKNOWN} for any other. */
    public enum Value {
        /** {@code DRAFT}. */
        DRAFT,
        /** {@code IN_PROGRESS}. */
        IN_PROGRESS,
        /** {@code FINISHED}. */
        FINISHED,
        /** A value this SDK version does not know; see {@link ApiEnum#asString()}. */
        UNKNOWN
    }

    private EnrollmentStatus(String value) {
        super(value, Value.class);
    }

    /**
     * @param value the value as the API spells it
     * @return the value, known or not
     */
    public static EnrollmentStatus of(String value) {
        return new EnrollmentStatus(value);
    }
}
