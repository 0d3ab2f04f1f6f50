package io.github.unifysequences.models;

/**
 * The state of a Bulk API query job. Only {@code FINISHED} jobs have results; {@code FAILED}, {@code EXPIRED}
 * (24 hours after creation) and {@code CANCELED} are final too.
 *
 * <p>Forward compatible: see {@link ApiEnum}.
 */
public final class QueryJobStatus extends ApiEnum<QueryJobStatus.Value> {
    private static final Constants<QueryJobStatus> KNOWN = new Constants<>(QueryJobStatus.class, QueryJobStatus::new);

    /** {@code IN_PROGRESS}. */
    public static final QueryJobStatus IN_PROGRESS = KNOWN.add("IN_PROGRESS");
    /** {@code FINISHED}. */
    public static final QueryJobStatus FINISHED = KNOWN.add("FINISHED");
    /** {@code FAILED}. */
    public static final QueryJobStatus FAILED = KNOWN.add("FAILED");
    /** {@code EXPIRED}. */
    public static final QueryJobStatus EXPIRED = KNOWN.add("EXPIRED");
    /** {@code CANCELED}. */
    public static final QueryJobStatus CANCELED = KNOWN.add("CANCELED");

    /** The values this SDK version knows, plus {@code UNKNOWN} for any other. */
    public enum Value {
        /** {@code IN_PROGRESS}. */
        IN_PROGRESS,
        /** {@code FINISHED}. */
        FINISHED,
        /** {@code FAILED}. */
        FAILED,
        /** {@code EXPIRED}. */
        EXPIRED,
        /** {@code CANCELED}. */
        CANCELED,
        /** A value this SDK version does not know; see {@link ApiEnum#asString()}. */
        UNKNOWN
    }

    private QueryJobStatus(String value) {
        super(value, Value.class);
    }

    /**
     * @param value the value as the API spells it
     * @return the constant for a value this SDK version knows ({@code of("X") == X}), else a new value that
     *     keeps the string as given
     * @throws IllegalArgumentException if {@code value} is {@code null}
     */
    public static QueryJobStatus of(String value) {
        return KNOWN.of(value);
    }
}
