package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.unifysequences.sandbox.SequencesSandbox;
import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ModulePathTest {
    @Test
    void theConsumerModuleCallsTheSandboxOnTheModulePath() throws Exception {
        String modulePath = Files.readString(Path.of(System.getProperty("consumer.modulePath"))).strip()
                + File.pathSeparator + System.getProperty("consumer.classes");
        try (SequencesSandbox sandbox = SequencesSandbox.builder().queryJobDuration(Duration.ZERO).build()) {
            URI baseUrl = sandbox.start();
            Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--module-path", modulePath,
                    "--module", "com.example.consumer/com.example.consumer.Main",
                    baseUrl.toString(), sandbox.apiKey())
                    .redirectErrorStream(true).start();
            String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(java.waitFor(2, TimeUnit.MINUTES), output);
            assertEquals(0, java.exitValue(), output);
            List<String> lines = output.lines().filter(line -> !line.startsWith("SLF4J")).toList();
            // Named module (not automatic), a non-empty page, and a field read through Gson's tree.
            assertTrue(lines.get(0).matches("module io\\.github\\.unifysequences\\.sdk listed [1-9][0-9]* sequences; "
                    + "first id \"[0-9a-f-]{36}\""), output);
            assertEquals("unknown sequence: HTTP 404", lines.get(1), output);
            assertEquals("exported " + sandbox.data().enrollmentCount() + " enrollments", lines.get(2), output);
        }
    }
}
