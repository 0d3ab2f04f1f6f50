package io.github.unifysequences.internal;

import com.google.gson.JsonObject;
import io.github.unifysequences.models.RawJson;
import org.jspecify.annotations.Nullable;

/**
 * The decoders' way to wrap JSON in a {@link RawJson} without the defensive copy that {@link RawJson#of} makes:
 * the trees and texts they pass were just parsed from a response and nobody else holds them. {@code RawJson}
 * installs its factory here when it is initialised, so no public member of {@code models} can skip the copy.
 * Not API (the package is not exported).
 */
public final class RawJsonAccess {
    private static volatile @Nullable Factory factory;

    private RawJsonAccess() {}

    /** The two ways {@link RawJson} takes ownership without copying. */
    public interface Factory {
        /**
         * @param json an object nobody else holds or changes afterwards
         * @return the object, not copied
         */
        RawJson owning(JsonObject json);

        /**
         * @param text one JSON object's text, parsed when the tree is first asked for
         * @return the value
         */
        RawJson parsing(String text);
    }

    /**
     * Called once, by {@link RawJson}'s static initialiser.
     *
     * @param value the factory
     * @throws IllegalStateException if a factory was installed before
     */
    public static synchronized void install(Factory value) {
        if (factory != null) {
            throw new IllegalStateException("RawJson's factory is installed once, by RawJson");
        }
        factory = value;
    }

    static Factory factory() {
        Factory value = factory;
        if (value == null) {
            initialise();
            value = factory;
            if (value == null) {
                throw new IllegalStateException("RawJson did not install its factory");
            }
        }
        return value;
    }

    /** {@code RawJson.class} alone does not run its initialiser; loading it by name with initialisation does. */
    private static void initialise() {
        try {
            Class.forName(RawJson.class.getName(), true, RawJson.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
