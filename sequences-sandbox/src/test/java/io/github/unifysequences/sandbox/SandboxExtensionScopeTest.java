package io.github.unifysequences.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where a class's {@code @SandboxTest} reaches: its nested classes, its subclasses, parameterized tests. */
@SandboxTest(size = "empty")
class SandboxExtensionScopeTest {
    @Test
    void theClassSettingsApply(SequencesSandbox sandbox) {
        assertThat(sandbox.data().sequenceIds()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = "https://example.com/elsewhere")
    void aParameterizedUriIsTheTestsOwnAndTheBaseUrlIsAnnotated(URI argument, @SandboxTest.BaseUrl URI baseUrl) {
        assertThat(argument).isEqualTo(URI.create("https://example.com/elsewhere"));
        assertThat(baseUrl.getHost()).isEqualTo("127.0.0.1");
    }

    @Nested
    class NestedClass {
        @Test
        void usesTheEnclosingClassSettings(SequencesSandbox sandbox) {
            assertThat(sandbox.data().sequenceIds()).isEmpty();
        }
    }

    @SandboxTest(seed = 7, size = "small")
    abstract static class Seed7Base {}

    @Nested
    class InheritingClass extends Seed7Base {
        @Test
        void usesItsSuperclassSettingsBeforeTheEnclosingClassOnes(SequencesSandbox sandbox) {
            try (SequencesSandbox seed7 = SequencesSandbox.builder().seed(7).build()) {
                assertThat(sandbox.data().sequenceIds())
                        .hasSize(SeedSize.SMALL.sequences)
                        .isEqualTo(seed7.data().sequenceIds());
            }
        }
    }
}
