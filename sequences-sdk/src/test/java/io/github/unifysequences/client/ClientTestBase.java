package io.github.unifysequences.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A real HTTP server per test, a client pointed at it, and a sleeper that records instead of waiting. */
abstract class ClientTestBase {
    static final String API_KEY = "sk_test_0123456789abcdef";
    static final String SEQUENCE_ID = "5d0f6a3e-2b7c-4f1e-9a58-3c6e1b2d4f70";
    static final String ENROLLMENT_ID = "0b6b1a2e-6a53-4c8e-9a3e-2f0d7c1b9e44";
    static final String PERSON_ID = "9b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8";
    static final String STEP_ID = "7c2e9f14-3a6b-4d8e-b1f0-5e4d3c2b1a09";
    /** Shortly before the examples' created_at, so enrollments in them count as created by the call under test. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2023-11-07T05:31:00Z"), ZoneOffset.UTC);

    MockWebServer server;
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    UnifySequencesClient client;

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start();
        client = builder().build();
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.close();
    }

    UnifySequencesClientBuilder builder() {
        return UnifySequencesClient.builder()
                .apiKey(API_KEY)
                .baseUrl(server.url("/sequences/v1").toString())
                .sleeper((duration, async) -> {
                    sleeps.add(duration);
                    return CompletableFuture.completedFuture(null);
                })
                .clock(CLOCK);
    }

    static String example(String name) {
        try (InputStream in = ClientTestBase.class.getResourceAsStream("/examples/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void enqueue(int code, String body, String... headerPairs) {
        MockResponse.Builder response =
                new MockResponse.Builder().code(code).body(body).addHeader("Content-Type", "application/json");
        for (int i = 0; i < headerPairs.length; i += 2) {
            response.addHeader(headerPairs[i], headerPairs[i + 1]);
        }
        server.enqueue(response.build());
    }

    void enqueueExample(String name) {
        enqueue(200, example(name));
    }

    void enqueueError(int code, String status, String message) {
        enqueue(code, "{\"status\":\"" + status + "\",\"message\":\"" + message + "\"}");
    }

    RecordedRequest take() {
        try {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            if (request == null) {
                throw new AssertionError("the server received no request");
            }
            return request;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
