package io.github.unifysequences.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes exported rows to a file as they arrive, so memory does not grow with the export: NDJSON (each row as the API
 * sent it, one per line) or CSV (fixed columns: the row's fields, with the common nested objects spread over columns).
 */
final class RowFile {

    /** The formats of {@code export --format}. */
    enum Format {
        NDJSON,
        CSV
    }

    private RowFile() {}

    /**
     * @param rows the rows, read once
     * @param json a row as the API sent it
     * @param format the file format
     * @param columns the CSV columns: field paths, dotted into the common nested objects ({@code person.email})
     * @param excel whether to start a CSV with a UTF-8 byte order mark, which Excel needs to read accents right
     * @param target the file (replaced once every row is written) or stdout
     * @param stdout the command's stdout, for {@code -}
     * @param <T> the row type
     * @return how many rows were written
     * @throws IOException if the file cannot be written
     */
    static <T> long write(
            Iterable<T> rows,
            Function<T, JsonObject> json,
            Format format,
            List<String> columns,
            boolean excel,
            TargetFile target,
            PrintWriter stdout)
            throws IOException {
        return target.write(stdout, out -> {
            if (format == Format.CSV) {
                // The header comes from the columns, not from a row, so an export of no rows still says what it holds.
                out.write((excel ? "\uFEFF" : "")
                        + columns.stream().map(EnrollReport::csvCell).collect(Collectors.joining(",")) + "\n");
            }
            long count = 0;
            for (T row : rows) {
                JsonObject object = json.apply(row);
                out.write(
                        format == Format.NDJSON
                                ? Output.COMPACT.toJson(object)
                                : columns.stream()
                                        .map(c -> EnrollReport.csvCell(cell(object, c)))
                                        .collect(Collectors.joining(",")));
                out.write('\n');
                count++;
            }
            return count;
        });
    }

    /**
     * @return the value at a dotted path: text as is, null or absent as empty, objects and arrays (those not spread
     *     over columns) as JSON
     */
    static String cell(JsonObject row, String path) {
        JsonElement value = row;
        for (String name : path.split("\\.")) {
            value = value != null && value.isJsonObject()
                    ? value.getAsJsonObject().get(name)
                    : null;
        }
        if (value == null || value.isJsonNull()) {
            return "";
        }
        return value.isJsonPrimitive() ? value.getAsString() : Output.COMPACT.toJson(value);
    }
}
