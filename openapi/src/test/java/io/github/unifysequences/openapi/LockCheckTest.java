package io.github.unifysequences.openapi;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockCheckTest {
    @TempDir
    Path dir;

    @Test
    void committedPinMatchesItsLock() {
        assertThatCode(() -> LockCheck.check(Fixtures.COMMITTED_PIN, Fixtures.COMMITTED_LOCK))
                .doesNotThrowAnyException();
    }

    @Test
    void oneChangedByteFailsWithExpectedAndActualHashAndTheFix() throws Exception {
        Fixtures.copyPinAndLock(dir);
        Path pin = dir.resolve(Fixtures.PIN.getFileName());
        Path lock = dir.resolve(Fixtures.LOCK.getFileName());
        byte[] bytes = Files.readAllBytes(pin);
        int index = indexOf(bytes, "Unify Sequences API");
        bytes[index] = 'u';
        Files.write(pin, bytes);
        String expected = SpecJson.read(lock).get("sha256").getAsString();
        String actual = SpecFingerprint.sha256(bytes);

        assertThatThrownBy(() -> LockCheck.check(pin, lock))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining(lock.toString())
                .hasMessageContaining("sha256: expected " + expected + " (lock), actual " + actual)
                .hasMessageContaining("./mvnw -Pupdate-spec -Dspec.url=")
                .hasMessageContaining(
                        "git checkout -- openapi/unify-sequences-v1.openapi.json openapi/openapi.lock.json")
                .hasMessageNotContaining("operations:");
    }

    @Test
    void editedCountsInTheLockAreReported() throws Exception {
        Fixtures.copyPinAndLock(dir);
        Path lock = dir.resolve(Fixtures.LOCK.getFileName());
        int schemas = SpecJson.read(lock).get("schemas").getAsInt();
        Files.writeString(
                lock,
                Files.readString(lock).replace("\"schemas\": " + schemas + ",", "\"schemas\": " + (schemas - 1) + ","));

        assertThatThrownBy(() -> LockCheck.check(dir.resolve(Fixtures.PIN.getFileName()), lock))
                .hasMessageContaining("schemas: expected " + (schemas - 1) + " (lock), actual " + schemas + " (file)")
                .hasMessageNotContaining("sha256:");
    }

    private static int indexOf(byte[] bytes, String text) {
        // ISO-8859-1 maps each byte to one char, so the char index is the byte index.
        return new String(bytes, StandardCharsets.ISO_8859_1).indexOf(text);
    }
}
