package io.github.unifysequences.models;

/**
 * The status of one step of an enrollment.
 *
 * <p>Forward compatible: see {@link ApiEnum}.
 */
public final class EnrollmentStepStatus extends ApiEnum<EnrollmentStepStatus.Value> {
    /** {@code NOT_STARTED}. */
    public static final EnrollmentStepStatus NOT_STARTED = new EnrollmentStepStatus("NOT_STARTED");
    /** {@code SCHEDULED}. */
    public static final EnrollmentStepStatus SCHEDULED = new EnrollmentStepStatus("SCHEDULED");
    /** {@code PENDING}. */
    public static final EnrollmentStepStatus PENDING = new EnrollmentStepStatus("PENDING");
    /** {@code FINISHED}. */
    public static final EnrollmentStepStatus FINISHED = new EnrollmentStepStatus("FINISHED");
    /** {@code CANCELED}. */
    public static final EnrollmentStepStatus CANCELED = new EnrollmentStepStatus("CANCELED");
    /** {@code ERRORED}. */
    public static final EnrollmentStepStatus ERRORED = new EnrollmentStepStatus("ERRORED");
    /** {@code UNREACHABLE}. */
    public static final EnrollmentStepStatus UNREACHABLE = new EnrollmentStepStatus("UNREACHABLE");

    /** The values this SDK version knows, plus {@code UNKNOWN} for any other. */
    public enum Value {
        /** {@code NOT_STARTED}. */
        NOT_STARTED,
        /** {@code SCHEDULED}. */
        SCHEDULED,
        /** {@code PENDING}. */
        PENDING,
        /** {@code FINISHED}. */
        FINISHED,
        /** {@code CANCELED}. */
        CANCELED,
        /** {@code ERRORED}. */
        ERRORED,
        /** {@code UNREACHABLE}. */
        UNREACHABLE,
        /** A value this SDK version does not know; see {@link ApiEnum#asString()}. */
        UNKNOWN
    }

    private EnrollmentStepStatus(String value) {
        super(value, Value.class);
    }

    /**
     * @param value the value as the API spells it
     * @return the value, known or not
     */
    public static EnrollmentStepStatus of(String value) {
        return new EnrollmentStepStatus(value);
    }
}
