package io.github.unifysequences.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The nullness a signature declares and the nullness its Javadoc describes agree. NullAway proves the SDK's own code
 * keeps its annotations, but not that a parameter an application may pass {@code null} to (because the Javadoc says
 * so) is annotated: no SDK code passes it null, so nothing fails, and Kotlin then refuses the documented call
 * ({@code ListPage.of(items, null, null, source)} was one). This reads every declaration's Javadoc in the sources:
 *
 * <ul>
 *   <li>a {@code @param} or {@code @return} that says the value may be {@code null} ("or {@code null}",
 *       "{@code null} when …", "{@code null} for none") belongs to a {@code @Nullable} parameter or return type,
 *       in every package;
 *   <li>a {@code @Nullable} parameter or return of a public or protected member of an exported package says in its
 *       Javadoc what {@code null} means.
 * </ul>
 */
class NullnessDocumentationTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final List<String> EXPORTED = List.of("client", "core", "errors", "models", "services");

    /** A Javadoc comment, then the declaration it documents, up to its body or semicolon. */
    private static final Pattern DOCUMENTED =
            Pattern.compile("/\\*\\*(.*?)\\*/\\s*((?:@\\w+(?:\\([^)]*\\))?\\s*)*)([^;{]*?)[;{]", Pattern.DOTALL);
    /** Wording that allows null. */
    private static final Pattern MAY_BE_NULL = Pattern.compile(
            "or \\{@code null}|\\{@code null} (when|if|to|for|on|starts|while|until|unless)\\b|\\bor null\\b"
                    + "|\\bnull (when|if|to|for|on|until|while)\\b|[;,] null\\b",
            Pattern.CASE_INSENSITIVE);
    /** A {@code @Nullable} parameter's name. */
    private static final Pattern NULLABLE_PARAMETER =
            Pattern.compile("@Nullable\\s+[\\w.<>?,\\[\\] ]*?\\b(\\w+)\\s*[,)]");
    /** Wording that rules null out. */
    private static final Pattern NEVER_NULL =
            Pattern.compile("(never|not|must not be|cannot be|non-)\\s*(\\{@code )?null", Pattern.CASE_INSENSITIVE);

    @Test
    void javadocThatAllowsNullBelongsToANullableType() {
        List<String> violations = new ArrayList<>();
        forEachDeclaration((file, doc, declaration) -> {
            int open = declaration.indexOf('(');
            if (open < 0) {
                return;
            }
            String head = declaration.substring(0, open);
            String parameters = declaration.substring(open);
            for (Matcher param = tag("@param\\s+(\\w+)", doc); param.find(); ) {
                String name = param.group(1);
                String text = tagText(doc, param.end());
                Matcher declared =
                        Pattern.compile("([^,(]*?)\\b" + name + "\\s*[,)]").matcher(parameters);
                if (allowsNull(text) && declared.find() && !declared.group(1).contains("@Nullable")) {
                    violations.add(
                            file + ": " + head.trim() + ": parameter " + name + " is documented as nullable: " + text);
                }
            }
            Matcher returned = tag("@return", doc);
            if (returned.find() && allowsNull(tagText(doc, returned.end())) && !head.contains("@Nullable")) {
                violations.add(file + ": " + head.trim() + ": the return value is documented as nullable: "
                        + tagText(doc, returned.end()));
            }
        });
        assertThat(violations).isEmpty();
    }

    @Test
    void aNullableApiTypeSaysWhatNullMeans() {
        List<String> violations = new ArrayList<>();
        forEachDeclaration((file, doc, declaration) -> {
            int open = declaration.indexOf('(');
            if (open < 0 || !exported(file) || !declaration.matches("(?s).*\\b(public|protected)\\b.*")) {
                return;
            }
            String head = declaration.substring(0, open);
            Matcher nullable = NULLABLE_PARAMETER.matcher(declaration.substring(open));
            while (nullable.find()) {
                Matcher param = tag("@param\\s+" + nullable.group(1) + "\\b", doc);
                if (!param.find() || !tagText(doc, param.end()).contains("null")) {
                    violations.add(file + ": " + head.trim() + ": @Nullable parameter " + nullable.group(1)
                            + " does not say what null means");
                }
            }
            if (head.contains("@Nullable")) {
                Matcher returned = tag("@return", doc);
                String text = returned.find() ? tagText(doc, returned.end()) : doc;
                if (!text.contains("null")) {
                    violations.add(file + ": " + head.trim() + ": a @Nullable return does not say when it is null");
                }
            }
        });
        assertThat(violations).isEmpty();
    }

    private static boolean allowsNull(String text) {
        return MAY_BE_NULL.matcher(text).find() && !NEVER_NULL.matcher(text).find();
    }

    private static boolean exported(Path file) {
        Path relative = SOURCES.relativize(file);
        return relative.getNameCount() == 5
                && EXPORTED.contains(relative.getName(3).toString());
    }

    private static Matcher tag(String regex, String doc) {
        return Pattern.compile(regex).matcher(doc);
    }

    /** The text of the block tag ending at {@code from}: up to the next block tag or the end of the comment. */
    private static String tagText(String doc, int from) {
        Matcher next = Pattern.compile("@(param|return|throws)\\b").matcher(doc);
        int end = next.find(from) ? next.start() : doc.length();
        return doc.substring(from, end).replaceAll("\\s+", " ").trim();
    }

    private interface Declaration {
        void check(Path file, String doc, String declaration);
    }

    private static void forEachDeclaration(Declaration check) {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher documented = DOCUMENTED.matcher(Files.readString(file));
                while (documented.find()) {
                    String doc = documented.group(1).replaceAll("\\n\\s*\\*", " ");
                    String declaration = (documented.group(2) + documented.group(3)).replaceAll("\\s+", " ");
                    check.check(file, doc, declaration);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
