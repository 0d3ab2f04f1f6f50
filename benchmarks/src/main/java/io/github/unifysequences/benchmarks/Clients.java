package io.github.unifysequences.benchmarks;

import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.client.UnifySequencesClientBuilder;
import io.github.unifysequences.generated.api.UnifySequencesApi;
import io.github.unifysequences.generated.support.GeneratedJson;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/** The three ways to call the API that the figures compare, configured alike so they differ only in what they do per call. */
final class Clients {

    private Clients() {}

    /** The SDK as a user builds it: defaults everywhere except the local base URL. */
    static UnifySequencesClient sdk(String baseUrl) {
        return sdkBuilder(baseUrl).build();
    }

    static UnifySequencesClientBuilder sdkBuilder(String baseUrl) {
        return UnifySequencesClient.builder().apiKey(FixtureServer.API_KEY).baseUrl(baseUrl);
    }

    /** OkHttp with the settings the SDK gives its own client (timeouts, no silent retry, no SSL-downgrade redirects). */
    static OkHttpClient okHttp() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(60))
                .writeTimeout(Duration.ofSeconds(60))
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .build();
    }

    /** Baseline (b): the bare generated Retrofit interface, the key added by an interceptor as a Retrofit user would. */
    static UnifySequencesApi retrofit(OkHttpClient http, String baseUrl) {
        return retrofit(http, baseUrl, Headers.of("x-api-key", FixtureServer.API_KEY));
    }

    /** The bare generated Retrofit interface sending {@code headers} on every request, added by an interceptor. */
    static UnifySequencesApi retrofit(OkHttpClient http, String baseUrl, Headers headers) {
        OkHttpClient keyed = http.newBuilder()
                .addInterceptor(chain -> chain.proceed(chain.request()
                        .newBuilder()
                        .headers(chain.request()
                                .headers()
                                .newBuilder()
                                .addAll(headers)
                                .build())
                        .build()))
                .build();
        return new Retrofit.Builder()
                .baseUrl(baseUrl + "/")
                .client(keyed)
                .addConverterFactory(GsonConverterFactory.create(GeneratedJson.gson()))
                .build()
                .create(UnifySequencesApi.class);
    }

    /**
     * The headers the SDK sets on a {@code retrieve} request (the key, its User-Agent, the attempt number), as an
     * application interceptor sees them, before OkHttp adds its own.
     */
    static Headers sdkRequestHeaders(String baseUrl) {
        AtomicReference<Headers> seen = new AtomicReference<>();
        OkHttpClient capturing = okHttp().newBuilder()
                .addInterceptor(chain -> {
                    seen.set(chain.request().headers());
                    return chain.proceed(chain.request());
                })
                .build();
        try (UnifySequencesClient sdk =
                sdkBuilder(baseUrl).okHttpClient(capturing).build()) {
            sdk.enrollments().retrieve(FixtureServer.enrollmentId());
        } finally {
            close(capturing);
        }
        return seen.get();
    }

    static void close(OkHttpClient http) {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
