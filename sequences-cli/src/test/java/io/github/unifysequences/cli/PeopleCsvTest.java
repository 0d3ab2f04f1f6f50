package io.github.unifysequences.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleCsvTest {
    private static final String A = "9b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8";
    private static final String B = "5d0f6a3e-2b7c-4f1e-9a58-3c6e1b2d4f70";

    @TempDir
    Path dir;

    @Test
    void lineNumbersFollowTheFileThroughQuotesCrlfAndBlankLines() throws IOException {
        PeopleCsv csv = read("\uFEFFnote,Person_ID\r\n"
                + "\"two\nlines\"," + A + "\r\n"        // lines 2-3
                + "\r\n"                                 // 4, blank
                + "\"say \"\"hi\"\"\",\"" + B + "\"\n"   // 5
                + "x,\n"                                 // 6
                + "short\n"                              // 7, no second cell
                + "y," + A.toUpperCase() + "\n"          // 8
                + "z,1-2-3-4-5");                        // 9, no final newline
        assertThat(csv.rows()).containsExactly(new PeopleCsv.Row(2, A), new PeopleCsv.Row(5, B));
        assertThat(csv.invalid()).containsExactly(
                new PeopleCsv.Invalid(6, "", "missing person_id"),
                new PeopleCsv.Invalid(7, "", "missing person_id"),
                new PeopleCsv.Invalid(8, A.toUpperCase(), "duplicate of line 2"),
                new PeopleCsv.Invalid(9, "1-2-3-4-5", "person_id is not a UUID"));
    }

    @Test
    void aFileWithoutThePersonIdColumnIsAUsageError() throws IOException {
        assertThatThrownBy(() -> read("id\n" + A + "\n")).isInstanceOf(CliError.class)
                .hasMessageContaining("has no person_id column").satisfies(e -> assertThat(((CliError) e).exitCode()).isEqualTo(2));
        assertThatThrownBy(() -> read("")).isInstanceOf(CliError.class).hasMessageContaining("is empty");
    }

    private PeopleCsv read(String text) throws IOException {
        Path file = dir.resolve("people.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return PeopleCsv.read(file);
    }
}
