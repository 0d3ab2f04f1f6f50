package io.github.unifysequences.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The README's advice on dispatching over the sealed {@link SequenceStep}: the block there must match the code below,
 * and a step type the SDK does not model takes the last branch. The steps are built with the models' builders, the
 * way an application's test builds them.
 */
class SealedStepDispatchTest {
    private static final StepCommon COMMON = StepCommon.builder().id(UUID.fromString("5d0f6a3e-2b7c-4f1e-9a58-3c6e1b2d4f70"))
            .build();

    @Test
    void eachVariantTakesItsBranchAndAnUnknownTypeTheLast() {
        SequenceStep email = AutomaticEmailStep.builder().common(COMMON)
                .email(EmailContent.builder().subject("Hello").body("<p>Hi</p>").build()).build();
        SequenceStep unknown = UnknownStep.builder().common(COMMON).type(StepType.of("VIDEO_MESSAGE")).build();

        assertThat(summary(email)).isEqualTo("email: Hello");
        assertThat(summary(unknown)).isEqualTo("VIDEO_MESSAGE");
    }

    @Test
    void aBuilderNamesTheRequiredFieldThatWasNotSet() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UnknownStep.builder().common(COMMON).build())
                .isInstanceOf(IllegalStateException.class).hasMessage("UnknownStep.type is required but was not set");
    }

    @Test
    void readmeShowsTheCodeThatRuns() throws IOException {
        String source = Files.readString(Path.of("src/test/java/io/github/unifysequences/models/SealedStepDispatchTest.java"));
        String code = source.substring(source.indexOf("// dispatch:begin\n") + "// dispatch:begin\n".length(),
                source.lastIndexOf("        // dispatch:end"));
        assertThat(Files.readString(Path.of("README.md"))).contains(code.replaceAll("(?m)^        ", ""));
    }

    private static String summary(SequenceStep step) {
        // dispatch:begin
        String summary;
        if (step instanceof AutomaticEmailStep email) {
            summary = "email: " + email.email().subject().orElse("(reply)");
        } else if (step instanceof TaskStep task) {
            summary = "task " + task.type();
        } else {
            summary = step.type().asString();   // ManualEmailStep, UnknownStep, and any variant a later SDK version adds
        }
        // dispatch:end
        return summary;
    }
}
