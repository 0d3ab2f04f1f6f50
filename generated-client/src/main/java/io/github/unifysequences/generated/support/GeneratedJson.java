package io.github.unifysequences.generated.support;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.function.Function;

/**
 * The Gson configuration that reads and writes the generated models.
 *
 * <p>It is hand-written because the generator's own {@code JSON} helper pulls in gson-fire and an
 * {@code ApiClient} we do not use. Gson has no built-in adapters for {@code java.time}, and reflective
 * access to those classes is closed on Java 17, so the two types the spec uses ({@code date-time},
 * {@code date}) get explicit ISO-8601 adapters. Unknown JSON fields are ignored by Gson's reflective
 * adapter, and unknown enum values map to {@code UNKNOWN_DEFAULT_OPEN_API} (generator option
 * {@code enumUnknownDefaultCase}), so a newer API never breaks deserialization.
 */
public final class GeneratedJson {

    private static final Gson GSON = builder().create();

    private GeneratedJson() {}

    /** A shared, thread-safe instance. */
    public static Gson gson() {
        return GSON;
    }

    /** A builder with the {@code java.time} adapters registered, for callers that add their own settings. */
    public static GsonBuilder builder() {
        return new GsonBuilder()
                .disableHtmlEscaping()
                .registerTypeAdapter(
                        OffsetDateTime.class,
                        new IsoAdapter<>(DateTimeFormatter.ISO_OFFSET_DATE_TIME, OffsetDateTime::parse).nullSafe())
                .registerTypeAdapter(
                        LocalDate.class,
                        new IsoAdapter<>(DateTimeFormatter.ISO_LOCAL_DATE, LocalDate::parse).nullSafe());
    }

    /** ISO_OFFSET_DATE_TIME always writes seconds, unlike {@code OffsetDateTime.toString()} (RFC 3339 needs them). */
    private static final class IsoAdapter<T extends TemporalAccessor> extends TypeAdapter<T> {
        private final DateTimeFormatter format;
        private final Function<String, T> parse;

        IsoAdapter(DateTimeFormatter format, Function<String, T> parse) {
            this.format = format;
            this.parse = parse;
        }

        @Override
        public void write(JsonWriter out, T value) throws IOException {
            out.value(format.format(value));
        }

        @Override
        public T read(JsonReader in) throws IOException {
            return parse.apply(in.nextString());
        }
    }
}
