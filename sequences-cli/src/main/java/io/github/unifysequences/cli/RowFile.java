package io.github.unifysequences.cli;

import java.io.IOException;
import java.io.PrintWriter;
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
     * @param target the file (replaced once every row is written) or stdout
     * @param stdout the command's stdout, for {@code -}
     * @param <T> the row type
     * @return how many rows were written
     * @throws IOException if the file cannot be written
     */
    static <T> long write(Iterable<T> rows, Function<T, JsonObject> json, Format format, TargetFile target, PrintWriter stdout)
            throws IOException {
        return target.write(stdout, out -> {
            long count = 0;
            List<String> columns = null;
            for (T row : rows) {
                JsonObject object = json.apply(row);
                if (format == Format.NDJSON) {
                    out.write(Output.COMPACT.toJson(object));
                } else {
                    Map<String, String> flat = flatten(object);
                    if (columns == null) {
                        // Bulk rows carry every field, null or not, so the first row names the columns of all.
                        columns = new ArrayList<>(flat.keySet());
                        out.write(columns.stream().map(EnrollReport::csvCell).collect(Collectors.joining(",")) + "\n");
                    }
                    out.write(columns.stream().map(c -> EnrollReport.csvCell(flat.getOrDefault(c, ""))).collect(Collectors.joining(",")));
                }
                out.write('\n');
                count++;
            }
            return count;
        });
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
