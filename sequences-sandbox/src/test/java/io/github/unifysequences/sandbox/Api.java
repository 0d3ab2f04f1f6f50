package io.github.unifysequences.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A tiny java.net.http client for tests: sends JSON, returns status, headers and parsed body. */
final class Api {
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI baseUrl;
    private final String apiKey;

    Api(URI baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    Api(SequencesSandbox sandbox) {
        this(sandbox.baseUrl(), sandbox.apiKey());
    }

    Api withKey(String key) {
        return new Api(baseUrl, key);
    }

    /** A response with its body as text; {@link #json()} parses it. */
    record Response(int status, HttpResponse<String> raw) {
        String body() {
            return raw.body();
        }

        JsonObject json() {
            return JsonParser.parseString(raw.body()).getAsJsonObject();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String str(String field) {
            JsonElement e = json().get(field);
            return e == null || e.isJsonNull() ? null : e.getAsString();
        }
    }

    Response get(String path) {
        return send("GET", path, null, null);
    }

    Response post(String path, String json) {
        return send("POST", path, json, null);
    }

    Response patch(String path, String json) {
        return send("PATCH", path, json, null);
    }

    Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    Response send(String method, String path, String json, String accept) {
        return send(method, path, json, "application/json", accept);
    }

    Response send(String method, String path, String body, String contentType, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (apiKey != null) {
            b.header("x-api-key", apiKey);
        }
        if (body != null) {
            b.header("Content-Type", contentType);
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Follows next_cursor from {@code path} (which has its own query) and returns every item id in order. */
    List<String> allIds(String path, String arrayField, Function<JsonObject, String> idOf) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            String sep = path.contains("?") ? "&" : "?";
            Response r = get(path + (cursor == null ? "" : sep + "cursor=" + cursor));
            if (r.status() != 200) {
                throw new AssertionError("HTTP " + r.status() + " " + r.body());
            }
            r.json().getAsJsonArray(arrayField).forEach(e -> ids.add(idOf.apply(e.getAsJsonObject())));
            cursor = r.str("next_cursor");
        } while (cursor != null);
        return ids;
    }
}
