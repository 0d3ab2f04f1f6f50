package io.github.unifysequences.openapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.URI;
import java.util.Map;
import java.util.Set;

/** Builds the content of {@code openapi.lock.json}. */
final class LockFile {
    /** Where the vendor publishes the spec; recorded when the bytes came from a local copy. */
    static final String VENDOR_URL = "https://api.unifygtm.com/sequences/v1/openapi.json";

    private static final Set<String> WRITTEN_HERE = Set.of(
            "file",
            "source_url",
            "fetched_from",
            "published_base",
            "sha256",
            "openapi",
            "operations",
            "schemas",
            "reconstructed_operations");

    private LockFile() {}

    /**
     * A file: URL says nothing about where the vendor serves the spec, so the old lock's
     * {@code source_url} is kept; the local path is not recorded (it names one machine, and the lock
     * is committed). A {@code fetched_from} an older version of this tool wrote is dropped. Fields
     * this class does not know are carried over from the old lock.
     */
    static JsonObject build(
            JsonObject oldLock,
            String pinFileName,
            URI fetchedFrom,
            String publishedBase,
            SpecFingerprint fingerprint) {
        JsonObject lock = new JsonObject();
        lock.addProperty("file", pinFileName);
        if ("file".equalsIgnoreCase(fetchedFrom.getScheme())) {
            JsonElement previous = oldLock.get("source_url");
            lock.addProperty("source_url", previous != null ? previous.getAsString() : VENDOR_URL);
        } else {
            lock.addProperty("source_url", fetchedFrom.toString());
        }
        lock.addProperty("published_base", publishedBase);
        fingerprint.writeTo(lock);
        for (Map.Entry<String, JsonElement> member : oldLock.entrySet()) {
            if (!WRITTEN_HERE.contains(member.getKey())) {
                lock.add(member.getKey(), member.getValue());
            }
        }
        return lock;
    }
}
