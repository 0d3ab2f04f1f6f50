package io.github.unifysequences.models;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Base of the SDK's forward-compatible enumerations. A value the API sends that this SDK version does
 * not know is kept as is: {@link #value()} is then the {@code UNKNOWN} constant and {@link #asString()}
 * returns the raw string, so nothing is lost and a {@code switch} over {@code value()} stays exhaustive.
 *
 * <p>Every value this SDK version knows is one instance: {@code of} and the decoders return the constant itself,
 * so {@code enrollment.status() == EnrollmentStatus.IN_PROGRESS} holds for a parsed value. A value it does not
 * know (or a known one spelt in another case) is a new instance, equal by its string to any other of the same
 * string.
 *
 * <pre>{@code
 * switch (enrollment.status().value()) {
 *     case DRAFT -> ...;
 *     case IN_PROGRESS, FINISHED -> ...;
 *     case UNKNOWN -> log.info("new status {}", enrollment.status().asString());
 * }
 * }</pre>
 *
 * @param <V> the enum of known values, which always has an {@code UNKNOWN} constant
 */
public abstract class ApiEnum<V extends Enum<V>> {
    private final String raw;
    private final V value;

    ApiEnum(String raw, Class<V> values) {
        this.raw = Objects.requireNonNull(raw, "value");
        this.value = lookup(raw, values);
    }

    private static <V extends Enum<V>> V lookup(String raw, Class<V> values) {
        String name = raw.toUpperCase(Locale.ROOT);
        for (V constant : values.getEnumConstants()) {
            if (constant.name().equals(name) && !"UNKNOWN".equals(name)) {
                return constant;
            }
        }
        return Enum.valueOf(values, "UNKNOWN");
    }

    /** @return the known constant for this value, or {@code UNKNOWN} if this SDK version does not know it */
    public final V value() {
        return value;
    }

    /** @return the value exactly as the API sent it */
    public final String asString() {
        return raw;
    }

    /** @return whether this SDK version knows the value */
    public final boolean isKnown() {
        return !"UNKNOWN".equals(value.name());
    }

    /**
     * The known constants of one enumeration by their string, so that {@code of} hands out the constant itself and
     * makes a new instance only for a value this SDK version does not know. A constant is declared by
     * {@link #add(String)}, which keeps the list of constants in one place: their declarations.
     *
     * @param <E> the enumeration
     */
    static final class Constants<E extends ApiEnum<?>> {
        private final Map<String, E> known = new HashMap<>();
        private final Class<E> type;
        private final Function<String, E> create;

        Constants(Class<E> type, Function<String, E> create) {
            this.type = type;
            this.create = create;
        }

        /** Declares a constant; called only from the enumeration's static initialiser. */
        E add(String raw) {
            E constant = create.apply(raw);
            known.put(raw, constant);
            return constant;
        }

        /** The constant for {@code raw}, matched exactly; else a new value, so an unknown string round-trips. */
        E of(String raw) {
            if (raw == null) {
                throw new IllegalArgumentException(type.getSimpleName() + ".of needs a value, was null");
            }
            E constant = known.get(raw);
            return constant != null ? constant : create.apply(raw);
        }
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && raw.equals(((ApiEnum<?>) other).raw);
    }

    @Override
    public final int hashCode() {
        return raw.hashCode();
    }

    @Override
    public final String toString() {
        return raw;
    }
}
