package io.github.unifysequences.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unifysequences.sandbox.SeedSize;
import io.github.unifysequences.sandbox.SequencesSandbox;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lists over a workspace of thousands of enrollments: largest pages, streamed output, and no pages after stdout is gone. */
class ListStreamingTest {
    private static final int ENROLLMENTS = 3000;
    /** Far more than any run here makes; what is left of it counts the list requests the sandbox answered. */
    private static final int COUNTER = 100_000;

    private static SequencesSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = SequencesSandbox.builder()
                .size(SeedSize.custom(5, 1000, ENROLLMENTS))
                .build();
        sandbox.start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void listsAskForTheLargestPageAndTheLimitCapsTheTotalOnly() {
        assertThat(pagesFetched(() -> assertThat(Cli.against(sandbox)
                                .run("enrollments", "list", "-o", "jsonl")
                                .out()
                                .lines())
                        .hasSize(ENROLLMENTS)))
                .as("100 per page")
                .isEqualTo(ENROLLMENTS / ListLimit.MAX_PAGE);
        assertThat(pagesFetched(() -> assertThat(Cli.against(sandbox)
                                .run("enrollments", "list", "-o", "jsonl", "--limit", "250")
                                .out()
                                .lines())
                        .hasSize(250)))
                .isEqualTo(3);
        assertThat(pagesFetched(() -> assertThat(Cli.against(sandbox)
                                .run("enrollments", "list", "-o", "jsonl", "--limit", "30", "--page-size", "10")
                                .out()
                                .lines())
                        .hasSize(30)))
                .isEqualTo(3);
        Cli.Result tooBig = Cli.against(sandbox).run("enrollments", "list", "--page-size", "101");
        assertThat(tooBig.code()).isEqualTo(2);
        assertThat(tooBig.err()).contains("--page-size must be between 1 and 100");
    }

    @Test
    void aLongTableIsStreamedAligned() {
        Cli.Result table = Cli.against(sandbox).run("enrollments", "list");
        assertThat(table.code()).as(table.err()).isZero();
        List<String> lines = table.out().lines().toList();
        assertThat(lines).hasSize(ENROLLMENTS + 1);
        // Every row's status column starts where the header's does: one set of widths for the whole table.
        int status = lines.get(0).indexOf("STATUS");
        assertThat(lines.subList(1, lines.size()))
                .allSatisfy(l -> assertThat(l.substring(status)).matches("(DRAFT|IN_PROGRESS|FINISHED) .*"));
        assertThat(table.err()).contains(ENROLLMENTS + " items");
    }

    @Test
    void aClosedPipeStopsTheListingAtOnce() throws Exception {
        long pages = pagesFetched(() -> {
            Process process = Cli.against(sandbox)
                    .process("enrollments", "list", "-o", "jsonl", "--page-size", "10")
                    .redirectError(ProcessBuilder.Redirect.PIPE)
                    .start();
            process.getOutputStream().close();
            // What `| head -2` does: read two lines, then close the pipe.
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            assertThat(reader.readLine()).startsWith("{");
            assertThat(reader.readLine()).startsWith("{");
            reader.close();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(err).isEqualTo(1);
            assertThat(err).contains("stdout is closed or full", "no further pages were fetched");
        });
        // At most what fits the pipe's buffer before the reader quit; the whole list would be 300 pages.
        assertThat(pages).isLessThan(30);
    }

    @Test
    void aFullDiskStopsTheListing() throws Exception {
        File full = new File("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "needs Linux's /dev/full");
        long pages = pagesFetched(() -> {
            Process process = Cli.against(sandbox)
                    .process("enrollments", "list", "--page-size", "10")
                    .redirectOutput(full)
                    .redirectError(ProcessBuilder.Redirect.PIPE)
                    .start();
            process.getOutputStream().close();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(err).isEqualTo(1);
            assertThat(err.lines().filter(l -> l.startsWith("error: ")))
                    .containsExactly(
                            "error: stopped after 500 items: stdout is closed or full (a pipe reader that quit, a full disk); no further pages were fetched.");
        });
        assertThat(pages).isLessThanOrEqualTo(Table.WINDOW / 10 + 1);
    }

    /** Runs something and answers how many enrollment list requests the sandbox served meanwhile. */
    private static long pagesFetched(ThrowingRunnable run) {
        sandbox.faults().clear();
        sandbox.faults().delayNext("GET", "/enrollments", COUNTER, Duration.ZERO);
        try {
            run.run();
            return COUNTER - sandbox.faults().pending();
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            sandbox.faults().clear();
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
