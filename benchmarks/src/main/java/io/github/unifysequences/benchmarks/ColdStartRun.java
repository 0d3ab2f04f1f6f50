package io.github.unifysequences.benchmarks;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.unifysequences.client.UnifySequencesClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cold start (issue 16, item 3): the whole life of a new JVM whose only work is one {@code retrieve} of an
 * enrollment, from starting the process to its exit, against a fixture server started once in this JVM. The SDK
 * ({@code sdk}: build a client, retrieve, close) against a plain program ({@code plain}: the JDK's
 * {@code HttpClient} and Gson, the same request with the key header, the body parsed into a tree). Both children run
 * from this module's class path and print the enrollment's id, which is checked. The variants alternate, after one
 * untimed run of each (the OS's file cache).
 *
 * <p>{@code --reps N} (default 10) {@code --jvm-args "..."} (added to each child's command line, e.g. for
 * {@code -Xlog:class+load} or {@code -Xshare:off}). A child is started as {@code ColdStartRun sdk|plain URL ID}.
 */
public final class ColdStartRun {

    private ColdStartRun() {}

    public static void main(String[] argv) throws Exception {
        if (argv.length == 3 && argv[0].equals("sdk")) {
            try (UnifySequencesClient client = UnifySequencesClient.builder()
                    .apiKey(FixtureServer.API_KEY)
                    .baseUrl(argv[1])
                    .build()) {
                System.out.println(client.enrollments().retrieve(argv[2]).id());
            }
            return;
        }
        if (argv.length == 3 && argv[0].equals("plain")) {
            System.out.println(plainRetrieve(argv[1], argv[2]).get("id").getAsString());
            return;
        }
        Harness harness = new Harness(argv);
        int reps = harness.intArg("reps", 10);
        String jvmArgs = harness.stringArg("jvm-args", "");
        try (FixtureServer server = FixtureServer.start(1, 0, java.time.Duration.ZERO)) {
            String id = FixtureServer.enrollmentId();
            Map<String, Harness.Variant<Double>> variants = new LinkedHashMap<>();
            variants.put("plain", () -> child(jvmArgs, "plain", server.baseUrl(), id));
            variants.put("sdk", () -> child(jvmArgs, "sdk", server.baseUrl(), id));
            Map<String, List<Double>> results = Harness.interleave(reps, variants);
            Harness.summarize("ms from process start to exit", results, "plain", Double::doubleValue);
        }
    }

    /** What a developer writes without the SDK: one request with the key, the JSON body read into a tree. */
    private static JsonObject plainRetrieve(String baseUrl, String id) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/enrollments/" + id))
                .header("x-api-key", FixtureServer.API_KEY)
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    /** Runs one child JVM to its exit; returns the milliseconds it took, after checking what it printed. */
    private static double child(String jvmArgs, String variant, String baseUrl, String id) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : jvmArgs.trim().split("\\s+")) {
            if (!arg.isEmpty()) {
                command.add(arg);
            }
        }
        command.addAll(List.of(
                "-cp", System.getProperty("java.class.path"), ColdStartRun.class.getName(), variant, baseUrl, id));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        double millis = (System.nanoTime() - start) / 1e6;
        Harness.check(exit == 0 && out.strip().endsWith(id), variant + " child exited " + exit + " printing " + out);
        System.out.printf(Locale.ROOT, "  %s: %.1f ms%n", variant, millis);
        return millis;
    }
}
