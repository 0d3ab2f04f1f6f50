import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks a staged Maven Central bundle (target/central-staging of a release dry run) against what Central requires
 * (central.sonatype.org, "Requirements"): every published module present and nothing else, a pom for each, sources and
 * Javadoc jars beside every jar, md5 and sha1 files that match, a .asc signature for every file when --signed, a
 * release version, no SNAPSHOT anywhere in a pom, and the pom metadata Central validates.
 *
 * <p>Run as a source file: {@code java release/CentralBundleCheck.java <staging dir> <expected artifactIds,...> [--signed]}.
 * Exits 1 and prints every problem when the bundle would be rejected.
 */
public final class CentralBundleCheck {
    private static final List<String> POM_ELEMENTS =
            List.of("<name>", "<description>", "<url>", "<licenses>", "<developers>", "<scm>");

    private CentralBundleCheck() {}

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        Path staging = Path.of(args[0]);
        Set<String> expected = new TreeSet<>(List.of(args[1].split(",")));
        boolean signed = List.of(args).contains("--signed");
        List<String> problems = new ArrayList<>();

        List<Path> versionDirs;
        try (Stream<Path> files = Files.walk(staging)) {
            versionDirs = files.filter(p -> p.getFileName().toString().endsWith(".pom"))
                    .map(Path::getParent)
                    .distinct()
                    .sorted()
                    .toList();
        }
        Set<String> found = versionDirs.stream()
                .map(dir -> dir.getParent().getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        if (!found.equals(expected)) {
            problems.add("modules staged " + found + ", expected " + expected);
        }
        for (Path dir : versionDirs) {
            String artifactId = dir.getParent().getFileName().toString();
            String version = dir.getFileName().toString();
            String base = artifactId + "-" + version;
            if (version.endsWith("-SNAPSHOT")) {
                problems.add(base + ": Central takes release versions only");
            }
            Path pom = dir.resolve(base + ".pom");
            String pomText = Files.readString(pom);
            if (pomText.contains("-SNAPSHOT")) {
                problems.add(pom.getFileName() + ": names a SNAPSHOT (a dependency or parent that is not released)");
            }
            if (!pomText.contains("<parent>")) {
                // A pom without a parent (the BOM) must carry the metadata itself; the others inherit the root pom's.
                POM_ELEMENTS.stream()
                        .filter(e -> !pomText.contains(e))
                        .forEach(e -> problems.add(pom.getFileName() + ": no " + e));
            }
            if (Files.exists(dir.resolve(base + ".jar"))) {
                for (String classifier : List.of("-sources.jar", "-javadoc.jar")) {
                    if (!Files.exists(dir.resolve(base + classifier))) {
                        problems.add(base + ": no " + base + classifier);
                    }
                }
            }
            List<Path> artifacts;
            try (Stream<Path> files = Files.list(dir)) {
                artifacts = files.filter(p ->
                                p.toString().endsWith(".jar") || p.toString().endsWith(".pom"))
                        .sorted()
                        .toList();
            }
            for (Path artifact : artifacts) {
                checksum(artifact, "md5", "MD5", problems);
                checksum(artifact, "sha1", "SHA-1", problems);
                if (signed && !Files.exists(Path.of(artifact + ".asc"))) {
                    problems.add(artifact.getFileName() + ": no .asc signature");
                }
            }
            System.out.println(artifactId + " " + version + ": "
                    + artifacts.stream()
                            .map(p -> p.getFileName().toString().substring(base.length()))
                            .toList());
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.out.println("PROBLEM " + p));
            System.exit(1);
        }
        System.out.println("The bundle at " + staging + " meets Central's requirements"
                + (signed ? " (signed)." : " (unsigned: no key given)."));
    }

    private static void checksum(Path artifact, String extension, String algorithm, List<String> problems)
            throws IOException, NoSuchAlgorithmException {
        Path sum = Path.of(artifact + "." + extension);
        if (!Files.exists(sum)) {
            problems.add(artifact.getFileName() + ": no ." + extension);
            return;
        }
        String actual =
                HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(Files.readAllBytes(artifact)));
        if (!Files.readString(sum).strip().startsWith(actual)) {
            problems.add(sum.getFileName() + ": does not match the file");
        }
    }
}
