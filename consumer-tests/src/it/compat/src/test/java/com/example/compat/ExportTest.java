package com.example.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.core.ExportOptions;
import io.github.unifysequences.core.QueryJobExport;
import io.github.unifysequences.models.EnrollmentQueryParams;
import io.github.unifysequences.models.SequenceEnrollment;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ExportTest {
    /** SandboxMain's first line: "Unify Sequences sandbox at URL (x-api-key: KEY), N enrollments, ready in T ms". */
    private static final Pattern READY =
            Pattern.compile("sandbox at (\\S+) \\(x-api-key: (\\S+)\\), (\\d+) enrollments");

    @Test
    void exportsEveryEnrollmentOfTheSandbox() throws Exception {
        String gsonJar = jarOf(Gson.class);
        String kotlinJar = jarOf(Class.forName("kotlin.Unit"));
        String okhttpJar = jarOf(Class.forName("okhttp3.OkHttpClient"));
        String jspecifyJar = jarOf(Class.forName("org.jspecify.annotations.NullMarked"));
        System.out.println(System.getProperty("compat.scenario") + ": " + gsonJar + ", " + kotlinJar + ", " + okhttpJar
                + ", " + jspecifyJar);
        // The scenario runs the library versions it names (README's compatibility table), not whatever resolved.
        assertResolved(gsonJar, "compat.gsonJar");
        assertResolved(kotlinJar, "compat.kotlinJar");
        assertResolved(okhttpJar, "compat.okhttpJar");
        assertResolved(jspecifyJar, "compat.jspecifyJar");

        Process sandbox = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("compat.sandboxLib") + File.separator + "*",
                        "io.github.unifysequences.sandbox.SandboxMain",
                        "--port",
                        "0")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            String ready = new BufferedReader(new InputStreamReader(sandbox.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            Matcher m = READY.matcher(String.valueOf(ready));
            assertTrue(m.find(), "the sandbox did not start: " + ready);
            ExportOptions options = ExportOptions.builder()
                    .pollInterval(Duration.ofMillis(100), Duration.ofMillis(500))
                    .build();
            try (UnifySequencesClient client = UnifySequencesClient.builder()
                            .baseUrl(m.group(1))
                            .apiKey(m.group(2))
                            .build();
                    QueryJobExport<SequenceEnrollment> rows =
                            client.enrollments().queryJobs().export(EnrollmentQueryParams.all(), options)) {
                assertEquals(
                        Long.parseLong(m.group(3)),
                        rows.stream().map(SequenceEnrollment::id).distinct().count());
            }
        } finally {
            sandbox.destroy();
            sandbox.waitFor();
        }
    }

    private static void assertResolved(String jar, String property) {
        String expected = System.getProperty(property);
        assertTrue(jar.endsWith("/" + expected), jar + " is not the " + expected + " of this scenario");
    }

    private static String jarOf(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().getPath();
    }
}
