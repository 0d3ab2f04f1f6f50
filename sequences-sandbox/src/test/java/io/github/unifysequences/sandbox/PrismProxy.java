package io.github.unifysequences.sandbox;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
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
 * <p>Prism is fed a copy of the spec generated into {@code target/prism/}: relabelled
 * {@code openapi: 3.0.3} (the document's {@code nullable: true} is a 3.0 keyword) and with each
 * {@code {nullable: true, allOf: [$ref]}} node rewritten to {@code anyOf: [<node>, null]}. Without the
 * rewrite Prism rejects every null in such a field (e.g. {@code enrolled_by_play: null}), because by the
 * 3.0.3 rules {@code nullable} does not reach into {@code allOf}; the spec's own examples use these
 * nulls, so the intent is nullable. Nothing else is changed.
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
        Files.writeString(spec, prismCopy(Path.of(System.getProperty("sandbox.spec",
                "../openapi/unify-sequences-v1.openapi.json"))), StandardCharsets.UTF_8);
        int port = freePort();
        Path log = work.resolve("prism-" + port + ".log");
        // --validate-request=false: the documented 400 paths send requests that break the spec on
        // purpose (malformed UUIDs, limit=0 ...); Prism must forward them so the sandbox's 400 is validated.
        Process process = new ProcessBuilder(prismBinary().toString(), "proxy", spec.toString(), upstream.toString(),
                "--errors", "--validate-request=false", "-h", "127.0.0.1", "-p", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
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
        spec.addProperty("openapi", "3.0.3");
        return GSON.toJson(rewriteNullableAllOf(spec));
    }

    private static JsonElement rewriteNullableAllOf(JsonElement node) {
        if (node.isJsonArray()) {
            JsonArray copy = new JsonArray();
            node.getAsJsonArray().forEach(item -> copy.add(rewriteNullableAllOf(item)));
            return copy;
        }
        if (!node.isJsonObject()) {
            return node;
        }
        JsonObject copy = new JsonObject();
        for (Map.Entry<String, JsonElement> e : node.getAsJsonObject().entrySet()) {
            copy.add(e.getKey(), rewriteNullableAllOf(e.getValue()));
        }
        JsonElement nullable = copy.get("nullable");
        if (copy.has("allOf") && nullable != null && nullable.equals(new JsonPrimitive(true))) {
            copy.remove("nullable");
            JsonObject onlyNull = new JsonObject();
            onlyNull.addProperty("type", "string");
            onlyNull.addProperty("nullable", true);
            JsonArray nullEnum = new JsonArray();
            nullEnum.add(com.google.gson.JsonNull.INSTANCE);
            onlyNull.add("enum", nullEnum);
            JsonArray anyOf = new JsonArray();
            anyOf.add(copy);
            anyOf.add(onlyNull);
            JsonObject wrapper = new JsonObject();
            wrapper.add("anyOf", anyOf);
            return wrapper;
        }
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
