package io.github.unifysequences.models;

import io.github.unifysequences.internal.Check;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A query-job filter on a set of values: match rows whose value is {@code in} the set, or {@code not_in} it.
 * Immutable; the set must not be empty.
 *
 * <pre>{@code
 * EnrollmentQueryParams.builder().status(SetFilter.in(EnrollmentStatus.IN_PROGRESS, EnrollmentStatus.FINISHED))
 * EnrollmentStepQueryParams.builder().status(SetFilter.notIn(EnrollmentStepStatus.CANCELED))
 * }</pre>
 *
 * @param <T> the value type: a string id or one of the SDK's enumerations
 */
public final class SetFilter<T> {
    private final boolean included;
    private final List<T> values;

    private SetFilter(boolean included, Collection<T> values) {
        String name = included ? "in" : "not_in";
        if (values.isEmpty()) {
            throw new IllegalArgumentException(name + " needs at least one value");
        }
        values.forEach(value -> Check.notNull("a value of " + name, value));
        this.included = included;
        this.values = List.copyOf(new LinkedHashSet<>(values));
    }

    /**
     * @param values the values to match; duplicates are dropped
     * @param <T> the value type
     * @return a filter matching rows whose value is one of {@code values}
     * @throws IllegalArgumentException if {@code values} is {@code null}, empty or holds {@code null}
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, into the copy the constructor keeps
    public static <T> SetFilter<T> in(T... values) {
        return new SetFilter<>(true, Arrays.asList(Check.notNull("in", values)));
    }

    /**
     * @param values the values to match; duplicates are dropped
     * @param <T> the value type
     * @return a filter matching rows whose value is one of {@code values}
     * @throws IllegalArgumentException if {@code values} is {@code null}, empty or holds {@code null}
     */
    public static <T> SetFilter<T> in(Collection<? extends T> values) {
        return new SetFilter<>(true, new ArrayList<>(Check.notNull("in", values)));
    }

    /**
     * @param values the values to exclude; duplicates are dropped
     * @param <T> the value type
     * @return a filter matching rows whose value is none of {@code values}
     * @throws IllegalArgumentException if {@code values} is {@code null}, empty or holds {@code null}
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, into the copy the constructor keeps
    public static <T> SetFilter<T> notIn(T... values) {
        return new SetFilter<>(false, Arrays.asList(Check.notNull("not_in", values)));
    }

    /**
     * @param values the values to exclude; duplicates are dropped
     * @param <T> the value type
     * @return a filter matching rows whose value is none of {@code values}
     * @throws IllegalArgumentException if {@code values} is {@code null}, empty or holds {@code null}
     */
    public static <T> SetFilter<T> notIn(Collection<? extends T> values) {
        return new SetFilter<>(false, new ArrayList<>(Check.notNull("not_in", values)));
    }

    /** @return {@code true} for {@code in}, {@code false} for {@code not_in} */
    public boolean isIn() {
        return included;
    }

    /** @return the values, in the order given, without duplicates */
    public List<T> values() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SetFilter<?> that && included == that.included && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(included, values);
    }

    @Override
    public String toString() {
        return (included ? "in" : "not_in") + values;
    }
}
