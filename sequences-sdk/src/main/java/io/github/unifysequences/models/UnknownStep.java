package io.github.unifysequences.models;

import com.google.gson.JsonObject;
import io.github.unifysequences.internal.Required;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A step of a type this SDK version does not know. The common fields are read as usual; the rest is in
 * {@link #rawJson()}.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class UnknownStep implements SequenceStep {
    private final StepCommon common;
    private final StepType type;
    private final RawJson rawJson;

    private UnknownStep(Builder builder) {
        this.common = Required.field(builder.common, "UnknownStep", "common");
        this.type = Required.field(builder.type, "UnknownStep", "type");
        this.rawJson = builder.rawJson;
    }

    /** @return the fields every step has */
    @Override
    public StepCommon common() {
        return common;
    }

    /** @return the type as the API sent it */
    @Override
    public StepType type() {
        return type;
    }

    /** @return the step as received */
    @Override
    public RawJson rawJson() {
        return rawJson;
    }

    /** @return a builder with every optional field empty, every flag false and every list empty */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.common = common;
        builder.type = type;
        builder.rawJson = rawJson;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof UnknownStep that
                && Objects.equals(common, that.common)
                && Objects.equals(type, that.type)
                && Objects.equals(rawJson, that.rawJson);
    }

    @Override
    public int hashCode() {
        return Objects.hash(common, type, rawJson);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "UnknownStep[" + "common=" + common() + ", type=" + type() + ", rawJson=" + rawJson() + "]";
    }

    /**
     * Builds a {@link UnknownStep}, for tests and fixtures; {@link #build()} checks that every required field is
     *     set.
     */
    public static final class Builder {
        private @Nullable StepCommon common;
        private @Nullable StepType type;
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
         * @param type the type as the API sent it; required
         * @return this builder
         */
        public Builder type(StepType type) {
            this.type = Objects.requireNonNull(type, "type");
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
         * @return a new {@code UnknownStep}
         * @throws IllegalStateException if a required field ({@code common}, {@code type}) was not set
         */
        public UnknownStep build() {
            return new UnknownStep(this);
        }
    }
}
