package io.github.unifysequences.benchmarks;

import com.google.gson.Gson;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import io.github.unifysequences.generated.model.Enrollment;
import io.github.unifysequences.generated.model.GetEnrollmentResponse;
import io.github.unifysequences.generated.model.ListEnrollmentsResponse;
import io.github.unifysequences.generated.model.RetrieveSequenceResponse;
import io.github.unifysequences.generated.model.SequenceEnrollment;
import io.github.unifysequences.generated.support.GeneratedJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Baseline (a): what a developer writes with OkHttp and Gson alone. It decodes into the generated models
 * (the same Gson and the same classes the SDK starts from), streaming from the response body.
 */
final class HandWritten {
    private final OkHttpClient http;
    private final HttpUrl base;
    private final Gson gson = GeneratedJson.gson();

    HandWritten(OkHttpClient http, String baseUrl) {
        this.http = http;
        this.base = HttpUrl.get(baseUrl);
    }

    GetEnrollmentResponse retrieve(String id) {
        return get(
                base.newBuilder()
                        .addPathSegment("enrollments")
                        .addPathSegment(id)
                        .build(),
                GetEnrollmentResponse.class);
    }

    RetrieveSequenceResponse retrieveSequence(String id) {
        return get(
                base.newBuilder().addPathSegment("sequences").addPathSegment(id).build(),
                RetrieveSequenceResponse.class);
    }

    ListEnrollmentsResponse list(int limit, String cursor) {
        HttpUrl.Builder url =
                base.newBuilder().addPathSegment("enrollments").addQueryParameter("limit", Integer.toString(limit));
        if (cursor != null) {
            url.addQueryParameter("cursor", cursor);
        }
        return get(url.build(), ListEnrollmentsResponse.class);
    }

    /** The cursor loop the auto-pager replaces. */
    void forEachEnrollment(int limit, Consumer<Enrollment> action) {
        String cursor = null;
        do {
            ListEnrollmentsResponse page = list(limit, cursor);
            page.getEnrollments().forEach(action);
            cursor = page.getNextCursor();
        } while (cursor != null);
    }

    /** Reads every row of an enrollment export, page by page until {@code x-total} rows, one row at a time off the socket. */
    void exportRows(String jobId, int pageSize, Consumer<SequenceEnrollment> action) {
        long count = 0;
        long total = Long.MAX_VALUE;
        for (int page = 1; count < total; page++) {
            HttpUrl url = base.newBuilder()
                    .addPathSegments("enrollments/query-jobs")
                    .addPathSegment(jobId)
                    .addPathSegment("results")
                    .addQueryParameter("page", Integer.toString(page))
                    .addQueryParameter("page_size", Integer.toString(pageSize))
                    .build();
            Request request = new Request.Builder()
                    .url(url)
                    .header("x-api-key", FixtureServer.API_KEY)
                    .header("Accept", "application/x-ndjson")
                    .build();
            try (Response response = http.newCall(request).execute();
                    JsonReader reader = new JsonReader(response.body().charStream())) {
                check(response);
                total = Long.parseLong(response.header("x-total"));
                // Lenient mode reads a sequence of top-level values, which is what NDJSON is.
                reader.setStrictness(Strictness.LENIENT);
                for (int row = 0; row < pageSize && count < total; row++, count++) {
                    action.accept(gson.fromJson(reader, SequenceEnrollment.class));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private <T> T get(HttpUrl url, Class<T> type) {
        Request request = new Request.Builder()
                .url(url)
                .header("x-api-key", FixtureServer.API_KEY)
                .build();
        try (Response response = http.newCall(request).execute()) {
            check(response);
            return gson.fromJson(response.body().charStream(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(Response response) {
        if (!response.isSuccessful()) {
            throw new IllegalStateException(response.request().url() + " answered " + response.code());
        }
    }
}
