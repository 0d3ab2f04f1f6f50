package io.github.unifysequences.models;

import io.github.unifysequences.internal.Required;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A day on which a schedule sends nothing.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class ExcludedDate {
    private final LocalDate date;
    private final boolean recursYearly;

    private ExcludedDate(Builder builder) {
        this.date = Required.field(builder.date, "ExcludedDate", "date");
        this.recursYearly = builder.recursYearly;
    }

    /** @return the day */
    public LocalDate date() {
        return date;
    }

    /** @return whether the same day is excluded every year */
    public boolean recursYearly() {
        return recursYearly;
    }

    /** @return a builder with every optional field empty, every flag false and every list empty */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.date = date;
        builder.recursYearly = recursYearly;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ExcludedDate that
                && Objects.equals(date, that.date)
                && recursYearly == that.recursYearly;
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, recursYearly);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "ExcludedDate[" + "date=" + date() + ", recursYearly=" + recursYearly() + "]";
    }

    /**
     * Builds a {@link ExcludedDate}, for tests and fixtures; {@link #build()} checks that every required field is
     *     set.
     */
    public static final class Builder {
        private @Nullable LocalDate date;
        private boolean recursYearly;

        private Builder() {}

        /**
         * @param date the day; required
         * @return this builder
         */
        public Builder date(LocalDate date) {
            this.date = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * @param recursYearly whether the same day is excluded every year
         * @return this builder
         */
        public Builder recursYearly(boolean recursYearly) {
            this.recursYearly = recursYearly;
            return this;
        }

        /**
         * @return a new {@code ExcludedDate}
         * @throws IllegalStateException if a required field ({@code date}) was not set
         */
        public ExcludedDate build() {
            return new ExcludedDate(this);
        }
    }
}
