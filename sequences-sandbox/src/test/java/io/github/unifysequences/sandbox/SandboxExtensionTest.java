package io.github.unifysequences.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

class SandboxExtensionTest {
    private static final List<URI> STARTED = new CopyOnWriteArrayList<>();

    @AfterAll
    static void everySandboxWasStoppedAfterItsTest() {
        assertThat(STARTED)
                .hasSize(4)
                .allSatisfy(url -> assertThatThrownBy(() -> new Api(url, "k").get("/sequences"))
                        .isInstanceOf(UncheckedIOException.class));
    }

    @Test
    @SandboxTest(seed = 99, size = "empty")
    void injectsTheSandboxItsUrlAndKey(
            SequencesSandbox sandbox, URI baseUrl, @SandboxTest.BaseUrl String url, @SandboxTest.ApiKey String apiKey) {
        STARTED.add(baseUrl);
        assertThat(baseUrl).isEqualTo(sandbox.baseUrl());
        assertThat(url)
                .isEqualTo(baseUrl.toString())
                .startsWith("http://127.0.0.1:")
                .endsWith("/sequences/v1");
        assertThat(apiKey).isEqualTo(SequencesSandbox.DEFAULT_API_KEY);
        assertThat(sandbox.data().enrollmentCount()).isZero();
        assertThat(new Api(baseUrl, apiKey).get("/sequences").json().getAsJsonArray("sequences"))
                .isEmpty();
    }

    @Test
    @ExtendWith(SandboxExtension.class)
    void worksWithPlainExtendWith(SequencesSandbox sandbox) {
        STARTED.add(sandbox.baseUrl());
        assertThat(sandbox.data().sequenceIds()).hasSize(SeedSize.SMALL.sequences);
    }

    @Test
    @SandboxTest
    void eachTestGetsAFreshSandbox(SequencesSandbox sandbox) {
        STARTED.add(sandbox.baseUrl());
        assertThat(sandbox.data().activeEnrollmentIds()).isNotEmpty();
        sandbox.data().activeEnrollmentIds().forEach(id -> new Api(sandbox).delete("/enrollments/" + id));
        assertThat(sandbox.data().activeEnrollmentIds()).isEmpty();
    }

    @Test
    @SandboxTest
    void anotherTestSeesTheSeedUntouched(SequencesSandbox sandbox) {
        STARTED.add(sandbox.baseUrl());
        assertThat(sandbox.data().activeEnrollmentIds()).isNotEmpty();
    }
}
