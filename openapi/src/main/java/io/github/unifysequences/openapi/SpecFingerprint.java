package io.github.unifysequences.openapi;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The lock fields that are derived from the pinned file's bytes and nothing else. */
record SpecFingerprint(
        String sha256,
        String openapi,
        int operations,
        int schemas,
        List<ReconstructedOperation> reconstructedOperations) {

    record ReconstructedOperation(String method, String path, String operationId) {}

    static SpecFingerprint of(byte[] pinBytes) {
        JsonObject spec = SpecJson.parseObject(pinBytes, "pinned spec");
        List<ReconstructedOperation> reconstructed = new ArrayList<>();
        for (var operation : OpenApiDoc.operations(spec)) {
            if (operation.node().has(ReconstructedOverlay.MARKER)) {
                reconstructed.add(
                        new ReconstructedOperation(operation.method(), operation.path(), operation.operationId()));
            }
        }
        return new SpecFingerprint(
                sha256(pinBytes),
                OpenApiDoc.label(spec),
                OpenApiDoc.operations(spec).size(),
                OpenApiDoc.schemas(spec).size(),
                List.copyOf(reconstructed));
    }

    static SpecFingerprint fromLock(JsonObject lock) {
        List<ReconstructedOperation> reconstructed = new ArrayList<>();
        JsonElement listed = lock.get("reconstructed_operations");
        if (listed != null && listed.isJsonArray()) {
            for (JsonElement entry : listed.getAsJsonArray()) {
                JsonObject op = entry.getAsJsonObject();
                reconstructed.add(
                        new ReconstructedOperation(text(op, "method"), text(op, "path"), text(op, "operation_id")));
            }
        }
        return new SpecFingerprint(
                text(lock, "sha256"),
                text(lock, "openapi"),
                number(lock, "operations"),
                number(lock, "schemas"),
                List.copyOf(reconstructed));
    }

    /** Writes the derived fields into {@code lock}, in the lock's established key order. */
    void writeTo(JsonObject lock) {
        lock.addProperty("sha256", sha256);
        lock.addProperty("openapi", openapi);
        lock.addProperty("operations", operations);
        lock.addProperty("schemas", schemas);
        JsonArray list = new JsonArray();
        for (var op : reconstructedOperations) {
            JsonObject entry = new JsonObject();
            entry.addProperty("method", op.method());
            entry.addProperty("path", op.path());
            entry.addProperty("operation_id", op.operationId());
            list.add(entry);
        }
        lock.add("reconstructed_operations", list);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    private static String text(JsonObject object, String key) {
        JsonElement value = object.get(key);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : "";
    }

    private static int number(JsonObject object, String key) {
        JsonElement value = object.get(key);
        return value != null
                        && value.isJsonPrimitive()
                        && value.getAsJsonPrimitive().isNumber()
                ? value.getAsInt()
                : -1;
    }
}
