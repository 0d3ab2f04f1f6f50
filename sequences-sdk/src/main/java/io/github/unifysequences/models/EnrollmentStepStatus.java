package io.github.unifysequences.models;

/**
 * The status of one step of an enrollment.
 *
 * <p>Forward compatible: see {@link ApiEnum}.
 */
public final class EnrollmentStepStatus extends ApiEnum<EnrollmentStepStatus.Value> {
    private static final Constants<EnrollmentStepStatus> KNOWN =
            new Constants<>(EnrollmentStepStatus.class, EnrollmentStepStatus::new);

    /** {@code NOT_STARTED}. */
    public static final EnrollmentStepStatus NOT_STARTED = KNOWN.add("NOT_STARTED");
    /** {@code SCHEDULED}. */
    public static final EnrollmentStepStatus SCHEDULED = KNOWN.add("SCHEDULED");
    /** {@code PENDING}. */
    public static final EnrollmentStepStatus PENDING = KNOWN.add("PENDING");
    /** {@code FINISHED}. */
    public static final EnrollmentStepStatus FINISHED = KNOWN.add("FINISHED");
    /** {@code CANCELED}. */
    public static final EnrollmentStepStatus CANCELED = KNOWN.add("CANCELED");
    /** {@code ERRORED}. */
    public static final EnrollmentStepStatus ERRORED = KNOWN.add("ERRORED");
    /** {@code UNREACHABLE}. */
    public static final EnrollmentStepStatus UNREACHABLE = KNOWN.add("UNREACHABLE");

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
     * @return the constant for a value this SDK version knows ({@code of("X") == X}), else a new value that
     *     keeps the string as given
     * @throws IllegalArgumentException if {@code value} is {@code null}
     */
    public static EnrollmentStepStatus of(String value) {
        return KNOWN.of(value);
    }
}
