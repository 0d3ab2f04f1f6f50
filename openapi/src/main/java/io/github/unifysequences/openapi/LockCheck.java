package io.github.unifysequences.openapi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Build-time guard: fails when the pinned spec's bytes no longer match {@code
 * openapi.lock.json}, so the contract can only change through the update profile.
 *
 * <p>Arguments: the pinned spec file, then the lock file.
 */
public final class LockCheck {
    private LockCheck() {}

    /**
     * Runs the check.
     *
     * @param args the pinned spec file and the lock file
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new SpecException("usage: LockCheck <pinned spec file> <lock file>");
        }
        SpecFingerprint pinned = check(Path.of(args[0]), Path.of(args[1]));
        // One line even under -q: the build says which contract it was built from.
        System.out.println("Pinned Unify Sequences spec matches its lock: "
                + pinned.operations()
                + " operations ("
                + pinned.reconstructedOperations().size()
                + " reconstructed from the vendor's docs), "
                + pinned.schemas()
                + " schemas, sha256 "
                + pinned.sha256().substring(0, 12));
    }

    static SpecFingerprint check(Path pin, Path lock) {
        byte[] pinBytes;
        try {
            pinBytes = Files.readAllBytes(pin);
        } catch (IOException e) {
            throw new SpecException("cannot read the pinned spec " + pin + ": " + e.getMessage(), e);
        }
        SpecFingerprint expected = SpecFingerprint.fromLock(SpecJson.read(lock));
        SpecFingerprint actual = SpecFingerprint.of(pinBytes);
        List<String> differences = differences(expected, actual);
        if (!differences.isEmpty()) {
            throw new SpecException(mismatchMessage(pin, lock, differences));
        }
        return actual;
    }

    private static List<String> differences(SpecFingerprint expected, SpecFingerprint actual) {
        List<String> lines = new ArrayList<>();
        compare(lines, "sha256", expected.sha256(), actual.sha256());
        compare(lines, "openapi", expected.openapi(), actual.openapi());
        compare(lines, "operations", expected.operations(), actual.operations());
        compare(lines, "schemas", expected.schemas(), actual.schemas());
        compare(
                lines,
                "reconstructed_operations",
                expected.reconstructedOperations(),
                actual.reconstructedOperations());
        return lines;
    }

    private static void compare(List<String> lines, String field, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            lines.add("  " + field + ": expected " + expected + " (lock), actual " + actual + " (file)");
        }
    }

    private static String mismatchMessage(Path pin, Path lock, List<String> differences) {
        return "The pinned OpenAPI spec "
                + pin
                + " does not match its lock "
                + lock
                + ":\n"
                + String.join("\n", differences)
                + "\nThe pinned file must only change through the update profile. Either:\n"
                + "  re-pin on purpose, which rewrites the file and the lock and prints a change report:\n"
                + "    ./mvnw -Pupdate-spec -Dspec.url=https://api.unifygtm.com/sequences/v1/openapi.json\n"
                + "  or discard the accidental edit:\n"
                + "    git checkout -- openapi/"
                + pin.getFileName()
                + " openapi/"
                + lock.getFileName();
    }
}
