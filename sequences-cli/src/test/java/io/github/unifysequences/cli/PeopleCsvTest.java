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
                + "\"two\nlines\"," + A + "\r\n" // lines 2-3
                + "\r\n" // 4, blank
                + "\"say \"\"hi\"\"\",\"" + B + "\"\n" // 5
                + "x,\n" // 6
                + "short\n" // 7, no second cell
                + "y," + A.toUpperCase() + "\n" // 8
                + "z,1-2-3-4-5"); // 9, no final newline
        assertThat(csv.rows()).containsExactly(new PeopleCsv.Row(2, A), new PeopleCsv.Row(5, B));
        assertThat(csv.invalid())
                .containsExactly(
                        new PeopleCsv.Invalid(6, "", "missing person_id"),
                        new PeopleCsv.Invalid(7, "", "missing person_id"),
                        new PeopleCsv.Invalid(8, A.toUpperCase(), "duplicate of line 2"),
                        new PeopleCsv.Invalid(9, "1-2-3-4-5", "person_id is not a UUID"));
    }

    @Test
    void aFileWithoutThePersonIdColumnIsAUsageError() throws IOException {
        assertThatThrownBy(() -> read("id\n" + A + "\n"))
                .isInstanceOf(CliError.class)
                .hasMessageContaining("has no person_id column")
                .satisfies(e -> assertThat(((CliError) e).exitCode()).isEqualTo(2));
        assertThatThrownBy(() -> read("")).isInstanceOf(CliError.class).hasMessageContaining("is empty");
    }

    @Test
    void aQuoteNeverClosedIsRefusedWithItsLineInsteadOfSwallowingTheRest() {
        assertUsageError(
                "person_id,name\n" + A + ",\"Ann\n" + B + ",Bob\n", "line 2: a quote opened here is never closed");
        // Closed by a later row's quote: the text after it gives the fault away.
        assertUsageError("person_id,name\n" + A + ",\"Ann\n" + B + ",\"Bob\"\n", "line 3: text after a closing quote");
        assertUsageError("person_id,name\n" + A + ",Ann,extra\n", "line 2 has 3 cells but the header has 2");
    }

    @Test
    void spreadsheetShapesAreRead() throws IOException {
        // European Excel: semicolons, a "Person ID" header, blank rows of delimiters, a BOM.
        PeopleCsv semicolons =
                read("\uFEFFName;Person ID;Company\r\nAnn;" + A + ";\"Acme; Inc\"\r\n;;\r\nBob;" + B + ";X\r\n");
        assertThat(semicolons.rows()).containsExactly(new PeopleCsv.Row(2, A), new PeopleCsv.Row(4, B));
        assertThat(semicolons.invalid()).isEmpty();
        PeopleCsv tabs = read("PersonId\tname\n" + A + "\tAnn\n\t\n\tx\n");
        assertThat(tabs.rows()).containsExactly(new PeopleCsv.Row(2, A));
        assertThat(tabs.invalid()).containsExactly(new PeopleCsv.Invalid(4, "", "missing person_id"));
        assertThat(read("name,PERSON-ID\nO\"Brien," + A + "\n,,\n").rows()).containsExactly(new PeopleCsv.Row(2, A));
    }

    @Test
    void excelEncodingsOtherThanUtf8AreRefusedWithHowToSaveTheFile() throws IOException {
        Path cp1252 = dir.resolve("cp1252.csv");
        Files.write(cp1252, ("person_id,name\n" + A + ",Zo\u00eb\n").getBytes("windows-1252"));
        assertThatThrownBy(() -> PeopleCsv.read(cp1252))
                .isInstanceOf(CliError.class)
                .hasMessageContaining("line 2 is not UTF-8")
                .hasMessageContaining("CSV UTF-8");
        Path utf16 = dir.resolve("utf16.csv");
        Files.write(utf16, ("\uFEFFperson_id\n" + A + "\n").getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> PeopleCsv.read(utf16))
                .isInstanceOf(CliError.class)
                .hasMessageContaining("is UTF-16")
                .hasMessageContaining("CSV UTF-8")
                .satisfies(e -> assertThat(((CliError) e).exitCode()).isEqualTo(2));
        assertThatThrownBy(() -> PeopleCsv.read(dir))
                .isInstanceOf(CliError.class)
                .hasMessageContaining("is a folder");
    }

    private void assertUsageError(String text, String message) {
        assertThatThrownBy(() -> read(text))
                .isInstanceOf(CliError.class)
                .hasMessageContaining(message)
                .hasMessageContaining("Nothing was sent")
                .satisfies(e -> assertThat(((CliError) e).exitCode()).isEqualTo(2));
    }

    private PeopleCsv read(String text) throws IOException {
        Path file = dir.resolve("people.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return PeopleCsv.read(file);
    }
}
