package io.github.unifysequences.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A dependency sample that names another version than the build's fails to resolve for whoever copies it. */
class ReadmeVersionTest {
    private static final Pattern OUR_ARTIFACT =
            Pattern.compile("<groupId>io\\.github\\.unifysequences</groupId>\\s*<artifactId>([\\w-]+)</artifactId>"
                    + "\\s*<version>([^<]+)</version>");

    @Test
    void everyDependencySampleNamesTheBuildsVersion() throws IOException {
        Matcher project = Pattern.compile(
                        "<artifactId>unify-sequences-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("../pom.xml")));
        assertThat(project.find()).isTrue();
        int samples = 0;
        for (Path readme : List.of(Path.of("../README.md"), Path.of("README.md"))) {
            Matcher sample = OUR_ARTIFACT.matcher(Files.readString(readme));
            while (sample.find()) {
                samples++;
                assertThat(sample.group(2)).as(readme + ": " + sample.group(1)).isEqualTo(project.group(1));
            }
        }
        assertThat(samples).as("dependency samples found").isGreaterThanOrEqualTo(2);
    }
}
