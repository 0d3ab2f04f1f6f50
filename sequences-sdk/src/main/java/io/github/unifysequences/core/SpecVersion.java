package io.github.unifysequences.core;

import io.github.unifysequences.generated.support.PinnedSpec;

/**
 * The Unify Sequences OpenAPI document this SDK build was generated and bound against (its pin,
 * {@code openapi/unify-sequences-v1.openapi.json}, and lock, {@code openapi/openapi.lock.json}). The values
 * are compile-time constants written from the lock at build time, so they need no resource lookup and work the
 * same on the class path and the module path. The jar manifest carries the same facts ({@code Unify-Spec-*}),
 * and every request's {@code User-Agent} names the sha256 prefix.
 *
 * <p>Versioning: the SDK follows semantic versioning of its own Java API; the spec's published date is build
 * metadata (README, "Versions"). Re-pinning to another spec and rebuilding changes these constants and nothing
 * in the SDK's public API.
 */
public final class SpecVersion {
    /** The date the vendor published the pinned file, ISO-8601 ({@code 2026-08-19}); never null. */
    public static final String PUBLISHED = PinnedSpec.PUBLISHED;
    /** The sha256 of the pinned file, 64 lower-case hex digits; never null. */
    public static final String SHA256 = PinnedSpec.SHA256;
    /** Where the vendor serves the document; never null. */
    public static final String SOURCE_URL = PinnedSpec.SOURCE_URL;
    /** The OpenAPI version the document declares ({@code 3.1.0}); never null. */
    public static final String OPENAPI = PinnedSpec.OPENAPI;
    /** How many operations (method and path pairs) the document has. */
    public static final int OPERATIONS = PinnedSpec.OPERATIONS;

    private SpecVersion() {}

    /**
     * @return one line naming the pin, e.g. {@code Unify Sequences API spec 2026-08-19 (sha256 17e2d00d9231…, 27
     *     operations, https://…/openapi.json)}; what the CLI's {@code --version} prints
     */
    public static String describe() {
        return "Unify Sequences API spec " + PUBLISHED + " (sha256 " + SHA256.substring(0, 12) + ", " + OPERATIONS
                + " operations, " + SOURCE_URL + ")";
    }
}
