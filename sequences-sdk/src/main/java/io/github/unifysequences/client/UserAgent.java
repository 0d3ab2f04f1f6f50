package io.github.unifysequences.client;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Builds {@code unify-sequences-java/<sdk> (spec <sha256 prefix>; Java <version>)} once per JVM. */
final class UserAgent {
    private static final String VERSION = "/io/github/unifysequences/sdk.properties";
    private static final String LOCK = "META-INF/unify-sequences/openapi.lock.json";
    static final String VALUE = "unify-sequences-java/" + sdkVersion() + " (spec " + specHash() + "; Java "
            + System.getProperty("java.version") + ")";

    private UserAgent() {
    }

    private static String sdkVersion() {
        try (InputStream in = required(UserAgent.class.getResourceAsStream(VERSION), VERSION)) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The lock travels in the generated client's jar, so the hash names the spec the models were generated from. It is
     * read through the class loader: on the module path a class's own lookup would search the SDK's module only.
     */
    private static String specHash() {
        try (InputStream in = required(UserAgent.class.getClassLoader().getResourceAsStream(LOCK), LOCK)) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .getAsJsonObject().get("sha256").getAsString().substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream required(InputStream in, String resource) {
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the classpath; the SDK jars are incomplete");
        }
        return in;
    }
}
