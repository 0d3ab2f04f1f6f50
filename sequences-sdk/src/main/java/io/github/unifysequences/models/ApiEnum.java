package io.github.unifysequences.models;

import java.util.Locale;
import java.util.Objects;

/**
 * Base of the SDK's forward-compatible enumerations. A value the API sends that this SDK version does
 * not know is kept as is: {@link #value()} is then the {@code UNKNOWN} constant and {@link #asString()}
 * returns the raw string, so nothing is lost and a {@code switch} over {@code value()} stays exhaustive.
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
