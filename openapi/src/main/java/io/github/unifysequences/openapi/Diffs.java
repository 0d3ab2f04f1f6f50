package io.github.unifysequences.openapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Small helpers shared by the operation and schema diffs. */
final class Diffs {
    private Diffs() {}

    /** A member present in either map and different between them; null when absent. */
    record Change<T>(String key, T before, T after) {
        boolean isAdded() {
            return before == null;
        }

        boolean isRemoved() {
            return after == null;
        }
    }

    /** The members that differ, in old-then-new key order so report lines follow the document. */
    static <T> List<Change<T>> changes(Map<String, T> old, Map<String, T> now) {
        List<Change<T>> changes = new ArrayList<>();
        for (String key : union(old.keySet(), now.keySet())) {
            T before = old.get(key);
            T after = now.get(key);
            if (!Objects.equals(before, after)) {
                changes.add(new Change<>(key, before, after));
            }
        }
        return changes;
    }

    /** Keys of both, old order first, so report lines follow the document. */
    private static List<String> union(Collection<String> old, Collection<String> now) {
        Set<String> keys = new LinkedHashSet<>(old);
        keys.addAll(now);
        return new ArrayList<>(keys);
    }

    /** Keys whose values differ between the two objects, in old-then-new key order. */
    static List<String> changedKeys(JsonObject old, JsonObject now) {
        List<String> keys = new ArrayList<>();
        changes(old.asMap(), now.asMap()).forEach(change -> keys.add(change.key()));
        return keys;
    }

    static String text(JsonElement value) {
        if (value == null) {
            return "absent";
        }
        return value.isJsonPrimitive() ? value.getAsString() : value.toString();
    }

    static String refSuffix(JsonElement node) {
        List<String> refs = refs(node);
        return refs.isEmpty() ? "" : " (" + String.join(", ", refs) + ")";
    }

    static String refChange(JsonElement old, JsonElement now) {
        List<String> before = refs(old);
        List<String> after = refs(now);
        if (before.equals(after)) {
            return " (refs unchanged)";
        }
        return " (" + String.join(", ", before) + " -> " + String.join(", ", after) + ")";
    }

    /** Names of the schemas referenced anywhere below {@code node}, in document order. */
    static List<String> refs(JsonElement node) {
        Set<String> names = new LinkedHashSet<>();
        collectRefs(node, names);
        return new ArrayList<>(names);
    }

    private static void collectRefs(JsonElement node, Set<String> names) {
        if (node == null) {
            return;
        }
        if (node.isJsonArray()) {
            node.getAsJsonArray().forEach(element -> collectRefs(element, names));
        } else if (node.isJsonObject()) {
            for (Map.Entry<String, JsonElement> member : node.getAsJsonObject().entrySet()) {
                if (member.getKey().equals("$ref") && member.getValue().isJsonPrimitive()) {
                    String ref = member.getValue().getAsString();
                    names.add(ref.substring(ref.lastIndexOf('/') + 1));
                } else {
                    collectRefs(member.getValue(), names);
                }
            }
        }
    }
}
