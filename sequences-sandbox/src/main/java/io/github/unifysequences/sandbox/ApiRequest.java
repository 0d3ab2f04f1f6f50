package io.github.unifysequences.sandbox;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.sun.net.httpserver.Headers;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** A routed request: path parameters, query, headers and the (already read) body. */
final class ApiRequest {
    /**
     * Reads a tree without touching the reader's strictness (JsonParser.parseReader would make it lenient). A new
     * JsonReader refuses comments, unquoted names and a second top-level value in every Gson version. Not
     * Strictness.STRICT, which also refuses a {@code \'} escape: it exists only from Gson 2.11, and the sandbox runs
     * in users' test class paths, where Spring Boot 3.3's dependency management gives Gson 2.10.1.
     */
    private static final TypeAdapter<JsonElement> TREE = new Gson().getAdapter(JsonElement.class);

    final String method;
    final String path;
    final List<String> pathParams;
    final QueryParams query;
    final Headers headers;
    final byte[] body;
    /**
     * Set when an injected 409 fault hits an operation whose documented 409 depends on state (pause/resume
     * sequence): the handler then answers it with that state instead of the server answering a bare envelope.
     */
    boolean injectedConflict;

    ApiRequest(String method, String path, List<String> pathParams, QueryParams query, Headers headers, byte[] body) {
        this.method = method;
        this.path = path;
        this.pathParams = pathParams;
        this.query = query;
        this.headers = headers;
        this.body = body;
    }

    /** The {@code i}-th path parameter as a UUID, or a 400 {@code invalid_uuid} naming {@code name}. */
    UUID uuidParam(int i, String name) {
        String text = pathParams.get(i);
        if (!Validation.isUuid(text)) {
            throw ApiException.badRequest("invalid_uuid", "Path parameter `" + name + "` must be a UUID.", name);
        }
        return UUID.fromString(text);
    }

    boolean hasBody() {
        return body.length > 0 && !new String(body, StandardCharsets.UTF_8).isBlank();
    }

    /** The body as a JSON object, or a 400 {@code invalid_json}/{@code invalid_type} when it is not one. */
    JsonObject jsonObject() {
        JsonElement parsed;
        try {
            JsonReader reader = new JsonReader(new StringReader(new String(body, StandardCharsets.UTF_8)));
            parsed = TREE.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("Trailing content after the JSON value.");
            }
        } catch (JsonParseException | IOException | IllegalStateException | NumberFormatException e) {
            // NumberFormatException: how Gson before 2.11 reports a cut-off unicode escape.
            throw ApiException.badRequest("invalid_json", "The request body is not valid JSON.");
        }
        if (!parsed.isJsonObject()) {
            throw ApiException.badRequest("invalid_type", "The request body must be a JSON object.");
        }
        return parsed.getAsJsonObject();
    }

    String header(String name) {
        return headers.getFirst(name);
    }
}
