package io.github.unifysequences.models;

import io.github.unifysequences.internal.Check;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Filters and paging for listing a sequence's steps. Immutable; validated by {@link Builder#build()}.
 *
 * <pre>{@code
 * SequenceStepListParams emailsOnly = SequenceStepListParams.builder()
 *         .types(StepType.AUTOMATIC_EMAIL, StepType.MANUAL_EMAIL)
 *         .build();
 * }</pre>
 */
public final class SequenceStepListParams extends PagedParams {
    private static final SequenceStepListParams NONE = builder().build();

    private final Set<StepType> types;

    private SequenceStepListParams(Builder b) {
        super(b);
        this.types = Collections.unmodifiableSet(new LinkedHashSet<>(b.types));
    }

    /** @return params with no filter, starting at the first page */
    public static SequenceStepListParams none() {
        return NONE;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return only steps of these types, in the order added; empty means every type */
    public Set<StepType> types() {
        return types;
    }

    /**
     * @return a builder holding every value of these params, additional query parameters included; building it
     *     unchanged gives params equal to these
     */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    @Override
    List<Object> filters() {
        return List.of(types);
    }

    @Override
    public String toString() {
        return "SequenceStepListParams{" + paging() + ", types=" + types + "}";
    }

    /** Builds {@link SequenceStepListParams}. Not thread-safe. */
    public static final class Builder extends PagingBuilder<Builder> {
        private final Set<StepType> types = new LinkedHashSet<>();

        private Builder() {}

        private Builder from(SequenceStepListParams params) {
            super.from(params);
            types.addAll(params.types);
            return this;
        }

        /**
         * Adds step types to the filter; each is sent as its own {@code type=} query parameter.
         *
         * @param types step types to match (OR)
         * @return this builder
         */
        public Builder types(StepType... types) {
            for (StepType type : Check.notNull("types", types)) {
                this.types.add(Check.notNull("a value of types", type));
            }
            return this;
        }

        /**
         * @return the params
         * @throws IllegalArgumentException if the limit is outside 1..100 or the cursor is empty
         */
        public SequenceStepListParams build() {
            return new SequenceStepListParams(this);
        }
    }
}
