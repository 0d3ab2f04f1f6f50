package io.github.unifysequences.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's advice on switching over an {@link ApiEnum}: the block there must match the code below, and run. */
class ForwardCompatibleSwitchTest {

    @Test
    void aValueTheSdkDoesNotKnowTakesTheDefaultBranch() {
        assertThat(label(EnrollmentStatus.IN_PROGRESS)).isEqualTo("running");
        assertThat(label(EnrollmentStatus.of("ARCHIVED"))).isEqualTo("ARCHIVED");
    }

    @Test
    void readmeShowsTheCodeThatRuns() throws IOException {
        String source = Files.readString(Path.of("src/test/java/io/github/unifysequences/models/ForwardCompatibleSwitchTest.java"));
        String code = source.substring(source.indexOf("// switch:begin\n") + "// switch:begin\n".length(),
                source.lastIndexOf("        // switch:end"));
        assertThat(Files.readString(Path.of("README.md"))).contains(code.replaceAll("(?m)^        ", ""));
    }

    private static String label(EnrollmentStatus status) {
        // switch:begin
        return switch (status.value()) {
            case DRAFT -> "awaiting approval";
            case IN_PROGRESS -> "running";
            case FINISHED -> "finished";
            default -> status.asString();   // UNKNOWN, and any value a later SDK version adds
        };
        // switch:end
    }
}
