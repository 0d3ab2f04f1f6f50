import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a staged Maven Central bundle (target/central-staging of a release dry run) against what Central requires
 * (central.sonatype.org, "Requirements"): every published module present and nothing else, a pom for each, sources and
 * Javadoc jars beside every jar, md5 and sha1 files that match, a release version, no SNAPSHOT anywhere in a pom, and
 * the pom metadata Central validates. With --signed, a .asc signature for every file that {@code gpg --verify} accepts
 * (with the signer's keyring: GNUPGHOME). And what users expect of the artifacts (issue #14): the BOM pins every other
 * published module, every jar with classes was compiled with {@code -parameters} (parameter names in IDEs), every jar
 * carries META-INF/LICENSE, and a module pom that inherits url and scm gets the repository's, not one with its
 * artifactId appended.
 *
 * <p>Run as a source file: {@code java release/CentralBundleCheck.java <staging dir> <expected artifactIds,...> [--signed]}.
 * Exits 1 and prints every problem when the bundle would be rejected.
 */
public final class CentralBundleCheck {
    private static final List<String> POM_ELEMENTS =
            List.of("<name>", "<description>", "<url>", "<licenses>", "<developers>", "<scm");

    private CentralBundleCheck() {}

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        Path staging = Path.of(args[0]);
        Set<String> expected = new TreeSet<>(List.of(args[1].split(",")));
        boolean signed = List.of(args).contains("--signed");
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(staging)) {
            // Maven's -o makes the publishing plugin skip itself: release/dry-run.sh --offline is the offline way.
            System.out.println("PROBLEM nothing was staged at " + staging + " (a build with -o stages nothing; use"
                    + " release/dry-run.sh --offline)");
            System.exit(1);
        }

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
            if (artifactId.endsWith("-bom")) {
                expected.stream()
                        .filter(a -> !a.endsWith("-parent") && !a.equals(artifactId))
                        .filter(a -> !pomText.contains("<artifactId>" + a + "</artifactId>"))
                        .forEach(a -> problems.add(pom.getFileName() + ": does not pin " + a));
            }
            if (!pomText.contains("<parent>")) {
                // A pom without a parent (the BOM) must carry the metadata itself; the others inherit the root pom's.
                POM_ELEMENTS.stream()
                        .filter(e -> !pomText.contains(e))
                        .forEach(e -> problems.add(pom.getFileName() + ": no " + e));
            }
            if (pomText.contains("<parent>") && !(pomText.contains("<url>") && pomText.contains("<scm"))) {
                // Maven appends the child's artifactId to an inherited url and scm unless the parent says not to.
                Path parentPom = dir.getParent()
                        .resolveSibling("unify-sequences-parent")
                        .resolve(version)
                        .resolve("unify-sequences-parent-" + version + ".pom");
                String parentText = Files.exists(parentPom) ? Files.readString(parentPom) : "";
                for (String attribute : List.of(
                        "child.project.url.inherit.append.path=\"false\"",
                        "child.scm.connection.inherit.append.path=\"false\"",
                        "child.scm.developerConnection.inherit.append.path=\"false\"",
                        "child.scm.url.inherit.append.path=\"false\"")) {
                    if (!parentText.contains(attribute)) {
                        problems.add(pom.getFileName() + ": inherits a url/scm with its artifactId appended (the"
                                + " parent pom lacks " + attribute + ")");
                    }
                }
            }
            if (Files.exists(dir.resolve(base + ".jar")) && !hasEntry(dir.resolve(base + ".jar"), "META-INF/LICENSE")) {
                problems.add(base + ".jar: no META-INF/LICENSE");
            }
            if (Files.exists(dir.resolve(base + ".jar")) && !compiledWithParameters(dir.resolve(base + ".jar"))) {
                problems.add(base + ".jar: no class has parameter names (compile with -parameters)");
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
                if (signed) {
                    signature(artifact, problems);
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
                + (signed ? " (signed; every signature verified)." : " (unsigned: no key given)."));
    }

    private static void signature(Path artifact, List<String> problems) throws IOException {
        Path asc = Path.of(artifact + ".asc");
        if (!Files.exists(asc)) {
            problems.add(artifact.getFileName() + ": no .asc signature");
            return;
        }
        Process gpg = new ProcessBuilder("gpg", "--batch", "--verify", asc.toString(), artifact.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(gpg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (gpg.waitFor() != 0) {
                problems.add(asc.getFileName() + ": gpg --verify fails: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted verifying " + asc, e);
        }
    }

    private static boolean hasEntry(Path jar, String name) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry(name) != null;
        }
    }

    /**
     * Whether the jar's classes carry parameter names: javac writes a MethodParameters attribute, whose name is then
     * in the class's constant pool, only under -parameters. A jar without classes (or with only module-info) passes.
     */
    private static boolean compiledWithParameters(Path jar) throws IOException {
        byte[] marker = "MethodParameters".getBytes(StandardCharsets.UTF_8);
        boolean anyClass = false;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                if (!entry.getName().endsWith(".class") || entry.getName().endsWith("module-info.class")) {
                    continue;
                }
                anyClass = true;
                try (InputStream in = zip.getInputStream(entry)) {
                    if (indexOf(in.readAllBytes(), marker) >= 0) {
                        return true;
                    }
                }
            }
        }
        return !anyClass;
    }

    private static int indexOf(byte[] data, byte[] marker) {
        outer:
        for (int i = 0; i <= data.length - marker.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (data[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
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
