package io.github.unifysequences.models;

/**
 * How Unify classified a reply email.
 *
 * <p>Forward compatible: see {@link ApiEnum}.
 */
public final class ReplyCategory extends ApiEnum<ReplyCategory.Value> {
    private static final Constants<ReplyCategory> KNOWN = new Constants<>(ReplyCategory.class, ReplyCategory::new);

    /** {@code AUTOMATED}. */
    public static final ReplyCategory AUTOMATED = KNOWN.add("AUTOMATED");
    /** {@code NEGATIVE}. */
    public static final ReplyCategory NEGATIVE = KNOWN.add("NEGATIVE");
    /** {@code NEUTRAL}. */
    public static final ReplyCategory NEUTRAL = KNOWN.add("NEUTRAL");
    /** {@code POSITIVE}. */
    public static final ReplyCategory POSITIVE = KNOWN.add("POSITIVE");

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
     * @return the constant for a value this SDK version knows ({@code of("X") == X}), else a new value that
     *     keeps the string as given
     * @throws IllegalArgumentException if {@code value} is {@code null}
     */
    public static ReplyCategory of(String value) {
        return KNOWN.of(value);
    }
}
