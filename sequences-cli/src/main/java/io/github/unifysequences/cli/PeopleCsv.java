package io.github.unifysequences.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
 * The people file of {@code enroll}: CSV (RFC 4180 quoting) in UTF-8, with a header row naming a person id column
 * ({@code person_id}, {@code Person ID}, {@code PersonId}: case, spaces, dashes and underscores do not matter); other
 * columns are ignored. The delimiter is whichever of comma, semicolon or tab the header row uses most. Malformed
 * files (a quote never closed, text after a closing quote, more cells than the header, not UTF-8) are refused as a
 * whole with the line number, because a row swallowed by a stray quote would otherwise vanish from the run and its
 * report. Blank lines and spreadsheet blank rows ({@code ,,,}) are skipped; rows whose id is missing, not a UUID or
 * a repeat are set aside with their line numbers.
 */
final class PeopleCsv {
    static final String COLUMN = "person_id";
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");
    private static final String SAVE_AS =
            "In Excel: File > Save As > \"CSV UTF-8 (Comma delimited)\"; in Google Sheets:" + " File > Download > CSV.";

    /**
     * A row to enroll.
     *
     * @param line the line the row starts on (the header is line 1)
     * @param personId the id, lower case
     */
    record Row(int line, String personId) {}

    /**
     * A row that is not sent.
     *
     * @param line the line the row starts on
     * @param value the person id cell as written
     * @param reason why it is not sent
     */
    record Invalid(int line, String value, String reason) {}

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
     * @return its rows, valid and not; every non-blank line after the header is in one of them
     * @throws IOException if it cannot be read
     * @throws CliError with the usage code if the file is not a readable UTF-8 CSV with a person id column
     */
    static PeopleCsv read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new CliError(SequencesCli.EXIT_USAGE, "--csv " + file + " is a folder; give the CSV file.");
        }
        if (!Files.isReadable(file)) {
            throw new CliError(
                    SequencesCli.EXIT_USAGE,
                    "--csv " + file + ": cannot read it (" + (Files.exists(file) ? "no permission" : "no such file")
                            + ").");
        }
        List<Record> records = parse(decode(file, Files.readAllBytes(file)), file);
        if (records.isEmpty()) {
            throw new CliError(
                    SequencesCli.EXIT_USAGE, file + " is empty: it needs a header row with a person_id column.");
        }
        List<String> header = records.get(0).cells();
        int column = -1;
        for (int i = 0; i < header.size(); i++) {
            if (normalised(header.get(i)).equals(normalised(COLUMN))) {
                if (column >= 0) {
                    throw new CliError(
                            SequencesCli.EXIT_USAGE,
                            file + " has two person id columns (" + (column + 1) + " and " + (i + 1) + "); keep one.");
                }
                column = i;
            }
        }
        if (column < 0) {
            throw new CliError(
                    SequencesCli.EXIT_USAGE, file + " has no " + COLUMN + " column in its header row " + header + ".");
        }
        PeopleCsv csv = new PeopleCsv();
        Map<String, Integer> seen = new HashMap<>();
        for (Record record : records.subList(1, records.size())) {
            if (record.cells().size() > header.size()) {
                throw new CliError(
                        SequencesCli.EXIT_USAGE,
                        file + " line " + record.line() + " has "
                                + record.cells().size() + " cells but the header has " + header.size()
                                + ": quote cells that contain the delimiter. Nothing was sent.");
            }
            String value =
                    column < record.cells().size() ? record.cells().get(column).trim() : "";
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

    /** @return a header cell as compared: "Person ID", "person-id" and "PersonId" all read "personid" */
    private static String normalised(String header) {
        return header.replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
    }

    /**
     * Reads the bytes as strict UTF-8 (a UTF-8 BOM is dropped). Spreadsheets also save UTF-16 ("Unicode text") and
     * cp1252 ("CSV (Comma delimited)" on Windows); decoding those as UTF-8 would garble or drop ids, so they are refused
     * with the line of the first byte that is not UTF-8 and how to save the file right.
     */
    private static String decode(Path file, byte[] bytes) {
        boolean utf16 = bytes.length >= 2
                && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        for (int i = 0; !utf16 && i < Math.min(bytes.length, 1024); i++) {
            utf16 = bytes[i] == 0;
        }
        if (utf16) {
            throw new CliError(SequencesCli.EXIT_USAGE, file + " is UTF-16 (\"Unicode text\"), not UTF-8. " + SAVE_AS);
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3
                : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            for (int i = 0; i < buffer.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new CliError(
                    SequencesCli.EXIT_USAGE,
                    file + " line " + line + " is not UTF-8 (the file may be Windows-1252/ANSI). " + SAVE_AS);
        }
    }

    private record Record(int line, List<String> cells) {}

    /** @return the delimiter the header row uses most, outside quotes: comma, semicolon (European Excel) or tab */
    private static char delimiter(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && (quoted || text.charAt(i) != '\n'); i++) {
            char c = text.charAt(i);
            quoted ^= c == '"';
            if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        return semicolon > comma && semicolon >= tab ? ';' : tab > comma ? '\t' : ',';
    }

    /**
     * Splits CSV text into records, keeping the line each starts on; blank lines and rows of empty cells are skipped.
     *
     * @throws CliError for a quote that is never closed or text after a closing quote, naming the line
     */
    private static List<Record> parse(String text, Path file) {
        char delimiter = delimiter(text);
        List<Record> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean closed = false;
        int line = 1;
        int start = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    closed = true;
                } else {
                    line += c == '\n' ? 1 : 0;
                    cell.append(c);
                }
            } else if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
                closed = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                add(records, start, cells);
                cells.clear();
                cell.setLength(0);
                closed = false;
                line++;
                start = line;
            } else if (closed && !Character.isWhitespace(c)) {
                throw new CliError(
                        SequencesCli.EXIT_USAGE,
                        file + " line " + line + ": text after a closing quote (a quote inside a"
                                + " quoted cell must be doubled, \"\"). Nothing was sent.");
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                quoteLine = line;
                cell.setLength(0);
            } else if (!closed) {
                // A quote inside an unquoted cell (O"Brien) is kept as written, as spreadsheets read it.
                cell.append(c);
            }
        }
        if (quoted) {
            throw new CliError(
                    SequencesCli.EXIT_USAGE,
                    file + " line " + quoteLine + ": a quote opened here is never closed, so every"
                            + " later row would be read as one cell. Nothing was sent.");
        }
        cells.add(cell.toString());
        add(records, start, cells);
        return records;
    }

    private static void add(List<Record> records, int line, List<String> cells) {
        if (cells.stream().anyMatch(c -> !c.isBlank())) {
            records.add(new Record(line, List.copyOf(cells)));
        }
    }
}
