package io.github.unifysequences.sandbox;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Runs the pinned Prism ({@code conformance/node_modules}) as a validating proxy in front of a sandbox.
 *
 * <p>Prism is fed a copy of the spec generated into {@code target/prism/}, relabelled {@code openapi: 3.1.0}
 * with the document's OpenAPI 3.0 nullability ({@code nullable: true}) written as JSON Schema: a typed node's
 * {@code type} gains {@code "null"} (and its {@code enum}, if any, a {@code null}); an untyped one (the
 * {@code allOf: [$ref]} wrappers) becomes {@code anyOf: [<node>, {type: null}]}. Both earlier derivations, the
 * 3.0.3 relabel alone (by 3.0.3's rules {@code nullable} does not reach into {@code allOf}, so every
 * {@code enrolled_by_play: null} was rejected) and 3.0.3 with an {@code anyOf} null branch (whose schemas
 * Prism then silently failed to apply: 13 response schemas, Sequence and Enrollment among them, validated
 * nothing), are caught by {@code PrismConformanceTest#everyDocumentedResponseSchemaIsChecked}. Nothing
 * else is changed.
 */
final class PrismProxy implements AutoCloseable {
    private static final Gson GSON = new GsonBuilder().serializeNulls().create();

    final URI url;
    final Path log;
    private final Process process;

    private PrismProxy(URI url, Path log, Process process) {
        this.url = url;
        this.log = log;
        this.process = process;
    }

    static Path prismBinary() {
        return Path.of(System.getProperty("sandbox.conformanceDir", "conformance"), "node_modules", ".bin", "prism");
    }

    static PrismProxy start(URI upstream) throws IOException, InterruptedException {
        Path work = Path.of(System.getProperty("sandbox.buildDir", "target"), "prism");
        Files.createDirectories(work);
        Path spec = work.resolve("unify-sequences-v1.prism.json");
        Files.writeString(
                spec,
                prismCopy(Path.of(System.getProperty("sandbox.spec", "../openapi/unify-sequences-v1.openapi.json"))),
                StandardCharsets.UTF_8);
        int port = freePort();
        Path log = work.resolve("prism-" + port + ".log");
        // --validate-request=false: the documented 400 paths send requests that break the spec on
        // purpose (malformed UUIDs, limit=0 ...); Prism must forward them so the sandbox's 400 is validated.
        Process process = new ProcessBuilder(
                        prismBinary().toString(),
                        "proxy",
                        spec.toString(),
                        upstream.toString(),
                        "--errors",
                        "--validate-request=false",
                        "-h",
                        "127.0.0.1",
                        "-p",
                        String.valueOf(port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!Files.readString(log).contains("Prism is listening")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("Prism did not start:\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
        return new PrismProxy(URI.create("http://127.0.0.1:" + port), log, process);
    }

    static String prismCopy(Path specFile) throws IOException {
        JsonObject spec = GSON.fromJson(Files.readString(specFile), JsonObject.class);
        spec.addProperty("openapi", "3.1.0");
        return GSON.toJson(nullableAsJsonSchema(spec));
    }

    /** Rewrites every schema's {@code nullable: true}; the names under {@code properties} are not keywords. */
    private static JsonElement nullableAsJsonSchema(JsonElement node) {
        if (node.isJsonArray()) {
            JsonArray copy = new JsonArray();
            node.getAsJsonArray().forEach(item -> copy.add(nullableAsJsonSchema(item)));
            return copy;
        }
        if (!node.isJsonObject()) {
            return node;
        }
        JsonObject copy = new JsonObject();
        for (Map.Entry<String, JsonElement> e : node.getAsJsonObject().entrySet()) {
            copy.add(
                    e.getKey(),
                    e.getKey().equals("properties") && e.getValue().isJsonObject()
                            ? properties(e.getValue().getAsJsonObject())
                            : nullableAsJsonSchema(e.getValue()));
        }
        if (!new JsonPrimitive(true).equals(copy.remove("nullable"))) {
            return copy;
        }
        JsonElement type = copy.get("type");
        if (type == null || copy.has("allOf") || copy.has("anyOf") || copy.has("$ref")) {
            JsonObject onlyNull = new JsonObject();
            onlyNull.addProperty("type", "null");
            JsonArray anyOf = new JsonArray();
            anyOf.add(copy);
            anyOf.add(onlyNull);
            JsonObject wrapper = new JsonObject();
            wrapper.add("anyOf", anyOf);
            return wrapper;
        }
        JsonArray types = type.isJsonArray() ? type.getAsJsonArray().deepCopy() : new JsonArray();
        if (type.isJsonPrimitive()) {
            types.add(type);
        }
        types.add("null");
        copy.add("type", types);
        if (copy.has("enum") && !copy.getAsJsonArray("enum").contains(JsonNull.INSTANCE)) {
            copy.getAsJsonArray("enum").add(JsonNull.INSTANCE);
        }
        return copy;
    }

    private static JsonObject properties(JsonObject properties) {
        JsonObject copy = new JsonObject();
        properties.entrySet().forEach(e -> copy.add(e.getKey(), nullableAsJsonSchema(e.getValue())));
        return copy;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }
}
