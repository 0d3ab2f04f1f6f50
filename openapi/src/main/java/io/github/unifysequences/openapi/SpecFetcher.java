package io.github.unifysequences.openapi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** Reads the bytes behind an http(s): or file: URL. */
final class SpecFetcher {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private SpecFetcher() {}

    static byte[] fetch(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "file":
                return readFile(url);
            case "http":
            case "https":
                return download(url);
            default:
                throw new SpecException(
                        "cannot fetch " + url + ": give an http:, https: or file: URL (e.g. file:///abs/path.json)");
        }
    }

    private static byte[] readFile(URI url) {
        try {
            return Files.readAllBytes(Path.of(url));
        } catch (IOException | IllegalArgumentException e) {
            throw new SpecException("cannot read " + url + ": " + e.getMessage(), e);
        }
    }

    private static byte[] download(URI url) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new SpecException("cannot fetch " + url + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpecException("interrupted while fetching " + url, e);
        }
        if (response.statusCode() != 200) {
            throw new SpecException("cannot fetch " + url + ": HTTP " + response.statusCode() + " (expected 200)");
        }
        return response.body();
    }
}
