package io.github.unifysequences.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README shows code as a test compiles it: a test marks each sample with {@code // readme:NAME:begin} and
 * {@code // readme:NAME:end}, and the README must contain it unchanged (less the method body's indentation).
 */
final class ReadmeSamples {
    private static final Pattern SAMPLE =
            Pattern.compile("// readme:(\\w+):begin\\n(.*?)\\n\\s*// readme:\\1:end", Pattern.DOTALL);

    private ReadmeSamples() {}

    /**
     * @param test the test class holding the samples, read from its source file
     * @return the names of the samples it marks, in order, each checked to be in the README
     */
    static List<String> checkShown(Class<?> test) throws IOException {
        String source = Files.readString(Path.of("src/test/java", test.getName().replace('.', '/') + ".java"));
        String readme = Files.readString(Path.of("README.md"));
        Matcher sample = SAMPLE.matcher(source);
        List<String> names = new ArrayList<>();
        while (sample.find()) {
            names.add(sample.group(1));
            assertThat(readme)
                    .as("README sample " + sample.group(1))
                    .contains(sample.group(2).replaceAll("(?m)^        ", ""));
        }
        return names;
    }
}
