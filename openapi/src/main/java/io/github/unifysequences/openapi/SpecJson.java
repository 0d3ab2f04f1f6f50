package io.github.unifysequences.openapi;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reads and writes JSON in the pinned layout: 2-space indent, raw UTF-8, final newline. */
final class SpecJson {
    // JsonParser keeps numbers as LazilyParsedNumber, so "100" is written back as "100", not
    // "100.0"; serializeNulls keeps members whose value is null.
    private static final Gson PRETTY = new GsonBuilder()
            .setPrettyPrinting()
            .disableHtmlEscaping()
            .serializeNulls()
            .create();

    private SpecJson() {}

    static JsonObject parseObject(byte[] bytes, String what) {
        JsonElement element;
        try {
            element = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8));
        } catch (JsonParseException e) {
            throw new SpecException(what + " is not valid JSON: " + e.getMessage(), e);
        }
        if (!element.isJsonObject()) {
            throw new SpecException(what + " is not a JSON object");
        }
        return element.getAsJsonObject();
    }

    /**
     * A fetched document, JSON or YAML: a document whose first non-blank character is '{' is read as
     * JSON (with JSON's error messages), anything else as YAML.
     */
    static JsonObject parseDocument(byte[] bytes, String what) {
        String text = new String(bytes, StandardCharsets.UTF_8).stripLeading();
        if (text.startsWith("{")) {
            return parseObject(bytes, what);
        }
        return SpecYaml.parse(text, what);
    }

    static JsonObject read(Path file) {
        try {
            return parseObject(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new SpecException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static byte[] format(JsonElement element) {
        return (PRETTY.toJson(element) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Replaces {@code target} via a sibling temp file so readers never see half a file. */
    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
