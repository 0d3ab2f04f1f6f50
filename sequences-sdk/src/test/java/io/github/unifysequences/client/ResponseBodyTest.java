package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.unifysequences.errors.InvalidResponseException;
import io.github.unifysequences.errors.UnifyIoException;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/** The pipeline reads a whole body before parsing it, so a connection lost mid-body is an I/O failure, not bad JSON. */
class ResponseBodyTest extends ClientTestBase {

    private void enqueueCutOffMidBody() {
        server.enqueue(new MockResponse.Builder()
                .body(example("retrieve_sequence.response"))
                .addHeader("Content-Type", "application/json")
                .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
                .build());
    }

    @Test
    void aBodyCutOffMidwayIsRetriedLikeAnyIoFailure() {
        enqueueCutOffMidBody();
        enqueueExample("retrieve_sequence.response");

        assertThat(client.sequences().retrieve(SEQUENCE_ID).name()).isNotBlank();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aBodyCutOffMidwayWithoutRetriesLeftIsAnIoFailure() {
        client.close();
        client = builder().maxRetries(0).build();
        enqueueCutOffMidBody();

        Throwable error = catchThrowable(() -> client.sequences().retrieve(SEQUENCE_ID));
        assertThat(error).isInstanceOf(UnifyIoException.class);
    }

    @Test
    void anEmptySuccessfulBodyIsNotTheDocumentedJson() {
        enqueue(200, "");

        Throwable error = catchThrowable(() -> client.sequences().retrieve(SEQUENCE_ID));
        assertThat(error).isInstanceOf(InvalidResponseException.class);
    }
}
