package io.github.unifysequences.openapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Structural differences between two versions of one operation, as report lines. */
final class OperationDiff {
    private static final Set<String> COMPARED_SEPARATELY =
            Set.of("operationId", "parameters", "requestBody", "responses");

    private OperationDiff() {}

    /**
     * Compares shapes (see {@link Projection}); path-level parameters count as the
     * operation's own, since they apply to it.
     */
    static List<String> details(OpenApiDoc.Operation before, OpenApiDoc.Operation after) {
        JsonObject old = Projection.of(before.node()).shape().getAsJsonObject();
        JsonObject now = Projection.of(after.node()).shape().getAsJsonObject();
        List<String> lines = new ArrayList<>();
        if (!before.operationId().equals(after.operationId())) {
            lines.add("operationId " + before.operationId() + " -> " + after.operationId());
        }
        parameters(parameters(before), parameters(after), lines);
        requestBody(old.get("requestBody"), now.get("requestBody"), lines);
        responses(OpenApiDoc.objectOrEmpty(old, "responses"), OpenApiDoc.objectOrEmpty(now, "responses"), lines);
        for (String key : Diffs.changedKeys(old, now)) {
            if (!COMPARED_SEPARATELY.contains(key)) {
                lines.add(key + " changed");
            }
        }
        return lines;
    }

    private static Map<String, JsonObject> parameters(OpenApiDoc.Operation operation) {
        Map<String, JsonObject> byKey = new LinkedHashMap<>();
        for (JsonObject owner : List.of(operation.pathItem(), operation.node())) {
            JsonElement list = owner.get("parameters");
            if (list != null && list.isJsonArray()) {
                for (JsonElement parameter : list.getAsJsonArray()) {
                    JsonObject shape = Projection.of(parameter).shape().getAsJsonObject();
                    byKey.put(parameterKey(shape), shape);
                }
            }
        }
        return byKey;
    }

    private static String parameterKey(JsonObject parameter) {
        if (parameter.has("$ref")) {
            return parameter.get("$ref").getAsString();
        }
        return Diffs.text(parameter.get("name")) + " (" + Diffs.text(parameter.get("in")) + ")";
    }

    private static void parameters(Map<String, JsonObject> old, Map<String, JsonObject> now, List<String> lines) {
        for (Diffs.Change<JsonObject> change : Diffs.changes(old, now)) {
            if (change.isAdded()) {
                lines.add("parameter added: " + change.key());
            } else if (change.isRemoved()) {
                lines.add("parameter removed: " + change.key());
            } else {
                String keywords = String.join(", ", Diffs.changedKeys(change.before(), change.after()));
                lines.add("parameter changed: " + change.key() + ": " + keywords);
            }
        }
    }

    private static void requestBody(JsonElement old, JsonElement now, List<String> lines) {
        if (Objects.equals(old, now)) {
            return;
        }
        if (old == null) {
            lines.add("request body added" + Diffs.refSuffix(now));
        } else if (now == null) {
            lines.add("request body removed");
        } else {
            lines.add("request body changed" + Diffs.refChange(old, now));
        }
    }

    private static void responses(JsonObject old, JsonObject now, List<String> lines) {
        for (Diffs.Change<JsonElement> change : Diffs.changes(old.asMap(), now.asMap())) {
            String response = "response " + change.key();
            if (change.isAdded()) {
                lines.add(response + " added" + Diffs.refSuffix(change.after()));
            } else if (change.isRemoved()) {
                lines.add(response + " removed");
            } else {
                lines.add(response + " changed" + Diffs.refChange(change.before(), change.after()));
            }
        }
    }
}
