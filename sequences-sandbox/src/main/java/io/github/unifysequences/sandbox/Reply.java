package io.github.unifysequences.sandbox;

import com.google.gson.stream.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP response to be sent: status, headers and a body that writes itself. */
final class Reply {
    /** Writes a body to the raw response stream. */
    @FunctionalInterface
    interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    final int status;
    final Map<String, String> headers = new LinkedHashMap<>();
    private final Writer body;
    /** Large result pages are sent chunked while they are rendered, instead of buffered. */
    final boolean streamed;

    private Reply(int status, String contentType, Writer body, boolean streamed) {
        this.status = status;
        this.body = body;
        this.streamed = streamed;
        headers.put("Content-Type", contentType);
    }

    static Reply json(int status, Json.Body body) {
        return new Reply(status, "application/json", jsonWriter(body), false);
    }

    static Reply streamedJson(int status, Json.Body body) {
        return new Reply(status, "application/json", jsonWriter(body), true);
    }

    static Reply streamed(int status, String contentType, Writer body) {
        return new Reply(status, contentType, body, true);
    }

    Reply header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    void writeTo(OutputStream out) throws IOException {
        body.writeTo(out);
    }

    byte[] render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try {
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Writer jsonWriter(Json.Body body) {
        return out -> {
            JsonWriter w = Json.writer(out);
            body.write(w);
            w.flush();
        };
    }
}
