package io.github.unifysequences.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SandboxMainTest {
    @Test
    void commandLineFlagsConfigureTheSandbox() {
        try (SequencesSandbox sandbox = SandboxMain.parse(
                        new String[] {"--port", "0", "--seed", "7", "--size", "empty", "--rate-limit", "2/60"})
                .build()) {
            sandbox.start();
            Api api = new Api(sandbox);
            assertThat(api.get("/sequences").json().getAsJsonArray("sequences")).isEmpty();
            assertThat(api.get("/sequences").status()).isEqualTo(200);
            assertThat(api.get("/sequences").status()).isEqualTo(429);
        }
    }

    @Test
    void badFlagsAreRejected() {
        assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--size", "huge"}))
                .hasMessageContaining("Unknown size");
        assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--port"})).hasMessageContaining("Missing value");
        assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--colour", "red"}))
                .hasMessageContaining("Unknown option");
        assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--rate-limit", "100"}))
                .hasMessageContaining("N/SECONDS");
    }
}
