package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModulePathTest {
    private static final Pattern READY =
            Pattern.compile("Unify Sequences sandbox at (\\S+) \\(x-api-key: (\\S+)\\), (\\d+) enrollments.*");

    @Test
    void theConsumerModuleCallsTheSandboxModuleOnTheModulePath() throws Exception {
        String sandboxPath = read("sandbox.modulePath");
        assertFalse(
                descriptor(sandboxPath, "io.github.unifysequences.sandbox").isAutomatic(),
                "the sandbox jar has a module descriptor");
        Process sandbox = java(
                "--module-path",
                sandboxPath,
                "--module",
                "io.github.unifysequences.sandbox/io.github.unifysequences.sandbox.SandboxMain",
                "--port",
                "0",
                "--size",
                "small");
        // The sandbox ends before its output is abandoned: closing a reader another thread is draining would block.
        BufferedReader out =
                new BufferedReader(new InputStreamReader(sandbox.getInputStream(), StandardCharsets.UTF_8));
        try {
            String ready = out.readLine();
            assertNotNull(ready, "the sandbox module printed nothing");
            Matcher started = READY.matcher(ready);
            assertTrue(started.matches(), ready);
            // Keeps the sandbox's log from filling the pipe and stalling it while the consumer runs.
            Thread drain = new Thread(() -> out.lines().forEach(line -> {}));
            drain.setDaemon(true);
            drain.start();

            String modulePath =
                    read("consumer.modulePath") + File.pathSeparator + System.getProperty("consumer.classes");
            Process consumer = java(
                    "--module-path",
                    modulePath,
                    "--module",
                    "com.example.consumer/com.example.consumer.Main",
                    started.group(1),
                    started.group(2));
            String output = new String(consumer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(consumer.waitFor(2, TimeUnit.MINUTES), output);
            assertEquals(0, consumer.exitValue(), output);
            List<String> lines =
                    output.lines().filter(line -> !line.startsWith("SLF4J")).toList();
            // Named module (not automatic), a non-empty page, and a field read through Gson's tree.
            assertTrue(
                    lines.get(0)
                            .matches("module io\\.github\\.unifysequences\\.sdk listed [1-9][0-9]* sequences; "
                                    + "first id \"[0-9a-f-]{36}\""),
                    output);
            assertEquals("unknown sequence: HTTP 404", lines.get(1), output);
            assertEquals("exported " + started.group(3) + " enrollments", lines.get(2), output);
        } finally {
            sandbox.destroy();
            sandbox.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /**
     * A module that uses the sandbox but not its JUnit extension (a demo, a dev server) needs nothing but Gson beside
     * it: JUnit is read by the sandbox only when present.
     */
    @Test
    void aModuleRequiringTheSandboxCompilesAndRunsWithoutJUnit(@TempDir Path dir) throws Exception {
        String sandboxPath = read("sandbox.modulePath");
        assertFalse(sandboxPath.contains("junit"), sandboxPath);
        Path sources = Files.createDirectories(dir.resolve("src/com/example/sandboxuser"));
        Files.writeString(
                dir.resolve("src/module-info.java"),
                "module com.example.sandboxuser { requires io.github.unifysequences.sandbox; }");
        Files.writeString(
                sources.resolve("Main.java"),
                String.join(
                        "\n",
                        "package com.example.sandboxuser;",
                        "import io.github.unifysequences.sandbox.SequencesSandbox;",
                        "public class Main {",
                        "    public static void main(String[] args) {",
                        "        try (SequencesSandbox sandbox = SequencesSandbox.builder().build()) {",
                        "            sandbox.start();",
                        "            System.out.println(\"sandbox module at \" + sandbox.baseUrl());",
                        "        }",
                        "    }",
                        "}"));
        Path classes = dir.resolve("classes");
        int compiled = ToolProvider.getSystemJavaCompiler()
                .run(
                        null,
                        null,
                        null,
                        "--module-path",
                        sandboxPath,
                        "-d",
                        classes.toString(),
                        dir.resolve("src/module-info.java").toString(),
                        sources.resolve("Main.java").toString());
        assertEquals(0, compiled, "javac refused a module that requires the sandbox (see its output above)");

        Process run = java(
                "--module-path",
                sandboxPath + File.pathSeparator + classes,
                "--module",
                "com.example.sandboxuser/com.example.sandboxuser.Main");
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(2, TimeUnit.MINUTES), output);
        assertEquals(0, run.exitValue(), output);
        assertTrue(output.lines().anyMatch(line -> line.startsWith("sandbox module at http://127.0.0.1:")), output);
    }

    private static String read(String property) throws Exception {
        return Files.readString(Path.of(System.getProperty(property))).strip();
    }

    private static ModuleDescriptor descriptor(String modulePath, String name) {
        Path[] entries = Arrays.stream(modulePath.split(File.pathSeparator))
                .map(Path::of)
                .toArray(Path[]::new);
        return ModuleFinder.of(entries)
                .find(name)
                .map(ModuleReference::descriptor)
                .orElseThrow(() -> new AssertionError(name + " is not on " + modulePath));
    }

    private static Process java(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
