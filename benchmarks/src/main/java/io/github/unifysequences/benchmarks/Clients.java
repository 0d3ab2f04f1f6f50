package io.github.unifysequences.benchmarks;

import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.client.UnifySequencesClientBuilder;
import io.github.unifysequences.generated.api.UnifySequencesApi;
import io.github.unifysequences.generated.support.GeneratedJson;
import java.time.Duration;
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
        OkHttpClient keyed = http.newBuilder()
                .addInterceptor(chain -> chain.proceed(chain.request()
                        .newBuilder()
                        .header("x-api-key", FixtureServer.API_KEY)
                        .build()))
                .build();
        return new Retrofit.Builder()
                .baseUrl(baseUrl + "/")
                .client(keyed)
                .addConverterFactory(GsonConverterFactory.create(GeneratedJson.gson()))
                .build()
                .create(UnifySequencesApi.class);
    }

    static void close(OkHttpClient http) {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
