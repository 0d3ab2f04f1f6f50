package io.github.unifysequences.models;

import com.google.gson.JsonObject;
import io.github.unifysequences.internal.Required;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A condition of a type this SDK version does not know; its fields are in {@link #rawJson()}.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class UnknownCondition implements StepCondition {
    private final String type;
    private final RawJson rawJson;

    private UnknownCondition(Builder builder) {
        this.type = Required.field(builder.type, "UnknownCondition", "type");
        this.rawJson = builder.rawJson;
    }

    /** @return the type as the API sent it */
    @Override
    public String type() {
        return type;
    }

    /** @return the condition as received */
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
        builder.type = type;
        builder.rawJson = rawJson;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof UnknownCondition that
                && Objects.equals(type, that.type)
                && Objects.equals(rawJson, that.rawJson);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, rawJson);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "UnknownCondition[" + "type=" + type() + ", rawJson=" + rawJson() + "]";
    }

    /**
     * Builds a {@link UnknownCondition}, for tests and fixtures; {@link #build()} checks that every required field
     *     is set.
     */
    public static final class Builder {
        private @Nullable String type;
        private RawJson rawJson = RawJson.of(new JsonObject());

        private Builder() {}

        /**
         * @param type the type as the API sent it; required
         * @return this builder
         */
        public Builder type(String type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * @param rawJson the condition as received; an empty object unless set
         * @return this builder
         */
        public Builder rawJson(RawJson rawJson) {
            this.rawJson = Objects.requireNonNull(rawJson, "rawJson");
            return this;
        }

        /**
         * @return a new {@code UnknownCondition}
         * @throws IllegalStateException if a required field ({@code type}) was not set
         */
        public UnknownCondition build() {
            return new UnknownCondition(this);
        }
    }
}
