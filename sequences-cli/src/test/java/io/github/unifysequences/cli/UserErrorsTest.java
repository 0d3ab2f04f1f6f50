package io.github.unifysequences.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** Mistakes people make, answered in one line in their terms (flags, examples, valid values) with the documented exit code. */
class UserErrorsTest extends AgainstSandbox {
    @Test
    void aBaseUrlWithoutTheApiPathIsNamedBeforeAnyRequest() {
        String root = "http://127.0.0.1:" + sandbox.port();
        Cli.Result result = Cli.against(sandbox).env("UNIFY_BASE_URL", root).run("sequences", "list");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err().strip())
                .isEqualTo("error: --base-url " + root + " (or UNIFY_BASE_URL) must end in /sequences/v1,"
                        + " e.g. https://api.unifygtm.com/sequences/v1 or http://127.0.0.1:8080/sequences/v1.");
        assertThat(Cli.against(sandbox)
                        .env("UNIFY_BASE_URL", sandbox.baseUrl() + "/")
                        .run("sequences", "list")
                        .code())
                .isZero();
    }

    @Test
    void httpsToAPlainHttpPortFailsAtOnceWithAHint() {
        String https = sandbox.baseUrl().toString().replace("http://", "https://");
        long started = System.nanoTime();
        Cli.Result result = cli.run("--base-url", https, "sequences", "list");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err())
                .contains(
                        "check --base-url: an https:// URL to a server that speaks plain http:// also ends like this");
        assertThat((System.nanoTime() - started) / 1_000_000_000)
                .as("seconds: three tries of 15 s, not of 60")
                .isLessThan(60);
    }

    @Test
    void datesTakeADayAloneAndABadOneIsOneLineWithAnExample() {
        Cli.Result day = cli.run("enrollments", "list", "--updated-after", "2030-01-01");
        assertThat(day.code()).as(day.err()).isZero();
        Cli.Result bad = cli.run("enrollments", "list", "--updated-after", "June");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().lines())
                .containsExactly(
                        "error: Invalid value for option '--updated-after': 'June' is not a time: use 2025-06-01 (that day, 00:00 UTC) or"
                                + " 2025-06-01T09:30:00Z (or +02:00 for another offset)",
                        "See `sequences enrollments list --help` for its options.");
        Cli.Result unknownOption = cli.run("export", "enrollments", "--mailbox-id", "x", "--out", "-");
        assertThat(unknownOption.err()).doesNotContain("Usage:").contains("See `sequences export enrollments --help`");
    }

    @Test
    void idsAreCheckedUnderTheirOptionNames() {
        Cli.Result option = cli.run("enrollments", "list", "--sequence", "Q4 Outbound");
        assertThat(option.code()).isEqualTo(2);
        assertThat(option.err().strip())
                .isEqualTo("error: --sequence 'Q4 Outbound' is not an id: ids are UUIDs like"
                        + " 5d0f6a3e-2b7c-4f1e-9a58-3c6e1b2d4f70 (the list commands show them).");
        assertThat(cli.run("enrollment-steps", "list", "42").err())
                .startsWith("error: ENROLLMENT_ID '42' is not an id");
        assertThat(cli.run("enroll", "--sequence", "x", "--mailbox-email", "a@b.c", "--csv", "p.csv")
                        .err())
                .startsWith("error: --sequence 'x'");
        assertThat(option.err()).doesNotContain("sequenceId");
    }

    @Test
    void enumValuesTheCliDoesNotKnowAreSentAfterAWarningListingTheKnownOnes() {
        Cli.Result result = cli.run("enrollments", "list", "--status", "archived");
        assertThat(result.err())
                .startsWith("warning: --status ARCHIVED is not a value this CLI knows (DRAFT, IN_PROGRESS, FINISHED);"
                        + " sending it as is.");
        assertThat(cli.run("enrollments", "list", "--status", "in_progress").err())
                .doesNotContain("warning");
    }

    @Test
    void aKeyWithATrailingLineBreakWorksAndOneWithASpaceInsideIsNamed() {
        assertThat(Cli.against(sandbox)
                        .env("UNIFY_API_KEY", sandbox.apiKey() + "\r\n")
                        .run("sequences", "list")
                        .code())
                .isZero();
        assertThat(cli.run("--api-key", " " + sandbox.apiKey() + " ", "sequences", "list")
                        .code())
                .isZero();
        Cli.Result inside =
                Cli.against(sandbox).env("UNIFY_API_KEY", "sandbox key").run("sequences", "list");
        assertThat(inside.code()).isEqualTo(2);
        assertThat(inside.err().strip())
                .isEqualTo("error: The API key (UNIFY_API_KEY) has a space or line break inside it; copy it again.");
    }

    @Test
    void aPortInUseIsOneLineWithWhatToDo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Cli.Result result = Cli.withoutEnv().run("sandbox", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(result.code()).isEqualTo(2);
            assertThat(result.err().strip())
                    .isEqualTo("error: Port " + taken.getLocalPort() + " is in use (or not allowed): pick"
                            + " another with --port N, or --port 0 for any free one.");
        }
    }
}
