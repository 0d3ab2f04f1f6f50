package io.github.unifysequences.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The one table renderer: left-aligned columns two spaces apart, a header row, long cells (but the last) cut with an
 * ellipsis. Widths are display widths (a CJK character or an emoji takes two terminal cells, a combining mark none).
 */
final class Table {
    /** Wide enough for a UUID plus a little, narrow enough that a row of five columns fits a terminal. */
    private static final int MAX_CELL = 48;
    /** Rows a streamed table holds to size its columns; later rows are printed at once with those widths. */
    static final int WINDOW = 500;

    private Table() {}

    /**
     * @param headers the column names
     * @param rows the cells, one list per row, as many as headers
     * @return the table, one line per row, each ending with a newline
     */
    static String render(List<String> headers, List<List<String>> rows) {
        java.io.StringWriter text = new java.io.StringWriter();
        Streamed table = new Streamed(headers, new PrintWriter(text));
        rows.forEach(table::add);
        table.finish();
        return text.toString();
    }

    /**
     * A table printed while its rows arrive: the first {@link #WINDOW} rows size the columns, then every row is printed as
     * it comes, so memory stays bounded however long the list. A later cell wider than its column pushes the rest of
     * its own line only.
     */
    static final class Streamed {
        private final PrintWriter out;
        private final int columns;
        private final List<List<String>> held = new ArrayList<>();
        private int[] widths;

        Streamed(List<String> headers, PrintWriter out) {
            this.out = out;
            this.columns = headers.size();
            held.add(cells(headers));
        }

        void add(List<String> row) {
            if (widths != null) {
                print(cells(row));
                return;
            }
            held.add(cells(row));
            if (held.size() > WINDOW) {
                release();
            }
        }

        /** Prints what is still held. */
        void finish() {
            if (widths == null) {
                release();
            }
        }

        private void release() {
            widths = new int[columns];
            for (List<String> row : held) {
                for (int i = 0; i < columns; i++) {
                    widths[i] = Math.max(widths[i], width(row.get(i)));
                }
            }
            held.forEach(this::print);
            held.clear();
        }

        private List<String> cells(List<String> row) {
            // The last column is never cut: nothing follows it to push out of line.
            return IntStream.range(0, columns)
                    .mapToObj(i -> cut(row.get(i), i == columns - 1 ? Integer.MAX_VALUE : MAX_CELL))
                    .toList();
        }

        private void print(List<String> row) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(i == columns - 1 ? row.get(i) : pad(row.get(i), widths[i] + 2));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    /**
     * @param pairs label and value, alternating
     * @return one "label  value" line per pair, labels padded to one width
     */
    static String fields(List<String[]> pairs) {
        int width = pairs.stream().mapToInt(p -> width(p[0])).max().orElse(0);
        StringBuilder text = new StringBuilder();
        pairs.forEach(p -> text.append(pad(p[0], width + 2)).append(p[1]).append('\n'));
        return text.toString();
    }

    /**
     * @param text a cell
     * @return how many terminal cells it takes: East Asian wide and fullwidth characters and emoji two, combining marks,
     *     zero-width joiners and variation selectors none, everything else one
     */
    static int width(String text) {
        return text.codePoints().map(Table::width).sum();
    }

    private static int width(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT
                || (c >= 0xFE00 && c <= 0xFE0F)) {
            return 0;
        }
        boolean wide = (c >= 0x1100 && c <= 0x115F)
                || (c >= 0x2E80 && c <= 0x303E)
                || (c >= 0x3041 && c <= 0x33FF)
                || (c >= 0x3400 && c <= 0x4DBF)
                || (c >= 0x4E00 && c <= 0x9FFF)
                || (c >= 0xA000 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6)
                || (c >= 0x1F300 && c <= 0x1F64F)
                || (c >= 0x1F680 && c <= 0x1F6FF)
                || (c >= 0x1F900 && c <= 0x1F9FF)
                || (c >= 0x1FA70 && c <= 0x1FAFF)
                || (c >= 0x20000 && c <= 0x3FFFD);
        return wide ? 2 : 1;
    }

    /** @return the cell on one line, cut to at most {@code max} terminal cells with an ellipsis */
    private static String cut(String cell, int max) {
        String flat = cell.replace('\n', ' ');
        if (width(flat) <= max) {
            return flat;
        }
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int c : flat.codePoints().toArray()) {
            if (used + width(c) > max - 1) {
                break;
            }
            kept.appendCodePoint(c);
            used += width(c);
        }
        return kept + "…";
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - width(text)));
    }
}
