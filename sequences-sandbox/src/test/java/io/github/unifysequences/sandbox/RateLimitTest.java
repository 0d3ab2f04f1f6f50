package io.github.unifysequences.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimitTest {
    @Test
    void answers429WithRetryAfterUntilTheWindowRollsOver() {
        SandboxClock clock = SandboxClock.fixed(Instant.parse("2026-01-01T00:00:03Z"));
        try (SequencesSandbox sandbox = SequencesSandbox.builder()
                .clock(clock)
                .rateLimit(5, Duration.ofSeconds(10))
                .apiKeys("a", "b")
                .build()) {
            sandbox.start();
            Api a = new Api(sandbox).withKey("a");
            for (int i = 0; i < 5; i++) {
                assertThat(a.get("/sequences").status()).isEqualTo(200);
            }
            Api.Response limited = a.get("/sequences");
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.str("status")).isEqualTo("rate_limited");
            assertThat(limited.str("message")).isNotBlank();
            assertThat(limited.header("Retry-After")).isEqualTo("7");
            assertThat(new Api(sandbox).withKey("b").get("/sequences").status())
                    .as("limits are per key")
                    .isEqualTo(200);

            clock.advance(Duration.ofSeconds(7));
            assertThat(a.get("/sequences").status()).isEqualTo(200);
        }
    }
}
