package io.github.unifysequences.openapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Brings a fetched vendor document into the pinned layout, so that two vendor files that
 * describe the same API produce the same bytes and diffs show only real changes.
 */
final class SpecNormaliser {
    /** The label of the docs-hosted copy and of the 2026-08-02 file; see SOURCES.md. */
    static final String PINNED_LABEL = "3.1.0";

    static final String SERVER_PREFIX = "/sequences/v1";

    private static final List<String> TOP_LEVEL_ORDER =
            List.of("openapi", "info", "tags", "paths", "security", "components", "servers");

    /** The normalised document and one human-readable line per layout change made. */
    record Result(JsonObject spec, List<String> notes) {}

    private SpecNormaliser() {}

    static Result normalise(JsonObject fetched) {
        validate(fetched);
        JsonObject spec = fetched.deepCopy();
        List<String> notes = new ArrayList<>();
        checkReferences(spec, spec, JsonPointer.ROOT);
        int nullable = nullability(spec);
        if (nullable > 0) {
            notes.add(
                    nullable + " OpenAPI 3.1 nullable types (type: [X, \"null\"]) written as type: X, nullable: true");
        }
        moveServerPrefix(spec, notes);
        String label = OpenApiDoc.label(spec);
        if (!label.equals(PINNED_LABEL)) {
            spec.addProperty("openapi", PINNED_LABEL);
            notes.add("openapi label " + label + " normalised to " + PINNED_LABEL);
        }
        sortSections(spec);
        return new Result(orderTopLevel(spec), notes);
    }

    /** Rejects anything that is not an OpenAPI 3.0 or 3.1 document with a paths object. */
    static void validate(JsonObject doc) {
        JsonElement label = doc.get("openapi");
        if (label == null
                || !label.isJsonPrimitive()
                || !label.getAsJsonPrimitive().isString()
                || !(label.getAsString().startsWith("3.0.")
                        || label.getAsString().startsWith("3.1."))) {
            throw new SpecException(
                    "the fetched document is not an OpenAPI 3.0 or 3.1 document (its \"openapi\" field is "
                            + (label == null ? "missing" : label)
                            + (doc.has("swagger") ? "; it looks like Swagger 2.0" : "")
                            + ")");
        }
        JsonElement paths = doc.get("paths");
        if (paths == null || !paths.isJsonObject()) {
            throw new SpecException("the fetched document has no \"paths\" object");
        }
    }

    /**
     * Every {@code $ref} must point into this document at something that exists: the generator
     * would otherwise fail later with a message that does not name the cause.
     */
    private static void checkReferences(JsonElement node, JsonObject root, JsonPointer at) {
        if (node.isJsonObject()) {
            for (Map.Entry<String, JsonElement> member : node.getAsJsonObject().entrySet()) {
                JsonPointer where = at.child(member.getKey());
                if (member.getKey().equals("$ref") && member.getValue().isJsonPrimitive()) {
                    String ref = member.getValue().getAsString();
                    if (!ref.startsWith("#/")) {
                        throw new SpecException("unsupported $ref " + ref + " at " + where
                                + ": only references into the same document (#/...)"
                                + " are supported; bundle the spec into one file first");
                    }
                    if (JsonPointer.parse(ref.substring(1)).find(root) == null) {
                        throw new SpecException(
                                "unresolved $ref " + ref + " at " + where + ": nothing in the document is there");
                    }
                } else {
                    checkReferences(member.getValue(), root, where);
                }
            }
        } else if (node.isJsonArray()) {
            for (int i = 0; i < node.getAsJsonArray().size(); i++) {
                checkReferences(node.getAsJsonArray().get(i), root, at.child(Integer.toString(i)));
            }
        }
    }

