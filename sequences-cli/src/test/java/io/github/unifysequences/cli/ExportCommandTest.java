package io.github.unifysequences.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportCommandTest extends AgainstSandbox {
    @Test
    void exportsEveryEnrollmentAsNdjsonAndFilteredOnesAsCsv() throws IOException {
        Path ndjson = dir.resolve("all.ndjson");
        Cli.Result all = cli.run("export", "enrollments", "--out", ndjson.toString());
        assertThat(all.code()).as(all.all()).isZero();
        List<String> lines = Files.readAllLines(ndjson);
        assertThat(lines).hasSize(sandbox.data().enrollmentCount());
        assertThat(lines.stream()
                        .map(l -> JsonParser.parseString(l)
                                .getAsJsonObject()
                                .get("id")
                                .getAsString())
                        .distinct())
                .hasSize(sandbox.data().enrollmentCount());
        assertThat(all.out())
                .startsWith(
                        "Exported " + sandbox.data().enrollmentCount() + " enrollments to " + ndjson + " (query job ");
        assertThat(all.err())
                .contains("export: " + sandbox.data().enrollmentCount() + "/"
                        + sandbox.data().enrollmentCount() + " rows done");

        Path csv = dir.resolve("in-progress.csv");
        Cli.Result filtered =
                cli.run("export", "enrollments", "--status", "IN_PROGRESS", "--format", "csv", "--out", csv.toString());
        assertThat(filtered.code()).isZero();
        long listed = cli.run("enrollments", "list", "--status", "IN_PROGRESS", "-o", "jsonl")
                .out()
                .lines()
                .count();
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).startsWith("id,").contains(",status,");
        assertThat(rows).hasSize((int) listed + 1);
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r).contains(",IN_PROGRESS,"));
    }

    @Test
    void csvHasFixedColumnsCoveringTheSpecsRowsAHeaderForNoRowsAndAnExcelOption() throws IOException {
        // The columns, from the pinned spec: every field of a bulk row is a column or spread over columns.
        JsonObject schemas = JsonParser.parseString(
                        Files.readString(Path.of("..", "openapi", "unify-sequences-v1.openapi.json")))
                .getAsJsonObject()
                .getAsJsonObject("components")
                .getAsJsonObject("schemas");
        for (var kind : List.of(
                List.of("SequenceEnrollment", ExportCommands.Enrollments.COLUMNS),
                List.of("SequenceEnrollmentStep", ExportCommands.EnrollmentSteps.COLUMNS))) {
            @SuppressWarnings("unchecked")
            List<String> columns = (List<String>) kind.get(1);
            assertThat(schemas.getAsJsonObject((String) kind.get(0))
                            .getAsJsonObject("properties")
                            .keySet())
                    .allSatisfy(
                            field -> assertThat(columns).anyMatch(c -> c.equals(field) || c.startsWith(field + ".")));
        }

        Path none = dir.resolve("none.csv");
        Cli.Result empty = cli.run(
                "export", "enrollments", "--updated-after", "2099-01-01", "--format", "csv", "--out", none.toString());
        assertThat(empty.code()).as(empty.err()).isZero();
        assertThat(Files.readAllLines(none)).containsExactly(String.join(",", ExportCommands.Enrollments.COLUMNS));

        Path excel = dir.resolve("excel.csv");
        assertThat(cli.run("export", "enrollments", "--format", "csv", "--excel", "--out", excel.toString())
                        .code())
                .isZero();
        List<String> rows = Files.readAllLines(excel);
        assertThat(rows.get(0)).startsWith("\uFEFFid,updated_at,");
        JsonObject first = JsonParser.parseString(
                        cli.run("enrollments", "get", rows.get(1).substring(0, 36), "-o", "json")
                                .out())
                .getAsJsonObject();
        assertThat(rows.get(1))
                .contains("," + first.getAsJsonObject("person").get("email").getAsString() + ",");
        assertThat(cli.run("export", "enrollments", "--excel", "--out", excel.toString())
                        .err())
                .contains("--excel is for --format csv");
    }

    @Test
    void exportsEnrollmentStepsAndAnswersJsonForScripts() throws IOException {
        Path file = dir.resolve("emails.ndjson");
        Cli.Result result = cli.run(
                "export", "enrollment-steps", "--type", "AUTOMATIC_EMAIL", "--out", file.toString(), "-o", "json");
        assertThat(result.code()).isZero();
        JsonObject answer = JsonParser.parseString(result.out()).getAsJsonObject();
        List<String> lines = Files.readAllLines(file);
        assertThat(answer.get("rows").getAsLong()).isEqualTo(lines.size()).isPositive();
        assertThat(answer.get("format").getAsString()).isEqualTo("ndjson");
        assertThat(lines)
                .allSatisfy(l -> assertThat(JsonParser.parseString(l)
                                .getAsJsonObject()
                                .get("type")
                                .getAsString())
                        .isEqualTo("AUTOMATIC_EMAIL"));
    }

    @Test
    void aFailedJobIsOneErrorLine() {
        sandbox.faults().failNextQueryJobs(1, "query_timeout");
        Cli.Result result = cli.run(
                "export", "enrollments", "--out", dir.resolve("x.ndjson").toString());
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().lines())
                .singleElement()
                .satisfies(l -> assertThat(l)
                        .startsWith("error: Query job ")
                        .contains("is FAILED (query_timeout)")
                        .endsWith("No file was written; run the export again."));
        assertThat(dir.toFile().list()).isEmpty();
        // A status the CLI does not know is sent as typed (issue #11); the API's refusal is exit 1, and no file is
        // written.
        assertThat(cli.run(
                                "export",
                                "enrollments",
                                "--status",
                                "GONE",
                                "--out",
                                dir.resolve("y.ndjson").toString())
                        .code())
                .isEqualTo(1);
        assertThat(dir.toFile().list()).isEmpty();
    }
}
