package io.github.unifysequences.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8SinkTest {
    @Test
    void aSurrogatePairSplitAcrossChunksIsEncodedWhole() throws IOException {
        String text = "a".repeat(32 * 1024 - 1) + "\uD83D\uDE00 é" + "b".repeat(40_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Utf8Sink sink = new Utf8Sink(out)) {
            for (char c : text.toCharArray()) {
                sink.write(c);
            }
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    }
}