    /**
     * OpenAPI 3.1 writes a nullable type as {@code type: [X, "null"]}; the pin is generated from a
     * 3.0.3-labelled copy (see generated-client's GeneratorInput), where that is {@code type: X,
     * nullable: true}. Rewritten in place; returns how many.
     */
    private static int nullability(JsonElement node) {
        int count = 0;
        if (node.isJsonObject()) {
            JsonObject object = node.getAsJsonObject();
            JsonElement type = object.get("type");
            if (type != null && type.isJsonArray()) {
                List<String> types = new ArrayList<>();
                type.getAsJsonArray().forEach(t -> types.add(t.getAsString()));
                if (types.size() == 2 && types.contains("null")) {
                    types.remove("null");
                    object.addProperty("type", types.get(0));
                    object.addProperty("nullable", true);
                    count++;
                } else if (types.size() == 1) {
                    object.addProperty("type", types.get(0));
                }
            }
            for (Map.Entry<String, JsonElement> member : object.entrySet()) {
                count += nullability(member.getValue());
            }
        } else if (node.isJsonArray()) {
            for (JsonElement item : node.getAsJsonArray()) {
                count += nullability(item);
            }
        }
        return count;
    }

    /** Sorts paths and component schemas in ASCII order, as the vendor does. */
    static void sortSections(JsonObject spec) {
        if (spec.has("paths")) {
            spec.add("paths", sortedByKey(OpenApiDoc.paths(spec)));
        }
        JsonElement components = spec.get("components");
        if (components != null && components.isJsonObject()) {
            JsonObject componentsObject = components.getAsJsonObject();
            if (componentsObject.has("schemas")) {
                componentsObject.add("schemas", sortedByKey(OpenApiDoc.schemas(spec)));
            }
        }
    }

    // Both vendor layouts address the same URLs: server ".../sequences/v1" with relative
    // paths, or a bare host with "/sequences/v1/..." paths. The pin uses the first.
    private static void moveServerPrefix(JsonObject spec, List<String> notes) {
        JsonElement servers = spec.get("servers");
        JsonObject paths = OpenApiDoc.paths(spec);
        if (servers == null
                || !servers.isJsonArray()
                || servers.getAsJsonArray().isEmpty()) {
            return;
        }
        List<JsonObject> serverObjects = new ArrayList<>();
        for (JsonElement server : servers.getAsJsonArray()) {
            if (!server.isJsonObject() || !server.getAsJsonObject().has("url")) {
                return;
            }
            serverObjects.add(server.getAsJsonObject());
        }
        boolean serversLackPrefix =
                serverObjects.stream().noneMatch(s -> trimSlash(url(s)).endsWith(SERVER_PREFIX));
        boolean pathsHavePrefix = paths.size() > 0 && paths.keySet().stream().allMatch(SpecNormaliser::hasPrefix);
        if (!serversLackPrefix || !pathsHavePrefix) {
            return;
        }
        JsonObject relative = new JsonObject();
        for (Map.Entry<String, JsonElement> path : paths.entrySet()) {
            String rest = path.getKey().substring(SERVER_PREFIX.length());
            relative.add(rest.isEmpty() ? "/" : rest, path.getValue());
        }
        spec.add("paths", relative);
        for (JsonObject server : serverObjects) {
            server.addProperty("url", trimSlash(url(server)) + SERVER_PREFIX);
        }
        notes.add("moved the prefix " + SERVER_PREFIX + " from " + paths.size() + " paths to the server URL");
    }

    private static boolean hasPrefix(String path) {
        return path.equals(SERVER_PREFIX) || path.startsWith(SERVER_PREFIX + "/");
    }

    private static String url(JsonObject server) {
        return server.get("url").getAsString();
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static JsonObject sortedByKey(JsonObject object) {
        // TreeMap on String keys is UTF-16 order, which is ASCII order for ASCII keys.
        JsonObject sorted = new JsonObject();
        new TreeMap<>(object.asMap()).forEach(sorted::add);
        return sorted;
    }

    private static JsonObject orderTopLevel(JsonObject spec) {
        JsonObject ordered = new JsonObject();
        for (String key : TOP_LEVEL_ORDER) {
            if (spec.has(key)) {
                ordered.add(key, spec.get(key));
            }
        }
        for (Map.Entry<String, JsonElement> member : spec.entrySet()) {
            if (!ordered.has(member.getKey())) {
                ordered.add(member.getKey(), member.getValue());
            }
        }
        return ordered;
    }
}
