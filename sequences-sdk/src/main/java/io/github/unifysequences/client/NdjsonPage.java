package io.github.unifysequences.client;

import java.io.Closeable;
import java.io.IOException;
import java.util.OptionalLong;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * One results page streamed as NDJSON: the open response, read a line at a time so that no more than one row
 * is in memory. Whoever holds it must close it.
 */
final class NdjsonPage implements Closeable {
    private final Response response;

    NdjsonPage(Response response) {
        this.response = response;
    }

    /** @return the next row's text, skipping blank lines; {@code null} at the end of the page */
    String nextLine() throws IOException {
        BufferedSource source = response.body().source();
        String line;
        do {
            line = source.readUtf8Line();
        } while (line != null && line.isBlank());
        return line;
    }

    /** @return the {@code x-total} header: the rows of the whole job, as the API counts them now */
    OptionalLong total() {
        String value = response.header("x-total");
        try {
            return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException notANumber) {
            return OptionalLong.empty();
        }
    }

    @Override
    public void close() {
        response.close();
    }
}
