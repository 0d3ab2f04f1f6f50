package io.github.unifysequences.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The clients of the per-call benchmark make the same request and read the same answer, so their timings compare like with like. */
class PerCallBenchmarkTest {
    private final PerCallBenchmark benchmark = new PerCallBenchmark();

    @BeforeEach
    void start() {
        benchmark.start();
    }

    @AfterEach
    void stop() {
        benchmark.stop();
    }

    @Test
    void retrieveReadsTheSameEnrollment() {
        String id = FixtureServer.enrollmentId();
        assertThat(benchmark.retrieveSdk().id()).hasToString(id);
        assertThat(benchmark.retrieveHandWritten().getId()).hasToString(id);
        assertThat(benchmark.retrieveRetrofit().getId()).hasToString(id);
        assertThat(benchmark.retrieveRetrofitSdkHeaders().getId()).hasToString(id);
    }

    @Test
    void theHeadersBaselineSendsWhatTheSdkSends() {
        Headers headers;
        try (FixtureServer server = FixtureServer.start(1, 0, Duration.ZERO)) {
            headers = Clients.sdkRequestHeaders(server.baseUrl());
        }
        assertThat(headers.get("User-Agent")).startsWith("unify-sequences-java/");
        assertThat(headers.get("x-unify-sdk-attempt")).isEqualTo("1");
        assertThat(headers.get("x-api-key")).isEqualTo(FixtureServer.API_KEY);
    }

    @Test
    void listReadsTheSamePageOfOneHundred() {
        var sdk = benchmark.listSdk();
        var handWritten = benchmark.listHandWritten();
        var retrofit = benchmark.listRetrofit();
        assertThat(sdk.items()).hasSize(100);
        assertThat(sdk.items().stream().map(e -> e.id()).toList())
                .isEqualTo(handWritten.getEnrollments().stream()
                        .map(e -> e.getId())
                        .toList())
                .isEqualTo(
                        retrofit.getEnrollments().stream().map(e -> e.getId()).toList());
        assertThat(sdk.nextCursor()).contains(handWritten.getNextCursor()).contains(retrofit.getNextCursor());
    }
}
