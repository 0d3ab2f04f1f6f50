package io.github.unifysequences.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Writes exported rows to a file as they arrive, so memory does not grow with the export: NDJSON (each row as the API
 * sent it, one per line) or CSV (one column per top-level field).
 */
final class RowFile {

    /** The formats of {@code export --format}. */
    enum Format { NDJSON, CSV }


    private RowFile() {
    }

    /**
     * @param rows the rows, read once
     * @param json a row as the API sent it
     * @param format the file format
     * @param file the file, replaced once every row is written
     * @param <T> the row type
     * @return how many rows were written
     * @throws IOException if the file cannot be written
     */
    static <T> long write(Iterable<T> rows, Function<T, JsonObject> json, Format format, Path file) throws IOException {
        // Written beside the target and moved over it at the end, so that a failed export leaves no half file.
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        long count = 0;
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8))) {
            List<String> columns = null;
            for (T row : rows) {
                Map<String, String> flat = null;
                JsonObject object = json.apply(row);
                if (format == Format.NDJSON) {
                    out.write(Output.COMPACT.toJson(object));
                } else {
                    flat = flatten(object);
                    if (columns == null) {
                        // Bulk rows carry every field, null or not, so the first row names the columns of all.
                        columns = new ArrayList<>(flat.keySet());
                        out.write(columns.stream().map(EnrollReport::csvCell).collect(Collectors.joining(",")) + "\n");
                    }
                    Map<String, String> cells = flat;
                    out.write(columns.stream().map(c -> EnrollReport.csvCell(cells.getOrDefault(c, ""))).collect(Collectors.joining(",")));
                }
                out.write('\n');
                count++;
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return count;
    }

    /**
     * @return the object's fields in order: text as is, null as empty, nested objects and arrays as JSON. Nested
     *     objects are not spread over columns: a field that is null in the first row and an object later would
     *     otherwise need columns the header does not have.
     */
    private static Map<String, String> flatten(JsonObject object) {
        Map<String, String> flat = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> field : object.entrySet()) {
            JsonElement value = field.getValue();
            flat.put(field.getKey(), value.isJsonNull() ? "" : value.isJsonPrimitive() ? value.getAsString() : Output.COMPACT.toJson(value));
        }
        return flat;
    }
}
