package io.github.unifysequences.sandbox;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Small streaming-JSON helpers; responses are written field by field, never through object trees. */
final class Json {
    /** Marks an absent timestamp in the compact records (epoch millis). */
    static final long NO_TIME = Long.MIN_VALUE;

    /**
     * Writes JSON trees into a streaming writer through Gson's public API (its internal {@code Streams} is not
     * exported to named modules). {@code toJson} applies these settings to the writer while it writes, so they match
     * {@link #writer}'s: nulls kept, no HTML escaping.
     */
    private static final Gson TREES =
            new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private Json() {}

    /** A body that writes itself to a JSON writer. */
    @FunctionalInterface
    interface Body {
        void write(JsonWriter w) throws IOException;
    }

    /** A JSON writer over a buffered UTF-8 encoder; flush it at the end. */
    static JsonWriter writer(OutputStream out) {
        JsonWriter w = new JsonWriter(new Utf8Sink(out));
        w.setSerializeNulls(true);
        return w;
    }

    static String time(long epochMillis) {
        return epochMillis == NO_TIME ? null : Instant.ofEpochMilli(epochMillis).toString();
    }

    static void time(JsonWriter w, String name, long epochMillis) throws IOException {
        w.name(name).value(time(epochMillis));
    }

    static void id(JsonWriter w, String name, UUID id) throws IOException {
        w.name(name).value(id == null ? null : id.toString());
    }

    static void writeValue(JsonWriter w, Object value) throws IOException {
        if (value == null) {
            w.nullValue();
        } else if (value instanceof Boolean) {
            w.value((Boolean) value);
        } else if (value instanceof Number) {
            w.value((Number) value);
        } else if (value instanceof JsonElement) {
            TREES.toJson((JsonElement) value, w);
        } else if (value instanceof Map) {
            w.beginObject();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                w.name(String.valueOf(e.getKey()));
                writeValue(w, e.getValue());
            }
            w.endObject();
        } else if (value instanceof List) {
            w.beginArray();
            for (Object item : (List<?>) value) {
                writeValue(w, item);
            }
            w.endArray();
        } else {
            w.value(String.valueOf(value));
        }
    }
}
