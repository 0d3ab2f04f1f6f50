package io.github.unifysequences.client;

import io.github.unifysequences.core.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Builds {@code unify-sequences-java/<sdk> (spec <sha256 prefix>; Java <version>)} once per JVM; the spec hash is
 * {@link SpecVersion#SHA256}, the pin the SDK was built against.
 */
final class UserAgent {
    static final String VALUE = "unify-sequences-java/" + sdkVersion() + " (spec " + SpecVersion.SHA256.substring(0, 12)
            + "; Java " + System.getProperty("java.version") + ")";

    private UserAgent() {}

    private static String sdkVersion() {
        try (InputStream in = open("/io/github/unifysequences/sdk.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = UserAgent.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the classpath; the SDK jars are incomplete");
        }
        return in;
    }
}
