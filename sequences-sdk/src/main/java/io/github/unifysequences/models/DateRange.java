package io.github.unifysequences.models;

import io.github.unifysequences.internal.Check;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A query-job filter on a timestamp: a lower bound ({@code gt} or {@code gte}), an upper bound ({@code lt} or
 * {@code lte}), or both. Immutable; validated by {@link Builder#build()}.
 *
 * <pre>{@code
 * DateRange november = DateRange.builder()
 *         .gte(Instant.parse("2023-11-01T00:00:00Z"))
 *         .lt(Instant.parse("2023-12-01T00:00:00Z"))
 *         .build();
 * }</pre>
 */
public final class DateRange {
    private final @Nullable Instant gt;
    private final @Nullable Instant gte;
    private final @Nullable Instant lt;
    private final @Nullable Instant lte;

    private DateRange(Builder builder) {
        if (builder.gt != null && builder.gte != null) {
            throw new IllegalArgumentException("a date range takes gt or gte, not both");
        }
        if (builder.lt != null && builder.lte != null) {
            throw new IllegalArgumentException("a date range takes lt or lte, not both");
        }
        Instant lower = builder.gt != null ? builder.gt : builder.gte;
        Instant upper = builder.lt != null ? builder.lt : builder.lte;
        if (lower == null && upper == null) {
            throw new IllegalArgumentException("a date range needs at least one of gt, gte, lt, lte");
        }
        if (lower != null && upper != null && lower.isAfter(upper)) {
            throw new IllegalArgumentException(
                    "a date range's lower bound " + lower + " is after its upper bound " + upper);
        }
        this.gt = Check.instant("gt", builder.gt);
        this.gte = Check.instant("gte", builder.gte);
        this.lt = Check.instant("lt", builder.lt);
        this.lte = Check.instant("lte", builder.lte);
    }

    /** @return a builder with no bound set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the exclusive lower bound, if set */
    public Optional<Instant> gt() {
        return Optional.ofNullable(gt);
    }

    /** @return the inclusive lower bound, if set */
    public Optional<Instant> gte() {
        return Optional.ofNullable(gte);
    }

    /** @return the exclusive upper bound, if set */
    public Optional<Instant> lt() {
        return Optional.ofNullable(lt);
    }

    /** @return the inclusive upper bound, if set */
    public Optional<Instant> lte() {
        return Optional.ofNullable(lte);
    }

    /**
     * @return a builder holding these bounds; building it unchanged gives an equal range
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.gt = gt;
        builder.gte = gte;
        builder.lt = lt;
        builder.lte = lte;
        return builder;
    }

    /** Equal when the bounds are: the same instants, each of the same kind. */
    @Override
    public boolean equals(Object other) {
        return other instanceof DateRange that
                && Objects.equals(gt, that.gt)
                && Objects.equals(gte, that.gte)
                && Objects.equals(lt, that.lt)
                && Objects.equals(lte, that.lte);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gt, gte, lt, lte);
    }

    @Override
    public String toString() {
        return "DateRange{gt=" + gt + ", gte=" + gte + ", lt=" + lt + ", lte=" + lte + "}";
    }

    /** Builds a {@link DateRange}. Not thread-safe. */
    public static final class Builder {
        private @Nullable Instant gt;
        private @Nullable Instant gte;
        private @Nullable Instant lt;
        private @Nullable Instant lte;

        private Builder() {}

        /**
         * @param after match timestamps strictly after this instant; excludes {@link #gte}
         * @return this builder
         */
        public Builder gt(Instant after) {
            this.gt = after;
            return this;
        }

        /**
         * @param from match timestamps at or after this instant; excludes {@link #gt}
         * @return this builder
         */
        public Builder gte(Instant from) {
            this.gte = from;
            return this;
        }

        /**
         * @param before match timestamps strictly before this instant; excludes {@link #lte}
         * @return this builder
         */
        public Builder lt(Instant before) {
            this.lt = before;
            return this;
        }

        /**
         * @param until match timestamps at or before this instant; excludes {@link #lt}
         * @return this builder
         */
        public Builder lte(Instant until) {
            this.lte = until;
            return this;
        }

        /**
         * @return the range
         * @throws IllegalArgumentException if no bound is set, both {@code gt} and {@code gte} or both {@code lt}
         *     and {@code lte} are set, the lower bound is after the upper one, or a bound lies outside the years
         *     0000 to 9999 that RFC 3339 can write ({@code Instant.MAX}, for instance)
         */
        public DateRange build() {
            return new DateRange(this);
        }
    }
}
