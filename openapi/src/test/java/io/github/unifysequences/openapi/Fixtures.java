package io.github.unifysequences.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * The pin and lock the tools' tests start from, and the published vendor files.
 *
 * <p>{@link #PIN} and {@link #LOCK} are a snapshot of the pin made from the 2026-08-19 file (with the
 * reconstructed overlay), so that the tools' expectations hold whatever spec the project is pinned to
 * today; {@link #COMMITTED_PIN} and {@link #COMMITTED_LOCK} are the live ones, for checks that must hold
 * for any valid pin.
 */
final class Fixtures {
    static final Path PIN = resource("/pins/2026-08-19/unify-sequences-v1.openapi.json");
    static final Path LOCK = resource("/pins/2026-08-19/openapi.lock.json");
    static final Path COMMITTED_PIN = Path.of("unify-sequences-v1.openapi.json");
    static final Path COMMITTED_LOCK = Path.of("openapi.lock.json");
    static final String AUGUST_02 = "unify-sequences-openapi.2026-08-02.json";
    static final String AUGUST_19 = "unify-sequences-openapi.2026-08-19.json";
    /** A fixed "today" for the published_base fallback. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-27T05:00:00Z"), ZoneOffset.UTC);

    private Fixtures() {}

    static Path published(String fileName) {
        return resource("/published/" + fileName);
    }

    private static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fails unless the two byte arrays are equal, naming the first differing line of each (a pin is a
     * normalised JSON text) instead of dumping two arrays of a quarter of a million bytes.
     */
    static void assertSameText(byte[] actual, byte[] expected) {
        if (Arrays.equals(actual, expected)) {
            return;
        }
        String[] a = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
        String[] e = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
        int line = 0;
        while (line < a.length && line < e.length && a[line].equals(e[line])) {
            line++;
        }
        throw new AssertionError("the files differ from line " + (line + 1) + ":\n  expected: "
                + (line < e.length ? e[line] : "<end of file>") + "\n  actual:   "
                + (line < a.length ? a[line] : "<end of file>"));
    }

    /** Copies the committed pin and lock into {@code dir} so a test can rewrite them. */
    static void copyPinAndLock(Path dir) throws IOException {
        Files.copy(PIN, dir.resolve(PIN.getFileName()));
        Files.copy(LOCK, dir.resolve(LOCK.getFileName()));
    }
}
