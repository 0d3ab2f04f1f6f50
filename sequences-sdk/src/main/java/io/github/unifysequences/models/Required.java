package io.github.unifysequences.models;

import org.jspecify.annotations.Nullable;

/** The response models' builders' one rule for a required field that was not set. */
final class Required {

    private Required() {}

    static <T> T field(@Nullable T value, String type, String field) {
        if (value == null) {
            throw new IllegalStateException(type + "." + field + " is required but was not set");
        }
        return value;
    }
}
