package io.github.unifysequences.openapi;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Structural differences between two versions of one component schema, as report lines. */
final class SchemaDiff {
    /** Keywords whose old and new values are worth printing; others are only named. */
    private static final List<String> SHOWN_KEYWORDS = List.of("type", "format", "nullable", "enum");

    private static final Set<String> COMPARED_SEPARATELY = Set.of("properties", "required");

    private SchemaDiff() {}

    /** Compares the shapes (see {@link Projection}) of two versions of a schema. */
    static List<String> details(JsonElement oldSchema, JsonElement newSchema) {
        List<String> lines = new ArrayList<>();
        if (!oldSchema.isJsonObject() || !newSchema.isJsonObject()) {
            lines.add("schema changed");
            return lines;
        }
        JsonObject old = Projection.of(oldSchema).shape().getAsJsonObject();
        JsonObject now = Projection.of(newSchema).shape().getAsJsonObject();
        properties(OpenApiDoc.objectOrEmpty(old, "properties"), OpenApiDoc.objectOrEmpty(now, "properties"), lines);
        required(old, now, lines);
        keywords("", old, now, COMPARED_SEPARATELY, lines);
        return lines;
    }

    private static void properties(JsonObject old, JsonObject now, List<String> lines) {
        for (Diffs.Change<JsonElement> change : Diffs.changes(old.asMap(), now.asMap())) {
            String property = "property " + change.key();
            if (change.isAdded()) {
                lines.add("property added: " + change.key());
            } else if (change.isRemoved()) {
                lines.add("property removed: " + change.key());
            } else if (change.before().isJsonObject() && change.after().isJsonObject()) {
                keywords(
                        property + ": ",
                        change.before().getAsJsonObject(),
                        change.after().getAsJsonObject(),
                        Set.of(),
                        lines);
            } else {
                lines.add(property + " changed");
            }
        }
    }

    private static void required(JsonObject old, JsonObject now, List<String> lines) {
        Set<String> before = names(old.get("required"));
        Set<String> after = names(now.get("required"));
        for (String name : after) {
            if (!before.contains(name)) {
                lines.add("now required: " + name);
            }
        }
        for (String name : before) {
            if (!after.contains(name)) {
                lines.add("no longer required: " + name);
            }
        }
    }

    private static void keywords(
            String prefix, JsonObject old, JsonObject now, Set<String> skipped, List<String> lines) {
        List<String> otherChanges = new ArrayList<>();
        for (String key : Diffs.changedKeys(old, now)) {
            if (skipped.contains(key)) {
                continue;
            }
            if (SHOWN_KEYWORDS.contains(key)) {
                String values = Diffs.text(old.get(key)) + " -> " + Diffs.text(now.get(key));
                lines.add(prefix + key + " " + values);
            } else {
                otherChanges.add(key);
            }
        }
        if (!otherChanges.isEmpty()) {
            lines.add(prefix + String.join(", ", otherChanges) + " changed");
        }
    }

    private static Set<String> names(JsonElement list) {
        Set<String> names = new LinkedHashSet<>();
        if (list != null && list.isJsonArray()) {
            for (JsonElement name : (JsonArray) list) {
                names.add(Diffs.text(name));
            }
        }
        return names;
    }
}
