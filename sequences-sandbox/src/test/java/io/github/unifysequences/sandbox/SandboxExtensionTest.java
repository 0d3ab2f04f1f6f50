package io.github.unifysequences.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

class SandboxExtensionTest {
    @Test
    @SandboxTest(seed = 99, size = "empty")
    void injectsTheSandboxItsUrlAndKey(SequencesSandbox sandbox, URI baseUrl, @SandboxTest.BaseUrl String url,
                                       @SandboxTest.ApiKey String apiKey) {
        assertThat(baseUrl).isEqualTo(sandbox.baseUrl());
        assertThat(url).isEqualTo(baseUrl.toString()).startsWith("http://127.0.0.1:").endsWith("/sequences/v1");
        assertThat(apiKey).isEqualTo(SequencesSandbox.DEFAULT_API_KEY);
        assertThat(sandbox.data().enrollmentCount()).isZero();
        assertThat(new Api(baseUrl, apiKey).get("/sequences").json().getAsJsonArray("sequences")).isEmpty();
    }

    @Test
    @ExtendWith(SandboxExtension.class)
    void worksWithPlainExtendWith(SequencesSandbox sandbox) {
        assertThat(sandbox.data().sequenceIds()).hasSize(SeedSize.SMALL.sequences);
    }

    @Test
    @SandboxTest
    void eachTestGetsAFreshSandbox(SequencesSandbox sandbox) {
        assertThat(sandbox.data().activeEnrollmentIds()).isNotEmpty();
        sandbox.data().activeEnrollmentIds().forEach(id -> new Api(sandbox).delete("/enrollments/" + id));
        assertThat(sandbox.data().activeEnrollmentIds()).isEmpty();
    }

    @Test
    @SandboxTest
    void anotherTestSeesTheSeedUntouched(SequencesSandbox sandbox) {
        assertThat(sandbox.data().activeEnrollmentIds()).isNotEmpty();
    }
}
