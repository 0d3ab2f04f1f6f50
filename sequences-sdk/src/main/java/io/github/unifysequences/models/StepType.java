package io.github.unifysequences.models;

/**
 * The kind of a sequence step or enrollment step: automatic or manual email, or one of the task types. {@code ZAPIER} occurs on enrollment steps only.
 *
 * <p>Forward compatible: see {@link ApiEnum}.
 */
public final class StepType extends ApiEnum<StepType.Value> {
    /** {@code AUTOMATIC_EMAIL}. */
    public static final StepType AUTOMATIC_EMAIL = new StepType("AUTOMATIC_EMAIL");
    /** {@code MANUAL_EMAIL}. */
    public static final StepType MANUAL_EMAIL = new StepType("MANUAL_EMAIL");
    /** {@code ACTION_ITEM}. */
    public static final StepType ACTION_ITEM = new StepType("ACTION_ITEM");
    /** {@code ZAPIER}. */
    public static final StepType ZAPIER = new StepType("ZAPIER");
    /** {@code PHONE_CALL}. */
    public static final StepType PHONE_CALL = new StepType("PHONE_CALL");
    /** {@code MANUAL_LINKEDIN_PROFILE_VIEW}. */
    public static final StepType MANUAL_LINKEDIN_PROFILE_VIEW = new StepType("MANUAL_LINKEDIN_PROFILE_VIEW");
    /** {@code MANUAL_LINKEDIN_CONNECTION}. */
    public static final StepType MANUAL_LINKEDIN_CONNECTION = new StepType("MANUAL_LINKEDIN_CONNECTION");
    /** {@code MANUAL_LINKEDIN_MESSAGE}. */
    public static final StepType MANUAL_LINKEDIN_MESSAGE = new StepType("MANUAL_LINKEDIN_MESSAGE");

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
     * @return the value, known or not
     */
    public static StepType of(String value) {
        return new StepType(value);
    }
}
