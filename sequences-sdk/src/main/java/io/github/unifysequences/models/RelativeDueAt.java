package io.github.unifysequences.models;

import io.github.unifysequences.internal.Required;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A due date relative to the start of a step, such as "2 DAY".
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class RelativeDueAt {
    private final BigDecimal amount;
    private final CalendarUnit unit;

    private RelativeDueAt(Builder builder) {
        this.amount = Required.field(builder.amount, "RelativeDueAt", "amount");
        this.unit = Required.field(builder.unit, "RelativeDueAt", "unit");
    }

    /** @return how many units */
    public BigDecimal amount() {
        return amount;
    }

    /** @return the unit (MINUTE, HOUR, DAY or WEEK) */
    public CalendarUnit unit() {
        return unit;
    }

    /** @return a builder with every optional field empty, every flag false and every list empty */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.amount = amount;
        builder.unit = unit;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RelativeDueAt that
                && Objects.equals(amount, that.amount)
                && Objects.equals(unit, that.unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, unit);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "RelativeDueAt[" + "amount=" + amount() + ", unit=" + unit() + "]";
    }

    /**
     * Builds a {@link RelativeDueAt}, for tests and fixtures; {@link #build()} checks that every required field is
     *     set.
     */
    public static final class Builder {
        private @Nullable BigDecimal amount;
        private @Nullable CalendarUnit unit;

        private Builder() {}

        /**
         * @param amount how many units; required
         * @return this builder
         */
        public Builder amount(BigDecimal amount) {
            this.amount = Objects.requireNonNull(amount, "amount");
            return this;
        }

        /**
         * @param unit the unit (MINUTE, HOUR, DAY or WEEK); required
         * @return this builder
         */
        public Builder unit(CalendarUnit unit) {
            this.unit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /**
         * @return a new {@code RelativeDueAt}
         * @throws IllegalStateException if a required field ({@code amount}, {@code unit}) was not set
         */
        public RelativeDueAt build() {
            return new RelativeDueAt(this);
        }
    }
}
