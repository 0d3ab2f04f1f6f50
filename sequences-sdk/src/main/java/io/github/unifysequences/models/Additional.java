package io.github.unifysequences.models;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Query parameters and body properties the SDK does not model yet, as a params builder collects them
 * ({@code putAdditionalQueryParameter}, {@code putAdditionalBodyProperty}). They are sent as given, after the
 * SDK's own values, and never replace one of those.
 */
final class Additional {
    private Additional() {}

    static void putQuery(Map<String, List<String>> into, String name, String value) {
        into.computeIfAbsent(name(name), n -> new ArrayList<>()).add(require(name, value));
    }

    static void putBody(Map<String, JsonElement> into, String name, JsonElement value) {
        into.put(name(name), require(name, value).deepCopy());
    }

    static Map<String, List<String>> query(Map<String, List<String>> values) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
        return Collections.unmodifiableMap(copy);
    }

    static Map<String, JsonElement> body(Map<String, JsonElement> values) {
        Map<String, JsonElement> copy = new LinkedHashMap<>();
        values.forEach((name, value) -> copy.put(name, value.deepCopy()));
        return Collections.unmodifiableMap(copy);
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(
                    "an additional parameter needs a name, was " + (name == null ? "null" : "'" + name + "'"));
        }
        return name;
    }

    private static <T> T require(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(
                    "additional parameter '" + name + "' needs a value; omit it instead of null");
        }
        return value;
    }
}
