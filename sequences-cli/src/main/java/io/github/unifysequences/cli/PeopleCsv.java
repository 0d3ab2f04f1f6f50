package io.github.unifysequences.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The people file of {@code enroll}: CSV (RFC 4180 quoting) with a header row naming a {@code person_id} column; other
 * columns are ignored. Rows whose id is missing, not a UUID or a repeat are set aside with their line numbers.
 */
final class PeopleCsv {
    static final String COLUMN = "person_id";
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");

    /**
     * A row to enroll.
     *
     * @param line the line the row starts on (the header is line 1)
     * @param personId the id, lower case
     */
    record Row(int line, String personId) {
    }

    /**
     * A row that is not sent.
     *
     * @param line the line the row starts on
     * @param value the person_id cell as written
     * @param reason why it is not sent
     */
    record Invalid(int line, String value, String reason) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<Invalid> invalid = new ArrayList<>();

    List<Row> rows() {
        return rows;
    }

    List<Invalid> invalid() {
        return invalid;
    }

    /**
     * @param file the CSV file
     * @return its rows, valid and not
     * @throws IOException if it cannot be read
     * @throws CliError with the usage code if there is no person_id column
     */
    static PeopleCsv read(Path file) throws IOException {
        if (!Files.isReadable(file)) {
            throw new CliError(SequencesCli.EXIT_USAGE, "Cannot read " + file + ".");
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Record> records = parse(text);
        if (records.isEmpty()) {
            throw new CliError(SequencesCli.EXIT_USAGE, file + " is empty: it needs a header row with a person_id column.");
        }
        List<String> header = records.get(0).cells();
        int column = -1;
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).trim().equalsIgnoreCase(COLUMN)) {
                column = i;
            }
        }
        if (column < 0) {
            throw new CliError(SequencesCli.EXIT_USAGE, file + " has no " + COLUMN + " column in its header row " + header + ".");
        }
        PeopleCsv csv = new PeopleCsv();
        Map<String, Integer> seen = new HashMap<>();
        for (Record record : records.subList(1, records.size())) {
            String value = column < record.cells().size() ? record.cells().get(column).trim() : "";
            if (value.isEmpty()) {
                csv.invalid.add(new Invalid(record.line(), value, "missing person_id"));
            } else if (!UUID.matcher(value).matches()) {
                csv.invalid.add(new Invalid(record.line(), value, "person_id is not a UUID"));
            } else {
                String id = value.toLowerCase(Locale.ROOT);
                Integer first = seen.putIfAbsent(id, record.line());
                if (first != null) {
                    csv.invalid.add(new Invalid(record.line(), value, "duplicate of line " + first));
                } else {
                    csv.rows.add(new Row(record.line(), id));
                }
            }
        }
        return csv;
    }

    private record Record(int line, List<String> cells) {
    }

    /** Splits CSV text into records, keeping the line each starts on; blank lines are skipped. */
    private static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean blank = true;
        int line = 1;
        int start = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                blank = false;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                blank = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (!blank) {
                    cells.add(cell.toString());
                    records.add(new Record(start, List.copyOf(cells)));
                }
                cells.clear();
                cell.setLength(0);
                blank = true;
                line++;
                start = line;
            } else {
                cell.append(c);
                blank = blank && Character.isWhitespace(c);
            }
        }
        if (!blank) {
            cells.add(cell.toString());
            records.add(new Record(start, List.copyOf(cells)));
        }
        return records;
    }
}
