package io.github.unifysequences.models;

/**
 * The kind of a sequence step or enrollment step: automatic or manual email, or one of the task types. {@code ZAPIER} occurs on enrollment steps only.
 *
 * <p>Forward compatible: see {@link ApiEnum}.
 */
public final class StepType extends ApiEnum<StepType.Value> {
    private static final Constants<StepType> KNOWN = new Constants<>(StepType.class, StepType::new);

    /** {@code AUTOMATIC_EMAIL}. */
    public static final StepType AUTOMATIC_EMAIL = KNOWN.add("AUTOMATIC_EMAIL");
    /** {@code MANUAL_EMAIL}. */
    public static final StepType MANUAL_EMAIL = KNOWN.add("MANUAL_EMAIL");
    /** {@code ACTION_ITEM}. */
    public static final StepType ACTION_ITEM = KNOWN.add("ACTION_ITEM");
    /** {@code ZAPIER}. */
    public static final StepType ZAPIER = KNOWN.add("ZAPIER");
    /** {@code PHONE_CALL}. */
    public static final StepType PHONE_CALL = KNOWN.add("PHONE_CALL");
    /** {@code MANUAL_LINKEDIN_PROFILE_VIEW}. */
    public static final StepType MANUAL_LINKEDIN_PROFILE_VIEW = KNOWN.add("MANUAL_LINKEDIN_PROFILE_VIEW");
    /** {@code MANUAL_LINKEDIN_CONNECTION}. */
    public static final StepType MANUAL_LINKEDIN_CONNECTION = KNOWN.add("MANUAL_LINKEDIN_CONNECTION");
    /** {@code MANUAL_LINKEDIN_MESSAGE}. */
    public static final StepType MANUAL_LINKEDIN_MESSAGE = KNOWN.add("MANUAL_LINKEDIN_MESSAGE");

    /** The values this SDK version knows, plus {@code UNKNOWN} for any other. */
    public enum Value {
        /** {@code AUTOMATIC_EMAIL}. */
        AUTOMATIC_EMAIL,
        /** {@code MANUAL_EMAIL}. */
        MANUAL_EMAIL,
        /** {@code ACTION_ITEM}. */
        ACTION_ITEM,
        /** {@code ZAPIER}. */
        ZAPIER,
        /** {@code PHONE_CALL}. */
        PHONE_CALL,
        /** {@code MANUAL_LINKEDIN_PROFILE_VIEW}. */
        MANUAL_LINKEDIN_PROFILE_VIEW,
        /** {@code MANUAL_LINKEDIN_CONNECTION}. */
        MANUAL_LINKEDIN_CONNECTION,
        /** {@code MANUAL_LINKEDIN_MESSAGE}. */
        MANUAL_LINKEDIN_MESSAGE,
        /** A value this SDK version does not know; see {@link ApiEnum#asString()}. */
        UNKNOWN
    }

    private StepType(String value) {
        super(value, Value.class);
    }

    /**
     * @param value the value as the API spells it
     * @return the constant for a value this SDK version knows ({@code of("X") == X}), else a new value that
     *     keeps the string as given
     * @throws IllegalArgumentException if {@code value} is {@code null}
     */
    public static StepType of(String value) {
        return KNOWN.of(value);
    }
}
