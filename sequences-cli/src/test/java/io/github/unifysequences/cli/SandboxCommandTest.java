package io.github.unifysequences.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SandboxCommandTest {

    @Test
    void servesUntilStoppedAndPrintsHowToReachIt() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine commandLine = SequencesCli.commandLine(
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), Map.of());
        SandboxCommand command =
                (SandboxCommand) commandLine.getSubcommands().get("sandbox").getCommand();
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(
                () -> commandLine.execute("sandbox", "--port", "0", "--seed", "7", "--size", "small"));

        Matcher url = Pattern.compile(
                        "sandbox: (http://127\\.0\\.0\\.1:\\d+/sequences/v1) \\(seed 7, small, 30 enrollments\\)")
                .matcher("");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        // The command prints its banner line by line from another thread: wait for the last line, not the first.
        while (!(url.reset(out.toString()).find() && out.toString().contains("export UNIFY_BASE_URL="))
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(out.toString()).contains("Its API key is sandbox-key.", "export UNIFY_BASE_URL=");

        Cli.Result listed = Cli.withoutEnv()
                .env("UNIFY_API_KEY", "sandbox-key")
                .env("UNIFY_BASE_URL", url.group(1))
                .run("sequences", "list", "-o", "jsonl");
        assertThat(listed.code()).isZero();
        assertThat(listed.out().lines()).hasSize(5);

        command.stop.countDown();
        assertThat(code.get()).isZero();
        assertThat(Cli.withoutEnv().run("sandbox", "--size", "huge").code()).isEqualTo(2);
    }
}
