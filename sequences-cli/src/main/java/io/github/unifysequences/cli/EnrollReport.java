package io.github.unifysequences.cli;

import com.google.gson.JsonObject;
import io.github.unifysequences.models.Sequence;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The end of {@code enroll}: the report CSV (one row per CSV row) and the printed summary. */
final class EnrollReport {
    static final List<String> COLUMNS =
            List.of("line", "person_id", "outcome", "enrollment_id", "active_sequence_id", "detail");

    /** A report row for {@code --output json|jsonl}: the CSV's columns, empty cells as null. */
    static final View<Outcome> VIEW = new View<>(List.of(), EnrollReport::json);
    /** The printed list of rows needing attention stops here; the CSV has them all. */
    private static final int SHOWN = 50;

    private EnrollReport() {}

    static void write(TargetFile file, PrintWriter stdout, List<Outcome> outcomes) throws IOException {
        file.write(stdout, out -> {
            out.write(String.join(",", COLUMNS) + "\n");
            for (Outcome o : outcomes) {
                out.write(cells(o).stream().map(EnrollReport::csvCell).collect(Collectors.joining(",")) + "\n");
            }
            return null;
        });
    }

    private static List<String> cells(Outcome o) {
        return List.of(
                String.valueOf(o.line()),
                o.personId(),
                o.kind().code(),
                o.enrollmentId(),
                o.activeSequenceId(),
                o.detail());
    }

    private static JsonObject json(Outcome o) {
        JsonObject row = new JsonObject();
        List<String> cells = cells(o);
        row.addProperty(COLUMNS.get(0), o.line());
        for (int i = 1; i < COLUMNS.size(); i++) {
            row.addProperty(COLUMNS.get(i), cells.get(i).isEmpty() ? null : cells.get(i));
        }
        return row;
    }

    static void print(PrintWriter out, Sequence sequence, List<Outcome> outcomes, Path journal, Path report) {
        Map<Outcome.Kind, Integer> counts = new EnumMap<>(Outcome.Kind.class);
        outcomes.forEach(o -> counts.merge(o.kind(), 1, Integer::sum));
        long earlier =
                outcomes.stream().filter(o -> o.detail().equals("earlier run")).count();
        long drafts = outcomes.stream()
                .filter(o -> o.detail().equals(Outcome.AWAITING_APPROVAL))
                .count();
        out.println("Enrolling " + outcomes.size() + " rows in \"" + sequence.name() + "\" (" + sequence.id() + "):");
        List<List<String>> rows = new ArrayList<>();
        for (Outcome.Kind kind : Outcome.Kind.values()) {
            List<String> notes = new ArrayList<>();
            if (kind == Outcome.Kind.ENROLLED && earlier > 0) {
                notes.add("including " + earlier + " from an earlier run");
            }
            if (kind == Outcome.Kind.ENROLLED && drafts > 0) {
                notes.add(drafts + " as drafts awaiting approval: nothing runs until they are approved");
            }
            String note = String.join("; ", notes);
            rows.add(List.of(kind.label(), String.valueOf(counts.getOrDefault(kind, 0)), note));
        }
        out.print(Table.render(List.of("OUTCOME", "ROWS", ""), rows)
                .lines()
                .map(l -> "  " + l + "\n")
                .collect(Collectors.joining()));
        List<Outcome> attention =
                outcomes.stream().filter(o -> !o.kind().done()).toList();
        if (!attention.isEmpty()) {
            out.println("Rows not enrolled:");
            List<List<String>> problems = attention.stream()
                    .limit(SHOWN)
                    .map(o -> List.of(
                            String.valueOf(o.line()),
                            o.personId(),
                            o.kind().label(),
                            o.kind() == Outcome.Kind.ACTIVE_ELSEWHERE
                                    ? "in sequence " + o.activeSequenceId() + ", enrollment " + o.enrollmentId()
                                    : o.detail()))
                    .toList();
            out.print(Table.render(List.of("LINE", "PERSON_ID", "OUTCOME", "DETAIL"), problems)
                    .lines()
                    .map(l -> "  " + l + "\n")
                    .collect(Collectors.joining()));
            if (attention.size() > SHOWN) {
                out.println("  … and " + (attention.size() - SHOWN) + " more in the report.");
            }
        }
        out.println("Report: " + report + "   Journal: " + journal);
        out.flush();
    }

    static String csvCell(String value) {
        return value.matches(".*[\",\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
