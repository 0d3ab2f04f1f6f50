package io.github.unifysequences.models;

/**
 * The state of a Bulk API query job. Only {@code FINISHED} jobs have results; {@code FAILED}, {@code EXPIRED}
 * (24 hours after creation) and {@code CANCELED} are final too.
 *
 * <p>Forward compatible: see {@link ApiEnum}.
 */
public final class QueryJobStatus extends ApiEnum<QueryJobStatus.Value> {
    /** {@code IN_PROGRESS}. */
    public static final QueryJobStatus IN_PROGRESS = new QueryJobStatus("IN_PROGRESS");
    /** {@code FINISHED}. */
    public static final QueryJobStatus FINISHED = new QueryJobStatus("FINISHED");
    /** {@code FAILED}. */
    public static final QueryJobStatus FAILED = new QueryJobStatus("FAILED");
    /** {@code EXPIRED}. */
    public static final QueryJobStatus EXPIRED = new QueryJobStatus("EXPIRED");
    /** {@code CANCELED}. */
    public static final QueryJobStatus CANCELED = new QueryJobStatus("CANCELED");

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
     * @return the value, known or not
     */
    public static QueryJobStatus of(String value) {
        return new QueryJobStatus(value);
    }
}
