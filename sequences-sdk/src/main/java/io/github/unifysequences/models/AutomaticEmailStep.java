package io.github.unifysequences.models;

import com.google.gson.JsonObject;
import io.github.unifysequences.internal.Required;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A step that sends an email automatically ({@code AUTOMATIC_EMAIL}).
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class AutomaticEmailStep implements SequenceStep {
    private final StepCommon common;
    private final EmailContent email;
    private final RawJson rawJson;

    private AutomaticEmailStep(Builder builder) {
        this.common = Required.field(builder.common, "AutomaticEmailStep", "common");
        this.email = Required.field(builder.email, "AutomaticEmailStep", "email");
        this.rawJson = builder.rawJson;
    }

    /** @return the fields every step has */
    @Override
    public StepCommon common() {
        return common;
    }

    /** @return the email sent */
    public EmailContent email() {
        return email;
    }

    /** @return the step as received */
    @Override
    public RawJson rawJson() {
        return rawJson;
    }

    @Override
    public StepType type() {
        return StepType.AUTOMATIC_EMAIL;
    }

    /** @return a builder with every optional field empty, every flag false and every list empty */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.common = common;
        builder.email = email;
        builder.rawJson = rawJson;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof AutomaticEmailStep that
                && Objects.equals(common, that.common)
                && Objects.equals(email, that.email)
                && Objects.equals(rawJson, that.rawJson);
    }

    @Override
    public int hashCode() {
        return Objects.hash(common, email, rawJson);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "AutomaticEmailStep[" + "common=" + common() + ", email=" + email() + ", rawJson=" + rawJson() + "]";
    }

    /**
     * Builds a {@link AutomaticEmailStep}, for tests and fixtures; {@link #build()} checks that every required
     *     field is set.
     */
    public static final class Builder {
        private @Nullable StepCommon common;
        private @Nullable EmailContent email;
        private RawJson rawJson = RawJson.of(new JsonObject());

        private Builder() {}

        /**
         * @param common the fields every step has; required
         * @return this builder
         */
        public Builder common(StepCommon common) {
            this.common = Objects.requireNonNull(common, "common");
            return this;
        }

        /**
         * @param email the email sent; required
         * @return this builder
         */
        public Builder email(EmailContent email) {
            this.email = Objects.requireNonNull(email, "email");
            return this;
        }

        /**
         * @param rawJson the step as received; an empty object unless set
         * @return this builder
         */
        public Builder rawJson(RawJson rawJson) {
            this.rawJson = Objects.requireNonNull(rawJson, "rawJson");
            return this;
        }

        /**
         * @return a new {@code AutomaticEmailStep}
         * @throws IllegalStateException if a required field ({@code common}, {@code email}) was not set
         */
        public AutomaticEmailStep build() {
            return new AutomaticEmailStep(this);
        }
    }
}
