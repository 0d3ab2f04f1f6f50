package io.github.unifysequences.sandbox;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Map;

/** The one writer of error bodies: {@code {"status": ..., "message": ..., errors/extra fields}}. */
final class ErrorEnvelope {
    private ErrorEnvelope() {}

    static Reply reply(ApiException e) {
        Reply reply = Reply.json(e.httpStatus, w -> write(w, e));
        e.headers.forEach(reply::header);
        return reply;
    }

    /** The spec's {@code status} string for an HTTP code, used for injected faults. */
    static String statusFor(int httpStatus) {
        switch (httpStatus) {
            case 400:
                return "bad_request";
            case 401:
                return "unauthorized";
            case 404:
                return "not_found";
            case 409:
                return "conflict";
            case 410:
                return "results_expired";
            case 413:
                return "results_page_too_large";
            case 429:
                return "rate_limited";
            default:
                return "error";
        }
    }

    private static void write(JsonWriter w, ApiException e) throws IOException {
        w.beginObject();
        w.name("status").value(e.status);
        w.name("message").value(e.getMessage());
        if (e.errors != null) {
            w.name("errors").beginArray();
            for (Map<String, Object> item : e.errors) {
                Json.writeValue(w, item);
            }
            w.endArray();
        }
        for (Map.Entry<String, Object> field : e.extra.entrySet()) {
            w.name(field.getKey());
            Json.writeValue(w, field.getValue());
        }
        w.endObject();
    }
}
