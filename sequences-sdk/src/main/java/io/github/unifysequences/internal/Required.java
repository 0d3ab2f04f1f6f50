package io.github.unifysequences.internal;

import org.jspecify.annotations.Nullable;

/**
 * The one rule of the public values' builders (response models, results pages, error details) for a required field
 * that was not set: an {@link IllegalStateException} naming the type and the field. Not API (the package is not
 * exported).
 */
public final class Required {

    private Required() {}

    /**
     * @param value the field's value in the builder
     * @param type the simple name of the type being built
     * @param field the field's name
     * @param <T> the field's type
     * @return the value, not null
     * @throws IllegalStateException if the value is null
     */
    public static <T> T field(@Nullable T value, String type, String field) {
        if (value == null) {
            throw new IllegalStateException(type + "." + field + " is required but was not set");
        }
        return value;
    }
}
