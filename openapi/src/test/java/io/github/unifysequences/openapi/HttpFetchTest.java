package io.github.unifysequences.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-pins over real HTTP from a loopback server. */
class HttpFetchTest {
    @TempDir
    Path dir;

    private HttpServer server;
    private Path pin;
    private Path lock;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/sequences/v1/openapi.json", 200, Fixtures.bytes(Fixtures.published(Fixtures.AUGUST_19)));
        serve("/swagger.json", 200, utf8("{\"swagger\":\"2.0\",\"paths\":{}}"));
        serve("/page.html", 200, utf8("<html><body>Docs</body></html>"));
        serve("/missing.json", 404, utf8("not found"));
        server.start();
        Fixtures.copyPinAndLock(dir);
        pin = dir.resolve(Fixtures.PIN.getFileName());
        lock = dir.resolve(Fixtures.LOCK.getFileName());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void fetchesOverHttpAndRecordsTheUrlAsSource() throws Exception {
        URI url = url("/sequences/v1/openapi.json");

        update(url, "2026-08-19");

        Fixtures.assertSameText(Fixtures.bytes(pin), Fixtures.bytes(Fixtures.PIN));
        JsonObject written = SpecJson.read(lock);
        assertThat(written.get("source_url").getAsString()).isEqualTo(url.toString());
        assertThat(written.has("fetched_from")).isFalse();
        assertThat(written.get("published_base").getAsString()).isEqualTo("2026-08-19");
    }

    @Test
    void undatedUrlWithoutPublishedBaseUsesToday() throws Exception {
        update(url("/sequences/v1/openapi.json"), "");

        assertThat(SpecJson.read(lock).get("published_base").getAsString()).isEqualTo("2026-11-27");
    }

    @Test
    void rejectsWhatIsNotAnOpenApi3DocumentAndLeavesThePinAlone() {
        byte[] pinBefore = Fixtures.bytes(pin);
        byte[] lockBefore = Fixtures.bytes(lock);

        assertThatThrownBy(() -> update(url("/swagger.json"), ""))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("not an OpenAPI 3.0 or 3.1 document");
        assertThatThrownBy(() -> update(url("/page.html"), ""))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("is not valid JSON")
                .hasMessageContaining("/page.html");
        assertThatThrownBy(() -> update(url("/missing.json"), ""))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("HTTP 404");

        Fixtures.assertSameText(Fixtures.bytes(pin), pinBefore);
        Fixtures.assertSameText(Fixtures.bytes(lock), lockBefore);
        assertThat(dir.toFile().list())
                .containsExactlyInAnyOrder(
                        pin.getFileName().toString(), lock.getFileName().toString());
    }

    private void serve(String path, int status, byte[] body) {
        server.createContext(path, exchange -> {
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void update(URI url, String publishedBase) throws Exception {
        new SpecUpdater(Fixtures.TODAY).update(new SpecUpdater.Request(url, pin, lock, publishedBase, false));
    }
}
