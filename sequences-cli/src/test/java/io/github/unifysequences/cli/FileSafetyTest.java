package io.github.unifysequences.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Files the user names: checked before any request, written through links, never replacing what is not a regular file. */
class FileSafetyTest extends AgainstSandbox {
    /** Far more than any run here makes; what is left of it counts the requests the sandbox answered. */
    private static final int COUNTER = 10_000;

    @Test
    void exportWritesThroughASymbolicLinkAndKeepsTheFilesPermissions() throws IOException {
        Path real = dir.resolve("real.ndjson");
        Files.writeString(real, "old\n");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r--r--"));
        Path link = Files.createSymbolicLink(dir.resolve("link.ndjson"), real);
        Cli.Result result = cli.run("export", "enrollments", "--out", link.toString());
        assertThat(result.code()).as(result.all()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllLines(real)).hasSize(sandbox.data().enrollmentCount());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real)))
                .isEqualTo("rw-r--r--");
        assertThat(leftovers()).isEmpty();

        Path fresh = dir.resolve("new.ndjson");
        assertThat(cli.run("export", "enrollments", "--out", fresh.toString()).code())
                .isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .as("names and emails")
                .isEqualTo("rw-------");
    }

    @Test
    void dashIsStdoutAndTheResultLineGoesToStderr() {
        Cli.Result result = cli.run("export", "enrollments", "--format", "csv", "--out", "-");
        assertThat(result.code()).as(result.all()).isZero();
        assertThat(result.out().lines()).hasSize(sandbox.data().enrollmentCount() + 1);
        assertThat(result.err()).contains("Exported " + sandbox.data().enrollmentCount() + " enrollments to -");
        assertThat(Files.exists(Path.of("-"))).isFalse();
    }

    @Test
    void aNamedPipeIsWrittenInPlaceNotReplaced() throws Exception {
        Path fifo = dir.resolve("rows.fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "needs mkfifo");
        CompletableFuture<List<String>> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllLines(fifo);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        Cli.Result result = cli.run("export", "enrollments", "--out", fifo.toString());
        assertThat(result.code()).as(result.all()).isZero();
        assertThat(reader.get(30, TimeUnit.SECONDS)).hasSize(sandbox.data().enrollmentCount());
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void aFullDiskIsAnErrorNotASilentlyShortFile() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "needs Linux's /dev/full");
        Cli.Result result = cli.run("export", "enrollments", "--out", full.toString());
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().strip())
                .isEqualTo("error: cannot read or write a file: --out /dev/full: No space left on device");
        assertThat(Files.isRegularFile(full)).as("the device is still a device").isFalse();
    }

    @Test
    void unusablePathsFailBeforeAnyJobOrEnrollmentIsCreated() throws IOException {
        sandbox.faults().delayNext("POST", "**", COUNTER, Duration.ZERO);
        Cli.Result missing = cli.run(
                "export",
                "enrollments",
                "--out",
                dir.resolve("no/such/folder/rows.ndjson").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip())
                .isEqualTo("error: --out " + dir.resolve("no/such/folder/rows.ndjson") + ": its folder "
                        + dir.resolve("no/such/folder") + " does not exist.");
        Cli.Result folder = cli.run("export", "enrollments", "--out", dir.toString());
        assertThat(folder.err()).contains("is a folder");

        Path csv = dir.resolve("people.csv");
        Files.writeString(
                csv, "person_id\n" + sandbox.data().enrollablePersonIds().get(0) + "\n");
        String[] enroll = {
            "enroll",
            "--sequence",
            sandbox.data().sequenceIds().get(0).toString(),
            "--mailbox-email",
            sandbox.data().mailboxEmails().get(0),
            "--csv",
            csv.toString()
        };
        Cli.Result report = cli.run(
                concat(enroll, "--report", dir.resolve("gone/report.csv").toString()));
        assertThat(report.code()).isEqualTo(2);
        assertThat(report.err()).contains("--report " + dir.resolve("gone/report.csv") + ": its folder");
        Cli.Result journal =
                cli.run(concat(enroll, "--journal", dir.resolve("gone/j").toString()));
        assertThat(journal.err()).contains("--journal " + dir.resolve("gone/j") + ": its folder");

        if (!"root".equals(System.getProperty("user.name"))) {
            Path locked = Files.createDirectory(dir.resolve("read-only"));
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
            Cli.Result readOnly = cli.run(
                    "export",
                    "enrollments",
                    "--out",
                    locked.resolve("rows.ndjson").toString());
            assertThat(readOnly.code()).isEqualTo(2);
            assertThat(readOnly.err()).contains("its folder " + locked + " is not writable");
        }
        assertThat(sandbox.faults().pending()).as("no POST reached the sandbox").isEqualTo(COUNTER);
        assertThat(Files.exists(Path.of(csv + ".journal"))).isFalse();
    }

    @Test
    void ctrlCDuringAnExportLeavesNoPartialFile() throws Exception {
        Path out = dir.resolve("rows.ndjson");
        // Slow result pages, so that the signal lands while rows are being written.
        sandbox.faults().delayNext("GET", "/enrollments/query-jobs/{job_id}/results", 100, Duration.ofMillis(300));
        Process process = cli.process("export", "enrollments", "--out", out.toString())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (leftovers().isEmpty() && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(leftovers()).as("the partial file exists while rows arrive").isNotEmpty();
        assertThat(new ProcessBuilder("kill", "-INT", String.valueOf(process.pid()))
                        .start()
                        .waitFor())
                .isZero();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(130);
        assertThat(leftovers()).isEmpty();
        assertThat(Files.exists(out)).isFalse();
        assertThat(Files.readString(dir.resolve("err.txt"))).contains("Interrupted");
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".partial"))
                    .toList();
        }
    }

    private static String[] concat(String[] first, String... more) {
        return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
    }
}
