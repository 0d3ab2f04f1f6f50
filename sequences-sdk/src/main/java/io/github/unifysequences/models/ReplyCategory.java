package io.github.unifysequences.models;

/**
 * How Unify classified a reply email.
 *
 * <p>Forward compatible: see {@link ApiEnum}.
 */
public final class ReplyCategory extends ApiEnum<ReplyCategory.Value> {
    /** {@code AUTOMATED}. */
    public static final ReplyCategory AUTOMATED = new ReplyCategory("AUTOMATED");
    /** {@code NEGATIVE}. */
    public static final ReplyCategory NEGATIVE = new ReplyCategory("NEGATIVE");
    /** {@code NEUTRAL}. */
    public static final ReplyCategory NEUTRAL = new ReplyCategory("NEUTRAL");
    /** {@code POSITIVE}. */
    public static final ReplyCategory POSITIVE = new ReplyCategory("POSITIVE");

    /** The values this SDK version knows, plus {@code UNKNOWN} for any other. */
    public enum Value {
        /** {@code AUTOMATED}. */
        AUTOMATED,
        /** {@code NEGATIVE}. */
        NEGATIVE,
        /** {@code NEUTRAL}. */
        NEUTRAL,
        /** {@code POSITIVE}. */
        POSITIVE,
        /** A value this SDK version does not know; see {@link ApiEnum#asString()}. */
        UNKNOWN
    }

    private ReplyCategory(String value) {
        super(value, Value.class);
    }

    /**
     * @param value the value as the API spells it
     * @return the value, known or not
     */
    public static ReplyCategory of(String value) {
        return new ReplyCategory(value);
    }
}
