import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the generator's copy of the pinned spec: the same document relabelled {@code openapi: 3.0.3}.
 *
 * <p>Why: the vendor labels the file 3.1.0 but writes every schema in 3.0 style ({@code nullable: true},
 * one-value enums). openapi-generator reads a 3.1 document with JSON-Schema-2020 rules, under which
 * {@code nullable} is an unknown keyword, so all 79 nullable properties would come out {@code @Nonnull}.
 * Relabelled 3.0.3 they come out {@code @Nullable}. {@code info.summary} is the only 3.1-only field in
 * the document; it is dropped so that the generator's spec validation can stay on.
 *
 * <p>The pinned file is written by our own normaliser (one key per line, 2-space indent), so a
 * line-level rewrite is exact; any surprise in the layout fails the build instead of guessing.
 *
 * <p>It also writes {@code PinnedSpec.java}, the lock's facts as compile-time constants, which the SDK re-exports
 * as its public {@code SpecVersion}: constants need no resource lookup across jars, so they work on the module
 * path too.
 *
 * <p>Run by exec-maven-plugin as a single-file program: {@code java GeneratorInput.java PIN OUT LOCK SOURCE_DIR}.
 */
public class GeneratorInput {
    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<String> lines = Files.readAllLines(in, StandardCharsets.UTF_8);
        List<String> result = new ArrayList<>(lines.size());
        boolean relabelled = false;
        boolean inInfo = false;
        boolean summaryDropped = false;
        for (String line : lines) {
            if (!relabelled && line.startsWith("  \"openapi\": \"3.0.")) {
                relabelled = true;
            } else if (!relabelled && line.equals("  \"openapi\": \"3.1.0\",")) {
                result.add("  \"openapi\": \"3.0.3\",");
                relabelled = true;
                continue;
            }
            if (line.equals("  \"info\": {")) {
                inInfo = true;
            } else if (inInfo && line.startsWith("  }")) {
                inInfo = false;
            } else if (inInfo && line.startsWith("    \"summary\": ") && line.endsWith(",")) {
                summaryDropped = true;
                continue;
            }
            result.add(line);
        }
        if (!relabelled) {
            throw new IllegalStateException(
                    in + ": expected the line '  \"openapi\": \"3.1.0\",' (or 3.0.x) of the pinned"
                            + " layout; was the pin written by hand? Re-run ./mvnw -Pupdate-spec to normalise it.");
        }
        Files.createDirectories(out.getParent());
        Files.write(out, result, StandardCharsets.UTF_8);
        System.out.println("[generator-input] " + out + " (openapi 3.0.3"
                + (summaryDropped ? ", info.summary dropped" : "") + ")");
        writePinnedSpec(Path.of(args[2]), Path.of(args[3]));
    }

    /** The lock is written by our own tool, one {@code "key": value} per line, so a pattern per key is exact. */
    private static void writePinnedSpec(Path lock, Path sourceDir) throws IOException {
        String json = Files.readString(lock, StandardCharsets.UTF_8);
        String source = "package io.github.unifysequences.generated.support;\n\n"
                + "/** Written at build time from openapi.lock.json by GeneratorInput: the pin this jar was generated from. */\n"
                + "public final class PinnedSpec {\n"
                + "    public static final String PUBLISHED = \"" + string(json, lock, "published_base") + "\";\n"
                + "    public static final String SHA256 = \"" + string(json, lock, "sha256") + "\";\n"
                + "    public static final String SOURCE_URL = \"" + string(json, lock, "source_url") + "\";\n"
                + "    public static final String OPENAPI = \"" + string(json, lock, "openapi") + "\";\n"
                + "    public static final int OPERATIONS = " + field(json, lock, "operations", "(\\d+)") + ";\n\n"
                + "    private PinnedSpec() {\n    }\n}\n";
        Path out = sourceDir.resolve("io/github/unifysequences/generated/support/PinnedSpec.java");
        Files.createDirectories(out.getParent());
        Files.writeString(out, source, StandardCharsets.UTF_8);
        // The same facts for the SDK jar's manifest (sequences-sdk's maven-jar-plugin reads this file).
        String manifest = "Unify-Spec-Published: " + string(json, lock, "published_base") + "\n"
                + "Unify-Spec-Sha256: " + string(json, lock, "sha256") + "\n"
                + "Unify-Spec-Source-Url: " + string(json, lock, "source_url") + "\n"
                + "Unify-Spec-Operations: " + field(json, lock, "operations", "(\\d+)") + "\n";
        Files.writeString(sourceDir.resolveSibling("pinned-spec.mf"), manifest, StandardCharsets.UTF_8);
    }

    private static String string(String json, Path lock, String key) {
        String value = field(json, lock, key, "\"([^\"\\\\]*)\"");
        if (!value.matches("[A-Za-z0-9:/._ -]*")) {
            throw new IllegalStateException(
                    lock + ": " + key + " holds characters a Java constant would need escaped: " + value);
        }
        return value;
    }

    private static String field(String json, Path lock, String key, String valuePattern) {
        Matcher m = Pattern.compile("\"" + key + "\":\\s*" + valuePattern).matcher(json);
        if (!m.find()) {
            throw new IllegalStateException(
                    lock + ": no \"" + key + "\"; re-run ./mvnw -Pupdate-spec to rewrite the lock");
        }
        return m.group(1);
    }
}
