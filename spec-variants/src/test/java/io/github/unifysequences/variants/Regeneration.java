package io.github.unifysequences.variants;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.GlobalSettings;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What the build does to a pin, done in-process for one variant: re-pin with the update tool, write the generator
 * input (generated-client's own {@code GeneratorInput.java}), run openapi-generator with the configuration read
 * from {@code generated-client/pom.xml} (so there is one generator configuration, the build's), and compile the
 * generated client together with the SDK's sources.
 */
final class Regeneration {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path GENERATOR_POM = ROOT.resolve("generated-client/pom.xml");

    private Regeneration() {}

    /** Re-pins {@code variant} over a copy of the committed pin and lock in {@code dir}; returns the change report. */
    static String repin(Path variant, Path dir, String publishedBase) throws IOException {
        Files.copy(
                ROOT.resolve("openapi/unify-sequences-v1.openapi.json"),
                dir.resolve("unify-sequences-v1.openapi.json"));
        Files.copy(ROOT.resolve("openapi/openapi.lock.json"), dir.resolve("openapi.lock.json"));
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(report, true, StandardCharsets.UTF_8));
        try {
            io.github.unifysequences.openapi.SpecUpdate.main(new String[] {
                "--pin=" + dir.resolve("unify-sequences-v1.openapi.json"),
                "--lock=" + dir.resolve("openapi.lock.json"),
                "--url=" + variant.toUri(),
                "--published-base=" + publishedBase
            });
        } finally {
            System.setOut(out);
        }
        return report.toString(StandardCharsets.UTF_8);
    }

    /** Generates the client from the pin in {@code dir} and compiles it with the SDK; returns the classes directory. */
    static Path build(Path dir) throws Exception {
        Path input = dir.resolve("generator-input.json");
        Path pinnedSpec = dir.resolve("pinned-spec");
        run(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                ROOT.resolve("generated-client/src/build/GeneratorInput.java").toString(),
                dir.resolve("unify-sequences-v1.openapi.json").toString(),
                input.toString(),
                dir.resolve("openapi.lock.json").toString(),
                pinnedSpec.toString()));
        Path generated = dir.resolve("generated");
        generate(input, generated);
        Path classes = dir.resolve("classes");
        compile(
                List.of(
                        generated.resolve("src/main/java"),
                        pinnedSpec,
                        ROOT.resolve("generated-client/src/main/java"),
                        ROOT.resolve("sequences-sdk/src/main/java")),
                classes);
        return classes;
    }

    /** A loader for one variant's classes: the project's packages from there, everything else from the test's. */
    static URLClassLoader load(Path classes) throws MalformedURLException {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, Regeneration.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (!name.startsWith("io.github.unifysequences.")) {
                    return super.loadClass(name, resolve);
                }
                synchronized (getClassLoadingLock(name)) {
                    Class<?> loaded = findLoadedClass(name);
                    return loaded != null ? loaded : findClass(name);
                }
            }
        };
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
        }
    }

    /** openapi-generator, configured exactly as generated-client/pom.xml configures the Maven plugin. */
    private static void generate(Path input, Path output) throws Exception {
        Element configuration = generatorConfiguration();
        CodegenConfigurator configurator = new CodegenConfigurator()
                .setInputSpec(input.toString())
                .setOutputDir(output.toString())
                .setGeneratorName(text(configuration, "generatorName"))
                .setLibrary(text(configuration, "library"))
                .setApiPackage(text(configuration, "apiPackage"))
                .setModelPackage(text(configuration, "modelPackage"))
                .setInvokerPackage(text(configuration, "invokerPackage"));
        pairs(text(configuration, "openapiNormalizer")).forEach(p -> configurator.addOpenapiNormalizer(p[0], p[1]));
        pairs(text(configuration, "modelNameMappings")).forEach(p -> configurator.addModelNameMapping(p[0], p[1]));
        pairs(text(configuration, "inlineSchemaNameMappings"))
                .forEach(p -> configurator.addInlineSchemaNameMapping(p[0], p[1]));
        pairs(text(configuration, "schemaMappings")).forEach(p -> configurator.addSchemaMapping(p[0], p[1]));
        pairs(text(configuration, "nameMappings")).forEach(p -> configurator.addNameMapping(p[0], p[1]));
        NodeList options =
                ((Element) configuration.getElementsByTagName("configOptions").item(0)).getChildNodes();
        for (int i = 0; i < options.getLength(); i++) {
            if (options.item(i) instanceof Element option) {
                configurator.addAdditionalProperty(
                        option.getTagName(), option.getTextContent().trim());
            }
        }
        // As the Maven plugin does for these settings: models and apis all, supporting files only those listed.
        GlobalSettings.setProperty(CodegenConstants.MODELS, "");
        GlobalSettings.setProperty(CodegenConstants.APIS, "");
        GlobalSettings.setProperty(CodegenConstants.SUPPORTING_FILES, text(configuration, "supportingFilesToGenerate"));
        GlobalSettings.setProperty(CodegenConstants.API_TESTS, text(configuration, "generateApiTests"));
        GlobalSettings.setProperty(CodegenConstants.MODEL_TESTS, text(configuration, "generateModelTests"));
        GlobalSettings.setProperty(CodegenConstants.API_DOCS, text(configuration, "generateApiDocumentation"));
        GlobalSettings.setProperty(CodegenConstants.MODEL_DOCS, text(configuration, "generateModelDocumentation"));
        try {
            new DefaultGenerator().opts(configurator.toClientOptInput()).generate();
        } finally {
            GlobalSettings.reset();
        }
    }

    private static Element generatorConfiguration() throws Exception {
        NodeList plugins = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(GENERATOR_POM.toFile())
                .getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (text(plugin, "artifactId").equals("openapi-generator-maven-plugin")) {
                return (Element) plugin.getElementsByTagName("configuration").item(0);
            }
        }
        throw new AssertionError(GENERATOR_POM + " has no openapi-generator-maven-plugin");
    }

    private static String text(Element parent, String tag) {
        Node node = parent.getElementsByTagName(tag).item(0);
        return node == null ? "" : node.getTextContent().trim();
    }

    private static List<String[]> pairs(String list) {
        List<String[]> pairs = new ArrayList<>();
        for (String pair : list.split(",")) {
            if (!pair.isBlank()) {
                pairs.add(pair.trim().split("=", 2));
            }
        }
        return pairs;
    }

    private static void compile(List<Path> sourceRoots, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<File> sources = new ArrayList<>();
        for (Path root : sourceRoots) {
            try (Stream<Path> files = Files.walk(root)) {
                // Compiled on the class path: the module descriptors are checked by consumer-tests' module-path build.
                files.filter(f -> f.toString().endsWith(".java")
                                && !f.getFileName().toString().equals("module-info.java"))
                        .forEach(f -> sources.add(f.toFile()));
            }
        }
        Files.createDirectories(classes);
        try (StandardJavaFileManager files =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of(
                    "-d",
                    classes.toString(),
                    "-classpath",
                    dependencyClasspath(),
                    "--release",
                    "17",
                    "-proc:none",
                    "-nowarn",
                    "-Xlint:none",
                    "-encoding",
                    "UTF-8");
            boolean ok = javac.getTask(
                            null, files, diagnostics, options, null, files.getJavaFileObjectsFromFiles(sources))
                    .call();
            if (!ok) {
                throw new AssertionError("the SDK does not compile against this pin:\n"
                        + diagnostics.getDiagnostics().stream()
                                .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                                .limit(20)
                                .map(Object::toString)
                                .collect(Collectors.joining("\n")));
            }
        }
    }

    /** The test's classpath without the project's own modules: each variant brings its own generated client and SDK. */
    private static String dependencyClasspath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("unify-sequences-")
                        && !entry.contains("generated-client")
                        && !entry.contains("sequences-sdk")
                        && !entry.contains("spec-variants"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
