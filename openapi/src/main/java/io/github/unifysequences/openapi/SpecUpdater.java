package io.github.unifysequences.openapi;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Re-pins the spec: fetch, validate, normalise, carry reconstructed nodes, diff, then write
 * the pin and the lock. Nothing is written unless every earlier step succeeded.
 */
final class SpecUpdater {
    private static final Pattern DATED_FILE_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.json$");

    /**
     * One update run. {@code publishedBase} may be blank: it is then taken from a dated file
     * name such as {@code ...2026-08-19.json}, else from today's date. {@code sha256}, when not
     * blank, is the expected hash of the fetched bytes (as the vendor published them); a mismatch
     * writes nothing.
     */
    record Request(URI url, Path pin, Path lock, String publishedBase, boolean dropReconstructed, String sha256) {
        Request(URI url, Path pin, Path lock, String publishedBase, boolean dropReconstructed) {
            this(url, pin, lock, publishedBase, dropReconstructed, null);
        }
    }

    private final Clock clock;

    SpecUpdater(Clock clock) {
        this.clock = clock;
    }

    /** Performs the update and returns the change report. */
    String update(Request request) throws IOException {
        byte[] fetched = SpecFetcher.fetch(request.url());
        String expected =
                request.sha256() == null ? "" : request.sha256().trim().toLowerCase(java.util.Locale.ROOT);
        if (!expected.isEmpty() && !expected.equals(SpecFingerprint.sha256(fetched))) {
            throw new SpecException(
                    "the document fetched from " + request.url() + " has sha256 " + SpecFingerprint.sha256(fetched)
                            + ", not the expected " + expected + " (-Dspec.sha256); nothing was written");
        }
        JsonObject document = SpecJson.parseDocument(fetched, "the document fetched from " + request.url());
        SpecNormaliser.Result normalised = SpecNormaliser.normalise(document);
        String publishedBase = publishedBase(request);

        byte[] oldPinBytes = Files.exists(request.pin()) ? Files.readAllBytes(request.pin()) : null;
        JsonObject oldPin = oldPinBytes == null
                ? new JsonObject()
                : SpecJson.parseObject(oldPinBytes, request.pin().toString());
        JsonObject oldLock = Files.exists(request.lock()) ? SpecJson.read(request.lock()) : new JsonObject();
        JsonObject newPin = normalised.spec();
        ReconstructedOverlay.Result overlay = ReconstructedOverlay.apply(oldPin, newPin, !request.dropReconstructed());

        byte[] pinBytes = SpecJson.format(newPin);
        SpecFingerprint after = SpecFingerprint.of(pinBytes);
        String pinFileName = request.pin().getFileName().toString();
        JsonObject lock = LockFile.build(oldLock, pinFileName, request.url(), publishedBase, after);
        String report = ChangeReport.render(new ChangeReport.Input(
                pinFileName,
                request.url().toString(),
                publishedBase,
                oldPinBytes == null ? null : SpecFingerprint.of(oldPinBytes),
                after,
                normalised.notes(),
                SpecDiff.compare(oldPin, newPin),
                overlay));

        SpecJson.writeAtomically(request.pin(), pinBytes);
        SpecJson.writeAtomically(request.lock(), SpecJson.format(lock));
        return report;
    }

    private String publishedBase(Request request) {
        String given =
                request.publishedBase() == null ? "" : request.publishedBase().trim();
        if (!given.isEmpty()) {
            try {
                return LocalDate.parse(given).toString();
            } catch (DateTimeParseException e) {
                throw new SpecException("spec.publishedBase must be a date like 2026-08-19, not " + given, e);
            }
        }
        Matcher dated = DATED_FILE_NAME.matcher(String.valueOf(request.url().getPath()));
        if (dated.find()) {
            return dated.group(1);
        }
        return LocalDate.now(clock).toString();
    }
}
