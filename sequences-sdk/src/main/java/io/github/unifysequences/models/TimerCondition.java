package io.github.unifysequences.models;

import com.google.gson.JsonObject;
import io.github.unifysequences.internal.Required;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Wait a fixed time after the parent step ({@code TIMER}).
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class TimerCondition implements StepCondition {
    private final @Nullable Integer durationValue;
    private final DurationUnit durationUnit;
    private final RawJson rawJson;

    private TimerCondition(Builder builder) {
        this.durationValue = builder.durationValue;
        this.durationUnit = Required.field(builder.durationUnit, "TimerCondition", "durationUnit");
        this.rawJson = builder.rawJson;
    }

    /** @return how many units to wait; empty means no wait */
    public Optional<Integer> durationValue() {
        return Optional.ofNullable(durationValue);
    }

    /** @return the unit of {@code durationValue} */
    public DurationUnit durationUnit() {
        return durationUnit;
    }

    /** @return the condition as received */
    @Override
    public RawJson rawJson() {
        return rawJson;
    }

    @Override
    public String type() {
        return "TIMER";
    }

    /** @return a builder with every optional field empty, every flag false and every list empty */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.durationValue = durationValue;
        builder.durationUnit = durationUnit;
        builder.rawJson = rawJson;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof TimerCondition that
                && Objects.equals(durationValue, that.durationValue)
                && Objects.equals(durationUnit, that.durationUnit)
                && Objects.equals(rawJson, that.rawJson);
    }

    @Override
    public int hashCode() {
        return Objects.hash(durationValue, durationUnit, rawJson);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "TimerCondition[" + "durationValue=" + durationValue()
                + ", durationUnit=" + durationUnit()
                + ", rawJson=" + rawJson() + "]";
    }

    /**
     * Builds a {@link TimerCondition}, for tests and fixtures; {@link #build()} checks that every required field is
     *     set.
     */
    public static final class Builder {
        private @Nullable Integer durationValue;
        private @Nullable DurationUnit durationUnit;
        private RawJson rawJson = RawJson.of(new JsonObject());

        private Builder() {}

        /**
         * @param durationValue how many units to wait; empty means no wait; {@code null} for none
         * @return this builder
         */
        public Builder durationValue(@Nullable Integer durationValue) {
            this.durationValue = durationValue;
            return this;
        }

        /**
         * @param durationUnit the unit of {@code durationValue}; required
         * @return this builder
         */
        public Builder durationUnit(DurationUnit durationUnit) {
            this.durationUnit = Objects.requireNonNull(durationUnit, "durationUnit");
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
         * @return a new {@code TimerCondition}
         * @throws IllegalStateException if a required field ({@code durationUnit}) was not set
         */
        public TimerCondition build() {
            return new TimerCondition(this);
        }
    }
}
