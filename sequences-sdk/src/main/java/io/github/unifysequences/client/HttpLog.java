package io.github.unifysequences.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import okhttp3.Request;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** HTTP logging at the configured level, with the API key redacted from every line whatever its source. */
final class HttpLog {
    private static final Logger LOG = LoggerFactory.getLogger("io.github.unifysequences.http");

    private final LogLevel level;
    private final ErrorMapper redactor;

    HttpLog(LogLevel level, ErrorMapper redactor) {
        this.level = level;
        this.redactor = redactor;
    }

    void request(Request request, int attempt) {
        if (!enabled()) {
            return;
        }
        StringBuilder line = new StringBuilder("--> ")
                .append(request.method())
                .append(' ')
                .append(request.url())
                .append(" (attempt ")
                .append(attempt)
                .append(')');
        if (level.compareTo(LogLevel.HEADERS) >= 0) {
            appendHeaders(line, request.headers());
        }
        if (level == LogLevel.BODY && request.body() != null) {
            try (Buffer buffer = new Buffer()) {
                request.body().writeTo(buffer);
                line.append('\n').append(buffer.readUtf8());
            } catch (IOException e) {
                line.append("\n(body not loggable: ").append(e.getMessage()).append(')');
            }
        }
        emit(line);
    }

    /** @param body the whole body, left unread */
    void response(Request request, int code, Headers headers, Buffer body, long millis) {
        if (!enabled()) {
            return;
        }
        StringBuilder line = new StringBuilder("<-- ")
                .append(code)
                .append(' ')
                .append(request.method())
                .append(' ')
                .append(request.url())
                .append(" (")
                .append(millis)
                .append(" ms)");
        if (level.compareTo(LogLevel.HEADERS) >= 0) {
            appendHeaders(line, headers);
        }
        if (level == LogLevel.BODY) {
            // A copy shares the segments; the pipeline still has to read the body.
            line.append('\n').append(body.copy().readString(StandardCharsets.UTF_8));
        }
        emit(line);
    }

    void failure(Request request, IOException error, long millis) {
        if (enabled()) {
            emit(new StringBuilder("<-- FAILED ")
                    .append(request.method())
                    .append(' ')
                    .append(request.url())
                    .append(" (")
                    .append(millis)
                    .append(" ms): ")
                    .append(error));
        }
    }

    /**
     * A level set on the client but INFO turned off in the application's logging configuration builds no lines;
     * asked on every call, so a logging configuration changed at run time takes effect.
     */
    private boolean enabled() {
        return level != LogLevel.NONE && LOG.isInfoEnabled();
    }

    private static void appendHeaders(StringBuilder line, Headers headers) {
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.name(i);
            line.append('\n')
                    .append(name)
                    .append(": ")
                    .append(name.equalsIgnoreCase(Pipeline.API_KEY_HEADER) ? "██" : headers.value(i));
        }
    }

    private void emit(StringBuilder line) {
        LOG.info(redactor.redact(line.toString()));
    }
}
