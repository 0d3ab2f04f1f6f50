package io.github.unifysequences.client;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Refuses to build a client over a Gson older than the SDK's floor (README, "Compatibility"). A consumer's
 * dependency management can downgrade Gson below what the SDK's pom asks for (older Spring Boot BOMs do); without
 * this check the first list call would fail deep inside with {@code NoSuchMethodError: JsonArray.asList()}, far from
 * its cause. Checked once per JVM, on the first client build.
 *
 * <p>The sandbox has its twin ({@code io.github.unifysequences.sandbox.GsonFloor}): neither module depends on the
 * other, and each must refuse an old Gson on its own, in a class path that may hold only one of them.
 */
final class GsonFloor {
    /**
     * The documented minimum. The probe is {@code JsonObject.isEmpty()}, new in exactly this version (the SDK's newest
     * Gson call, {@code JsonArray.asList()}, is 2.10's), so the check refuses what the README calls unsupported.
     */
    static final String GSON_MINIMUM = "2.10.1";

    private static final Optional<String> PROBLEM = gson(JsonObject.class, Gson.class);

    private GsonFloor() {}

    /**
     * @throws IllegalStateException naming the Gson found and the minimum, when Gson is too old
     */
    static void check() {
        PROBLEM.ifPresent(problem -> {
            throw new IllegalStateException(problem);
        });
    }

    /** The problem with the Gson whose {@code JsonObject} and {@code Gson} classes these are, if any. */
    static Optional<String> gson(Class<?> jsonObject, Class<?> gson) {
        try {
            jsonObject.getMethod("isEmpty");
            return Optional.empty();
        } catch (NoSuchMethodException tooOld) {
            return Optional.of("unify-sequences-sdk needs Gson " + GSON_MINIMUM + " or newer, but found "
                    + describe(gson) + ": let the SDK's Gson version win in your dependency management "
                    + "(e.g. <gson.version> with Spring Boot's)");
        }
    }

    /** Where the Gson came from: its jar's name carries the version (its manifest has no Implementation-Version). */
    private static String describe(Class<?> gson) {
        CodeSource source = gson.getProtectionDomain().getCodeSource();
        return source == null || source.getLocation() == null
                ? "an older Gson"
                : "an older Gson (" + source.getLocation() + ")";
    }
}
