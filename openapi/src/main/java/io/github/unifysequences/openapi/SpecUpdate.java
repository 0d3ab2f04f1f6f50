package io.github.unifysequences.openapi;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Entry point of the {@code update-spec} profile: re-pins the spec from a URL and prints a
 * change report.
 *
 * <p>Arguments, each {@code --name=value}: {@code pin}, {@code lock}, {@code url}, and
 * optionally {@code published-base} (YYYY-MM-DD), {@code drop-reconstructed} (true/false) and
 * {@code sha256} (the expected hash of the fetched file).
 */
public final class SpecUpdate {
    private SpecUpdate() {}

    /**
     * Runs the update.
     *
     * @param args {@code --name=value} options, see the class description
     * @throws IOException if the pin or the lock cannot be written
     */
    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        String url = options.getOrDefault("url", "").trim();
        if (url.isEmpty()) {
            throw new SpecException("no spec URL given: run ./mvnw -Pupdate-spec -Dspec.url=<http(s): or file: URL>");
        }
        SpecUpdater.Request request = new SpecUpdater.Request(
                uri(url),
                Path.of(required(options, "pin")),
                Path.of(required(options, "lock")),
                options.get("published-base"),
                Boolean.parseBoolean(
                        options.getOrDefault("drop-reconstructed", "false").trim()),
                options.get("sha256"));
        System.out.print(new SpecUpdater(Clock.systemUTC()).update(request));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new SpecException("unexpected argument " + arg + " (expected --name=value)");
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new SpecException("missing argument --" + name + "=...");
        }
        return value;
    }

    private static URI uri(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new SpecException("spec.url is not a valid URL: " + url, e);
        }
    }
}
