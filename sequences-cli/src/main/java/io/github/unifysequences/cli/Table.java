package io.github.unifysequences.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** The one table renderer: left-aligned columns two spaces apart, a header row, long cells (but the last) cut with an ellipsis. */
final class Table {
    /** Wide enough for a UUID plus a little, narrow enough that a row of five columns fits a terminal. */
    private static final int MAX_CELL = 48;

    private Table() {
    }

    /**
     * @param headers the column names
     * @param rows the cells, one list per row, as many as headers
     * @return the table, one line per row, each ending with a newline
     */
    static String render(List<String> headers, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        // The last column is never cut: nothing follows it to push out of line.
        int last = headers.size() - 1;
        rows.forEach(row -> all.add(IntStream.range(0, row.size()).mapToObj(i -> cut(row.get(i), i == last ? Integer.MAX_VALUE : MAX_CELL))
                .toList()));
        int[] widths = new int[headers.size()];
        for (List<String> row : all) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(i == widths.length - 1 ? row.get(i) : pad(row.get(i), widths[i] + 2));
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    /**
     * @param pairs label and value, alternating
     * @return one "label  value" line per pair, labels padded to one width
     */
    static String fields(List<String[]> pairs) {
        int width = pairs.stream().mapToInt(p -> p[0].length()).max().orElse(0);
        StringBuilder text = new StringBuilder();
        pairs.forEach(p -> text.append(pad(p[0], width + 2)).append(p[1]).append('\n'));
        return text.toString();
    }

    private static String cut(String cell, int max) {
        String flat = cell.replace('\n', ' ');
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
