package io.github.unifysequences.cli;

import io.github.unifysequences.sandbox.SandboxTest;
import io.github.unifysequences.sandbox.SequencesSandbox;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of the tests that run commands against the sandbox the {@code @SandboxTest} extension gives each test. */
@SandboxTest
abstract class AgainstSandbox {
    @TempDir
    Path dir;

    SequencesSandbox sandbox;
    /** The CLI with UNIFY_API_KEY and UNIFY_BASE_URL pointing at the sandbox. */
    Cli cli;

    @BeforeEach
    void start(SequencesSandbox sandbox) {
        this.sandbox = sandbox;
        cli = Cli.against(sandbox);
    }
}
