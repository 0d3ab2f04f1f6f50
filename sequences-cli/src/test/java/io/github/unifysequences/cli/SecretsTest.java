package io.github.unifysequences.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unifysequences.sandbox.SequencesSandbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API key never appears in anything the CLI prints, errors and --verbose included. */
class SecretsTest {
    private static final String KEY = "sk_live_secret_7f3a9c";

    private SequencesSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = SequencesSandbox.builder().apiKeys(KEY).build();
        sandbox.start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void wrongKeyIsOneLineWithAdviceAndNoKey() {
        Cli.Result result = Cli.withoutEnv()
                .env("UNIFY_BASE_URL", sandbox.baseUrl().toString())
                .env("UNIFY_API_KEY", "sk_live_wrong_key_123")
                .run("sequences", "list");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().lines())
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .startsWith("error: HTTP 401 unauthorized")
                        .endsWith("Check UNIFY_API_KEY (or --api-key)."));
        assertThat(result.all()).doesNotContain("sk_live_wrong_key_123");
    }

    @Test
    void verboseErrorsShowTheRequestButNeverTheKey() {
        String url = sandbox.baseUrl().toString();
        Cli.Result result = Cli.withoutEnv()
                .run(
                        "--verbose",
                        "--api-key",
                        KEY,
                        "--base-url",
                        url,
                        "sequences",
                        "get",
                        "00000000-0000-4000-8000-000000000000");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err())
                .contains(
                        "HTTP 404 not_found",
                        "request: GET /sequences/v1/sequences/00000000-0000-4000-8000-000000000000",
                        "response header: ",
                        "at io.github.unifysequences");
        assertThat(result.all()).doesNotContain(KEY);
    }

    @Test
    void theVerboseHttpLogOfARealProcessMasksTheKey() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                SequencesCli.class.getName(),
                "--verbose",
                "--api-key",
                KEY,
                "--base-url",
                sandbox.baseUrl().toString(),
                "sequences",
                "list",
                "--limit",
                "1");
        Process process = builder.redirectErrorStream(true).start();
        process.getOutputStream().close();
        String all = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isZero();
        assertThat(all)
                .contains("--> GET " + sandbox.baseUrl() + "/sequences?limit=1", "x-api-key: ██", "Q4 Outbound")
                .doesNotContain(KEY);
    }

    @Test
    void successfulOutputInEveryFormatHasNoKey() {
        Cli cli = Cli.withoutEnv()
                .env("UNIFY_API_KEY", KEY)
                .env("UNIFY_BASE_URL", sandbox.baseUrl().toString());
        for (String format : new String[] {"table", "json", "jsonl"}) {
            Cli.Result result = cli.run("-v", "-o", format, "enrollments", "list", "--limit", "5");
            assertThat(result.code()).isZero();
            assertThat(result.all()).doesNotContain(KEY);
        }
    }

    @Test
    void aKeyThatAnErrorMessageWouldEchoIsMasked() {
        Cli.Result result = Cli.withoutEnv()
                .env("UNIFY_API_KEY", KEY)
                .env("UNIFY_BASE_URL", sandbox.baseUrl().toString())
                .run("sequences", "get", KEY);
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("██").doesNotContain(KEY);
    }
}
