import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 * <p>Run by exec-maven-plugin as a single-file program: {@code java GeneratorInput.java IN OUT}.
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
            if (!relabelled && line.equals("  \"openapi\": \"3.1.0\",")) {
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
            throw new IllegalStateException(in + ": expected the line '  \"openapi\": \"3.1.0\",' of the pinned"
                    + " layout; was the pin written by hand? Re-run ./mvnw -Pupdate-spec to normalise it.");
        }
        Files.createDirectories(out.getParent());
        Files.write(out, result, StandardCharsets.UTF_8);
        System.out.println("[generator-input] " + out + " (openapi 3.0.3" + (summaryDropped ? ", info.summary dropped" : "") + ")");
    }
}
