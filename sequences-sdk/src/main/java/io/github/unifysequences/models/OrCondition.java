package io.github.unifysequences.models;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Holds when any of its subconditions hold ({@code OR}).
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class OrCondition implements StepCondition {
    private final List<StepCondition> subconditions;
    private final RawJson rawJson;

    private OrCondition(Builder builder) {
        this.subconditions = List.copyOf(builder.subconditions);
        this.rawJson = builder.rawJson;
    }

    /** @return the combined conditions, themselves possibly {@code AND}/{@code OR} */
    public List<StepCondition> subconditions() {
        return subconditions;
    }

    /** @return the condition as received */
    @Override
    public RawJson rawJson() {
        return rawJson;
    }

    @Override
    public String type() {
        return "OR";
    }

    /** @return a builder with every optional field empty, every flag false and every list empty */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.subconditions = subconditions;
        builder.rawJson = rawJson;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof OrCondition that
                && Objects.equals(subconditions, that.subconditions)
                && Objects.equals(rawJson, that.rawJson);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subconditions, rawJson);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "OrCondition[" + "subconditions=" + subconditions() + ", rawJson=" + rawJson() + "]";
    }

    /**
     * Builds a {@link OrCondition}, for tests and fixtures; {@link #build()} checks that every required field is
     *     set.
     */
    public static final class Builder {
        private List<StepCondition> subconditions = List.of();
        private RawJson rawJson = RawJson.of(new JsonObject());

        private Builder() {}

        /**
         * @param subconditions the combined conditions, themselves possibly {@code AND}/{@code OR}; copied on
         *     {@link #build()}
         * @return this builder
         */
        public Builder subconditions(List<StepCondition> subconditions) {
            this.subconditions = Objects.requireNonNull(subconditions, "subconditions");
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
         * @return a new {@code OrCondition}
         */
        public OrCondition build() {
            return new OrCondition(this);
        }
    }
}
