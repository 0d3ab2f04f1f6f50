package io.github.unifysequences.openapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Read-only views of an OpenAPI document held as a Gson tree. */
final class OpenApiDoc {
    static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** One operation; {@code key} ("GET /path") identifies it across versions. */
    record Operation(String method, String path, JsonObject pathItem, JsonObject node) {
        String key() {
            return method + " " + path;
        }

        String operationId() {
            JsonElement id = node.get("operationId");
            return id != null && id.isJsonPrimitive() ? id.getAsString() : "";
        }
    }

    private OpenApiDoc() {}

    static JsonObject objectOrEmpty(JsonObject parent, String key) {
        JsonElement value = parent == null ? null : parent.get(key);
        return value != null && value.isJsonObject() ? value.getAsJsonObject() : new JsonObject();
    }

    static JsonObject paths(JsonObject spec) {
        return objectOrEmpty(spec, "paths");
    }

    static JsonObject schemas(JsonObject spec) {
        return objectOrEmpty(objectOrEmpty(spec, "components"), "schemas");
    }

    static String label(JsonObject spec) {
        JsonElement label = spec.get("openapi");
        return label != null && label.isJsonPrimitive() ? label.getAsString() : "";
    }

    /** Operations in document order. */
    static List<Operation> operations(JsonObject spec) {
        List<Operation> operations = new ArrayList<>();
        for (var path : paths(spec).entrySet()) {
            if (!path.getValue().isJsonObject()) {
                continue;
            }
            JsonObject item = path.getValue().getAsJsonObject();
            for (var member : item.entrySet()) {
                if (HTTP_METHODS.contains(member.getKey()) && member.getValue().isJsonObject()) {
                    operations.add(new Operation(
                            member.getKey().toUpperCase(Locale.ROOT),
                            path.getKey(),
                            item,
                            member.getValue().getAsJsonObject()));
                }
            }
        }
        return operations;
    }
}
