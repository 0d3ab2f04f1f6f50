package io.github.unifysequences.openapi;

import java.util.List;
import java.util.Map;

/** Renders the human-readable summary printed after an update. */
final class ChangeReport {
    private final StringBuilder out = new StringBuilder();

    private ChangeReport() {}

    /** Everything the report needs; {@code before} is null when there was no pin yet. */
    record Input(
            String pinFileName,
            String fetchedFrom,
            String publishedBase,
            SpecFingerprint before,
            SpecFingerprint after,
            List<String> normalisationNotes,
            SpecDiff.Changes changes,
            ReconstructedOverlay.Result overlay) {}

    static String render(Input in) {
        ChangeReport report = new ChangeReport();
        report.header(in);
        report.changes(in.changes());
        report.overlay(in.overlay());
        return report.out.toString();
    }

    private void header(Input in) {
        line("Re-pinned " + in.pinFileName() + " from " + in.fetchedFrom());
        line("  published base: " + in.publishedBase());
        SpecFingerprint before = in.before();
        SpecFingerprint after = in.after();
        if (before == null) {
            line("  sha256: " + after.sha256());
            line("  operations: " + after.operations() + ", schemas: " + after.schemas());
        } else {
            line("  sha256: " + before.sha256() + " -> " + after.sha256());
            line("  operations: "
                    + before.operations()
                    + " -> "
                    + after.operations()
                    + ", schemas: "
                    + before.schemas()
                    + " -> "
                    + after.schemas());
        }
        if (in.normalisationNotes().isEmpty()) {
            line("Layout normalisation: none needed");
        } else {
            line("Layout normalisation:");
            in.normalisationNotes().forEach(note -> line("  " + note));
        }
    }

    private void changes(SpecDiff.Changes changes) {
        if (changes.isEmpty()) {
            line("No changes against the previous pin.");
        }
        SpecDiff.Section operations = changes.operations();
        SpecDiff.Section schemas = changes.schemas();
        section("Operations", operations);
        section("Schemas", schemas);
        line("Documentation-only changes: " + tally(operations.documentationOnly(), schemas.documentationOnly()));
        String names =
                changes.extensionNames().isEmpty() ? "" : " (" + String.join(", ", changes.extensionNames()) + ")";
        line("Vendor-extension changes"
                + names
                + ": "
                + tally(operations.extensionChanges(), schemas.extensionChanges()));
        list("Other sections changed", changes.otherSections());
    }

    private void overlay(ReconstructedOverlay.Result overlay) {
        line("Reconstructed nodes (" + ReconstructedOverlay.MARKER + " in the previous pin):");
        String missingLabel = overlay.carried()
                ? "kept (reconstructed, not in fetched spec)"
                : "dropped (-Dspec.dropReconstructed=true, not in fetched spec)";
        pointers(missingLabel, overlay.missing());
        pointers("now published by the vendor", overlay.nowPublished());
    }

    private void pointers(String label, List<JsonPointer> pointers) {
        line("  " + label + ": " + (pointers.isEmpty() ? "none" : pointers.size()));
        pointers.forEach(pointer -> line("    " + pointer));
    }

    private void list(String label, List<String> items) {
        line(label + ": " + (items.isEmpty() ? "none" : String.join(", ", items)));
    }

    private void nested(String label, Map<String, List<String>> items) {
        if (items.isEmpty()) {
            line(label + ": none");
            return;
        }
        line(label + ":");
        items.forEach((name, details) -> {
            line("  " + name);
            details.forEach(detail -> line("    " + detail));
        });
    }

    private void section(String name, SpecDiff.Section section) {
        list(name + " added", section.added());
        list(name + " removed", section.removed());
        nested(name + " changed", section.changed());
    }

    private static String tally(int operations, int schemas) {
        return operations == 0 && schemas == 0 ? "none" : operations + " operations, " + schemas + " schemas";
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
