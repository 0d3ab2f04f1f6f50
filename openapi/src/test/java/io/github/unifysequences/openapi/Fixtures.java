package io.github.unifysequences.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The committed pin and lock, and the published vendor files, for tests. */
final class Fixtures {
  static final Path PIN = Path.of("unify-sequences-v1.openapi.json");
  static final Path LOCK = Path.of("openapi.lock.json");
  static final String AUGUST_02 = "unify-sequences-openapi.2026-08-02.json";
  static final String AUGUST_19 = "unify-sequences-openapi.2026-08-19.json";
  /** A fixed "today" for the published_base fallback. */
  static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-27T05:00:00Z"), ZoneOffset.UTC);

  private Fixtures() {}

  static Path published(String fileName) {
    try {
      return Path.of(Fixtures.class.getResource("/published/" + fileName).toURI());
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

  /** Copies the committed pin and lock into {@code dir} so a test can rewrite them. */
  static void copyPinAndLock(Path dir) throws IOException {
    Files.copy(PIN, dir.resolve(PIN.getFileName()));
    Files.copy(LOCK, dir.resolve(LOCK.getFileName()));
  }
}
