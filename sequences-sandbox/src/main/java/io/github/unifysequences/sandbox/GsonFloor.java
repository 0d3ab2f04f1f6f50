package io.github.unifysequences.sandbox;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Refuses to start over a Gson older than 2.10.1, the floor the README states for the SDK and the sandbox alike.
 * The sandbox runs in users' test class paths, where dependency management may pick an older Gson; without this
 * check a request would fail in a worker thread with {@code NoSuchMethodError}, which a client only sees as a dropped
 * connection. {@code JsonObject.isEmpty()} is the probe: new in exactly 2.10.1, and called by the query-job filters.
 * The SDK has its twin, {@code io.github.unifysequences.client.GsonFloor}: neither module depends on the other.
 */
final class GsonFloor {
    static final String MINIMUM = "2.10.1";

    private static final Optional<String> PROBLEM = problem(JsonObject.class, Gson.class);

    private GsonFloor() {}

    /** @throws IllegalStateException naming the Gson found and the minimum, when Gson is too old */
    static void check() {
        PROBLEM.ifPresent(problem -> {
            throw new IllegalStateException(problem);
        });
    }

    /** The problem with the Gson whose {@code JsonObject} and {@code Gson} classes these are, if any. */
    static Optional<String> problem(Class<?> jsonObject, Class<?> gson) {
        try {
            jsonObject.getMethod("isEmpty");
            return Optional.empty();
        } catch (NoSuchMethodException tooOld) {
            CodeSource source = gson.getProtectionDomain().getCodeSource();
            String found = source == null || source.getLocation() == null ? "" : " (" + source.getLocation() + ")";
            return Optional.of("unify-sequences-sandbox needs Gson " + MINIMUM + " or newer, but found an older one"
                    + found + ": let Gson " + MINIMUM + "+ win in your test dependencies");
        }
    }
}
