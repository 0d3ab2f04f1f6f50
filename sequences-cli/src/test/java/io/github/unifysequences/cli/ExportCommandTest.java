package io.github.unifysequences.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.unifysequences.sandbox.SandboxTest;
import io.github.unifysequences.sandbox.SequencesSandbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SandboxTest
class ExportCommandTest {
    @TempDir
    Path dir;

    private SequencesSandbox sandbox;
    private Cli cli;

    @BeforeEach
    void start(SequencesSandbox sandbox) {
        this.sandbox = sandbox;
        cli = Cli.against(sandbox);
    }

    @Test
    void exportsEveryEnrollmentAsNdjsonAndFilteredOnesAsCsv() throws IOException {
        Path ndjson = dir.resolve("all.ndjson");
        Cli.Result all = cli.run("export", "enrollments", "--out", ndjson.toString());
        assertThat(all.code()).as(all.all()).isZero();
        List<String> lines = Files.readAllLines(ndjson);
        assertThat(lines).hasSize(sandbox.data().enrollmentCount());
        assertThat(lines.stream().map(l -> JsonParser.parseString(l).getAsJsonObject().get("id").getAsString()).distinct())
                .hasSize(sandbox.data().enrollmentCount());
        assertThat(all.out()).startsWith("Exported " + sandbox.data().enrollmentCount() + " enrollments to " + ndjson + " (query job ");
        assertThat(all.err()).contains("export: " + sandbox.data().enrollmentCount() + "/" + sandbox.data().enrollmentCount() + " rows done");

        Path csv = dir.resolve("in-progress.csv");
        Cli.Result filtered = cli.run("export", "enrollments", "--status", "IN_PROGRESS", "--format", "csv", "--out", csv.toString());
        assertThat(filtered.code()).isZero();
        long listed = cli.run("enrollments", "list", "--status", "IN_PROGRESS", "-o", "jsonl").out().lines().count();
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).startsWith("id,").contains(",status,");
        assertThat(rows).hasSize((int) listed + 1);
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r).contains(",IN_PROGRESS,"));
    }

    @Test
    void exportsEnrollmentStepsAndAnswersJsonForScripts() throws IOException {
        Path file = dir.resolve("emails.ndjson");
        Cli.Result result = cli.run("export", "enrollment-steps", "--type", "AUTOMATIC_EMAIL", "--out", file.toString(), "-o", "json");
        assertThat(result.code()).isZero();
        JsonObject answer = JsonParser.parseString(result.out()).getAsJsonObject();
        List<String> lines = Files.readAllLines(file);
        assertThat(answer.get("rows").getAsLong()).isEqualTo(lines.size()).isPositive();
        assertThat(answer.get("format").getAsString()).isEqualTo("ndjson");
        assertThat(lines).allSatisfy(l -> assertThat(JsonParser.parseString(l).getAsJsonObject().get("type").getAsString())
                .isEqualTo("AUTOMATIC_EMAIL"));
    }

    @Test
    void aFailedJobIsOneErrorLine() {
        sandbox.faults().failNextQueryJobs(1, "query_timeout");
        Cli.Result result = cli.run("export", "enrollments", "--out", dir.resolve("x.ndjson").toString());
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().lines()).singleElement().satisfies(l -> assertThat(l).startsWith("error: Query job ")
                .contains("is FAILED (query_timeout)").endsWith("No file was written; run the export again."));
        assertThat(dir.toFile().list()).isEmpty();
        assertThat(cli.run("export", "enrollments", "--status", "GONE", "--out", dir.resolve("y.ndjson").toString()).code()).isEqualTo(2);
    }
}
