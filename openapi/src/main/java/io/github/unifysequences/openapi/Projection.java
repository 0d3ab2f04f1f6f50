package io.github.unifysequences.openapi;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Splits a node into what the API does (its shape) and what only describes it: prose and
 * examples ({@code docs}) and vendor extensions ({@code extensions}, keyed by JSON pointer
 * relative to the node). Lets the report tell a reworded description from a new field.
 */
record Projection(JsonElement shape, Map<String, JsonElement> docs, Map<String, JsonElement> extensions) {

    private static final Set<String> DOC_KEYWORDS =
            Set.of("description", "summary", "example", "examples", "externalDocs", "title");

    // Members of these are names chosen by the API (a property may be called "description"),
    // never keywords, so they are kept even when they look like one.
    private static final Set<String> NAME_MAPS =
            Set.of("properties", "patternProperties", "$defs", "definitions", "dependentSchemas");

    static Projection of(JsonElement node) {
        Map<String, JsonElement> docs = new LinkedHashMap<>();
        Map<String, JsonElement> extensions = new LinkedHashMap<>();
        JsonElement shape = split(node, JsonPointer.ROOT, false, docs, extensions);
        return new Projection(shape, docs, extensions);
    }

    /** Names of the extension keywords that differ between two projections. */
    static Set<String> changedExtensionNames(Projection before, Projection after) {
        Set<String> names = new TreeSet<>();
        for (var change : Diffs.changes(before.extensions, after.extensions)) {
            names.add(change.key().substring(change.key().lastIndexOf('/') + 1));
        }
        return names;
    }

    private static JsonElement split(
            JsonElement node,
            JsonPointer at,
            boolean namesOnly,
            Map<String, JsonElement> docs,
            Map<String, JsonElement> extensions) {
        if (node.isJsonArray()) {
            JsonArray shape = new JsonArray();
            for (int i = 0; i < node.getAsJsonArray().size(); i++) {
                JsonElement element = node.getAsJsonArray().get(i);
                shape.add(split(element, at.child(Integer.toString(i)), false, docs, extensions));
            }
            return shape;
        }
        if (!node.isJsonObject()) {
            return node;
        }
        JsonObject shape = new JsonObject();
        for (Map.Entry<String, JsonElement> member : node.getAsJsonObject().entrySet()) {
            String key = member.getKey();
            JsonPointer child = at.child(key);
            if (!namesOnly && key.startsWith("x-")) {
                extensions.put(child.toString(), member.getValue());
            } else if (!namesOnly && DOC_KEYWORDS.contains(key)) {
                docs.put(child.toString(), member.getValue());
            } else {
                boolean childIsNameMap = !namesOnly && NAME_MAPS.contains(key);
                shape.add(key, split(member.getValue(), child, childIsNameMap, docs, extensions));
            }
        }
        return shape;
    }
}
