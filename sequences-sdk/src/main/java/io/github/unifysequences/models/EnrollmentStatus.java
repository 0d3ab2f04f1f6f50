package io.github.unifysequences.models;

/**
 * The lifecycle status of an enrollment: a draft awaiting approval, in progress, or finished.
 *
 * <p>Forward compatible: see {@link ApiEnum}.
 */
public final class EnrollmentStatus extends ApiEnum<EnrollmentStatus.Value> {
    private static final Constants<EnrollmentStatus> KNOWN =
            new Constants<>(EnrollmentStatus.class, EnrollmentStatus::new);

    /** {@code DRAFT}. */
    public static final EnrollmentStatus DRAFT = KNOWN.add("DRAFT");
    /** {@code IN_PROGRESS}. */
    public static final EnrollmentStatus IN_PROGRESS = KNOWN.add("IN_PROGRESS");
    /** {@code FINISHED}. */
    public static final EnrollmentStatus FINISHED = KNOWN.add("FINISHED");

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
     * @return the constant for a value this SDK version knows ({@code of("X") == X}), else a new value that
     *     keeps the string as given
     * @throws IllegalArgumentException if {@code value} is {@code null}
     */
    public static EnrollmentStatus of(String value) {
        return KNOWN.of(value);
    }
}
