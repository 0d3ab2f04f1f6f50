package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unifysequences.client.ApiRequest.Route;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.generated.api.UnifySequencesApi;
import io.github.unifysequences.models.PauseState;
import io.github.unifysequences.models.Sequence;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The one mechanism behind every face: eager mapping of interface methods to table rows, and ids in both types. */
class FacesTest extends ClientTestBase {

    /** A service interface with a method the table has no row for. */
    interface UnmappedService {
        Sequence retrieve(String sequenceId);

        Sequence archive(String sequenceId);
    }

    /** A service interface whose method does not take its row's id. */
    interface MistypedService {
        Sequence retrieve(Integer sequenceId, RequestOptions options);
    }

    @Test
    void aMethodWithoutARowFailsWhenTheServiceIsBuiltNamingTheMethod() {
        assertThatThrownBy(() -> Faces.service(UnmappedService.class, "client.sequences()", null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("UnmappedService.archive")
                .hasMessageContaining("no row client.sequences().archive()");
        assertThatThrownBy(() -> Faces.service(MistypedService.class, "client.sequences()", null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MistypedService.retrieve")
                .hasMessageContaining("argument 1 must be the id sequenceId");
    }

    @Test
    void theTableWrapsEveryOperationOfThePinOnce() {
        assertThat(BindingCheck.routes())
                .extracting(Route::key)
                .containsExactlyInAnyOrderElementsOf(
                        RequestFactory.index(UnifySequencesApi.class).keySet());
    }

    @Test
    void idsAreTakenAsTheUuidsModelsReturn() {
        enqueueExample("retrieve_sequence.response");
        enqueueExample("pause_sequence.response");
        Sequence sequence = client.sequences().retrieve(UUID.fromString(SEQUENCE_ID));
        PauseState paused = client.sequences().pause(sequence.id());
        assertThat(take().getTarget()).isEqualTo("/sequences/v1/sequences/" + SEQUENCE_ID);
        assertThat(take().getTarget()).isEqualTo("/sequences/v1/sequences/" + SEQUENCE_ID + "/pause");
        assertThat(paused.isPaused()).isTrue();
    }

    @Test
    void aMissingIdParamsOrOptionsIsRefusedNamingItBeforeAnythingIsSent() {
        assertThatThrownBy(() -> client.enrollments().pause((UUID) null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("enrollmentId");
        assertThatThrownBy(() -> client.async().enrollments().withRawResponse().pause("not-a-uuid"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("enrollmentId");
        assertThatThrownBy(() -> client.sequences().list(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("params");
        assertThatThrownBy(() -> client.sequences().retrieve(SEQUENCE_ID, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("options");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aDefaultMethodRunsAsWrittenAndObjectMethodsAreTheProxys() {
        enqueueExample("delete_sequence_enrollment.response");
        assertThat(client.enrollments().delete(UUID.fromString(ENROLLMENT_ID)).isCanceled())
                .isTrue();
        assertThat(take().getMethod()).isEqualTo("DELETE");
        assertThat(client.enrollments().steps().withRawResponse())
                .hasToString("client.enrollments().steps().withRawResponse()");
        assertThat(client.sequences()).isEqualTo(client.sequences()).isNotEqualTo(client.enrollments());
    }
}
