package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.errors.UnifyTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The builder: HTTPS rule, environment, User-Agent, user OkHttp clients, connection pool, timeouts, close. */
class ClientConfigurationTest extends ClientTestBase {

    @Test
    void plainHttpIsRefusedExceptForLoopbackHosts() {
        assertThatThrownBy(() -> UnifySequencesClient.builder()
                        .apiKey("k")
                        .baseUrl("http://api.unifygtm.com/sequences/v1")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("https");
        for (String url : new String[] {
            "http://localhost:8080/v1",
            "http://127.0.0.1/v1",
            "http://127.1.2.3/v1",
            "http://[::1]:9/v1",
            "https://api.unifygtm.com/sequences/v1"
        }) {
            assertThatCode(() -> UnifySequencesClient.builder()
                            .apiKey("k")
                            .baseUrl(url)
                            .build()
                            .close())
                    .doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> UnifySequencesClient.builder()
                        .apiKey("k")
                        .baseUrl("http://127.0.0.1.evil.com/v1")
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnifySequencesClient.builder()
                        .apiKey("k")
                        .baseUrl("ftp://x")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseUrl");
    }

    @Test
    void apiKeyIsRequired() {
        assertThatThrownBy(() -> UnifySequencesClient.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("apiKey");
    }

    @Test
    void systemPropertiesWinOverTheEnvironment() {
        Map<String, String> env = Map.of(
                "UNIFY_API_KEY",
                "from-env",
                "UNIFY_BASE_URL",
                server.url("/env").toString(),
                "UNIFY_LOG",
                "headers");
        Map<String, String> props =
                Map.of("unify.baseUrl", server.url("/sequences/v1").toString(), "unify.log", "basic");
        UnifySequencesClientBuilder builder = builder().apiKey(null).fromEnv(env::get, props::get);
        enqueueExample("retrieve_sequence.response");
        try (UnifySequencesClient fromEnv = builder.build()) {
            fromEnv.sequences().retrieve(SEQUENCE_ID);
        }
        var request = take();
        assertThat(request.getHeaders().get("x-api-key")).isEqualTo("from-env");
        assertThat(request.getTarget()).startsWith("/sequences/v1/sequences/");
        assertThatThrownBy(() -> builder().fromEnv(Map.of("UNIFY_LOG", "loud")::get, k -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UNIFY_LOG");
    }

    @Test
    void userAgentNamesSdkSpecAndJava() throws Exception {
        // Both expectations come from their sources, not from today's values: the build's version (Maven filters it
        // into sdk.properties) and the sha256 the lock records for the pin.
        Properties sdk = new Properties();
        try (var in = UserAgent.class.getResourceAsStream("/io/github/unifysequences/sdk.properties")) {
            sdk.load(in);
        }
        String sha256 = JsonParser.parseString(Files.readString(Path.of("../openapi/openapi.lock.json")))
                .getAsJsonObject()
                .get("sha256")
                .getAsString();
        assertThat(sdk.getProperty("version")).matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");
        assertThat(UserAgent.VALUE)
                .isEqualTo("unify-sequences-java/" + sdk.getProperty("version") + " (spec " + sha256.substring(0, 12)
                        + "; Java " + System.getProperty("java.version") + ")");
    }

    @Test
    void userSuppliedClientKeepsItsInterceptorsAndSurvivesClose() throws Exception {
        OkHttpClient mine = new OkHttpClient.Builder()
                .addInterceptor(chain -> chain.proceed(
                        chain.request().newBuilder().header("x-mine", "yes").build()))
                .build();
        UnifySequencesClient wrapped = builder().okHttpClient(mine).build();
        enqueueExample("retrieve_sequence.response");
        wrapped.sequences().retrieve(SEQUENCE_ID);
        var request = take();
        assertThat(request.getHeaders().get("x-mine")).isEqualTo("yes");
        assertThat(request.getHeaders().get("x-api-key")).isEqualTo(API_KEY);
        wrapped.close();
        server.enqueue(new MockResponse.Builder().body("ok").build());
        try (Response response =
                mine.newCall(new Request.Builder().url(server.url("/")).build()).execute()) {
            assertThat(response.body().string()).isEqualTo("ok");
        }
    }

    @Test
    void theSdksOwnPoolKeepsMoreThanOkHttpsFiveIdleConnections() throws Exception {
        int concurrent = 8;
        Set<Integer> first = concurrentRetrieves(concurrent);
        Set<Integer> second = concurrentRetrieves(concurrent);
        // OkHttp's default pool would have closed all but 5 of the first round's connections on release.
        assertThat(first).hasSizeGreaterThan(5);
        assertThat(first).containsAll(second);
    }

    @Test
    void aCallersClientKeepsEverySettingTheBuilderDoesNotSetAndTakesTheOnesItDoes() {
        OkHttpClient mine =
                new OkHttpClient.Builder().readTimeout(Duration.ofMillis(200)).build();
        server.enqueue(new MockResponse.Builder()
                .body(example("retrieve_sequence.response"))
                .headersDelay(10, TimeUnit.SECONDS)
                .build());
        try (UnifySequencesClient kept =
                builder().okHttpClient(mine).maxRetries(0).build()) {
            assertThatThrownBy(() -> kept.sequences().retrieve(SEQUENCE_ID))
                    .isInstanceOf(UnifyTimeoutException.class)
                    .hasMessageContaining("readTimeout");
        }
        server.enqueue(new MockResponse.Builder()
                .body(example("retrieve_sequence.response"))
                .headersDelay(300, TimeUnit.MILLISECONDS)
                .build());
        try (UnifySequencesClient overridden = builder()
                .okHttpClient(mine)
                .readTimeout(Duration.ofSeconds(30))
                .maxIdleConnections(4)
                .maxConcurrentRequests(8)
                .maxRetries(0)
                .build()) {
            assertThat(overridden.sequences().retrieve(SEQUENCE_ID).name()).isEqualTo("Q4 Outbound - VP Sales");
        }
        assertThat(mine.readTimeoutMillis()).isEqualTo(200);
        assertThat(mine.dispatcher().getMaxRequestsPerHost()).isEqualTo(5);
        assertThatThrownBy(() -> builder().maxIdleConnections(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder().maxConcurrentRequests(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** @return the server's indices of the connections the calls arrived on; slow responses make the calls overlap */
    private Set<Integer> concurrentRetrieves(int calls) throws Exception {
        for (int i = 0; i < calls; i++) {
            server.enqueue(new MockResponse.Builder()
                    .body(example("retrieve_sequence.response"))
                    .addHeader("Content-Type", "application/json")
                    .headersDelay(200, TimeUnit.MILLISECONDS)
                    .build());
        }
        ExecutorService threads = Executors.newFixedThreadPool(calls);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                done.add(threads.submit(() -> client.sequences().retrieve(SEQUENCE_ID)));
            }
            for (Future<?> call : done) {
                call.get();
            }
        } finally {
            threads.shutdown();
        }
        Set<Integer> connections = new HashSet<>();
        for (int i = 0; i < calls; i++) {
            connections.add(take().getConnectionIndex());
        }
        return connections;
    }

    @Test
    void perCallTimeoutOverridesTheClientsAndIsRetried() {
        for (int i = 0; i < 2; i++) {
            server.enqueue(new MockResponse.Builder()
                    .body(example("retrieve_sequence.response"))
                    .bodyDelay(2, TimeUnit.SECONDS)
                    .build());
        }
        RequestOptions fast = RequestOptions.builder()
                .timeout(Duration.ofMillis(300))
                .maxRetries(1)
                .build();
        long start = System.nanoTime();
        assertThatThrownBy(() -> client.sequences().retrieve(SEQUENCE_ID, fast))
                .isInstanceOf(UnifyTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void callsAfterCloseFailFast() {
        client.close();
        assertThatThrownBy(() -> client.sequences().retrieve(SEQUENCE_ID)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> client.async().sequences().retrieve(SEQUENCE_ID))
                .isInstanceOf(IllegalStateException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void requestOptionsRejectSdkHeaders() {
        assertThatThrownBy(() -> RequestOptions.builder().header("X-Api-Key", "other"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
