package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unifysequences.client.ApiRequest.Route;
import io.github.unifysequences.core.SpecVersion;
import io.github.unifysequences.generated.api.UnifySequencesApi;
import java.util.List;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The build's gate for breaking spec changes: every route, parameter and body property the SDK sends must be in
 * the pin it was built from. When a re-pin removes one, this test fails once, naming each SDK method and what the
 * pin lost (see README, "Regenerating on a spec change").
 */
class BindingCheckTest {
    private static final HttpUrl BASE = HttpUrl.get("http://127.0.0.1:1/sequences/v1/");

    @Test
    void everyRouteTheSdkSendsIsInThePin() {
        assertThat(BindingCheck.breaking(UnifySequencesApi.class))
                .as(
                        "the pin (%s) lacks what these SDK methods send; see README 'Regenerating on a spec change'",
                        SpecVersion.describe())
                .isEmpty();
    }

    @Test
    void everyOperationOfThePinIsBoundOrReachableRaw() {
        // The SDK binds each of the pin's operations it wraps; a pin with more (a new operation) still builds.
        assertThat(RequestFactory.index(UnifySequencesApi.class)).hasSize(SpecVersion.OPERATIONS);
        assertThat(BindingCheck.routes())
                .extracting(Route::key)
                .doesNotHaveDuplicates()
                .allSatisfy(key -> assertThat(RequestFactory.index(UnifySequencesApi.class))
                        .containsKey(key));
    }

    /** A pin from before a route and an optional parameter existed, as the generator would write it. */
    interface OlderApi {
        @GET("enrollments")
        Call<Object> listSequenceEnrollments(
                @Query("limit") Integer limit, @Query("cursor") String cursor, @Query("status") List<String> status);

        @POST("sequences/{sequence_id}/pause")
        Call<Object> pauseSequence(@Path("sequence_id") UUID id);
    }

    @Test
    void aBreakingChangeNamesTheSdkMethodAndTheChange() {
        List<String> problems = BindingCheck.breaking(OlderApi.class);
        assertThat(problems)
                .contains(
                        "client.sequences().pause() needs POST /sequences/{id}/pause, which the pin ("
                                + SpecVersion.describe() + ") does not have",
                        "client.enrollments().list() needs query parameter 'person_id' of GET /enrollments, which the pin ("
                                + SpecVersion.describe() + ") does not have");
        assertThat(problems).noneMatch(p -> p.contains("enrolled_by_play_id"));
        assertThat(BindingCheck.missingOptional(OlderApi.class))
                .containsExactly(
                        "client.enrollments().list() can use query parameter 'enrolled_by_play_id' of GET /enrollments, which the pin ("
                                + SpecVersion.describe() + ") does not have");
    }

    @Test
    void anOptionalFeatureThePinLacksFailsAtCallTimeBeforeSending() {
        RequestFactory older = new RequestFactory(OlderApi.class, BASE, new OkHttpClient());
        ApiRequest withPlay = ApiRequest.to(Endpoints.LIST_ENROLLMENTS.route())
                .query("limit", 5)
                .query("enrolled_by_play_id", UUID.fromString("0b6b1a2e-6a53-4c8e-9a3e-2f0d7c1b9e44"));
        assertThatThrownBy(() -> older.form(withPlay))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("client.enrollments().list() was given 'enrolled_by_play_id'")
                .hasMessageContaining("GET /enrollments")
                .hasMessageContaining(SpecVersion.PUBLISHED);

        Request without = older.form(ApiRequest.to(Endpoints.LIST_ENROLLMENTS.route())
                .query("limit", 5)
                .query("status", List.of("X")));
        assertThat(without.url().toString()).isEqualTo(BASE + "enrollments?limit=5&status=X");

        assertThatThrownBy(() -> older.form(
                        ApiRequest.to(Endpoints.RESUME_SEQUENCE.route()).path("id", "x")))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageStartingWith("client.sequences().resume() needs POST /sequences/{id}/resume");
    }

    @Test
    void parametersBindByNameWhateverTheirOrder() {
        RequestFactory older = new RequestFactory(OlderApi.class, BASE, new OkHttpClient());
        Request request = older.form(ApiRequest.to(Route.of("test", "GET /enrollments"))
                .query("status", List.of("A", "B"))
                .query("cursor", "c1")
                .query("limit", 7));
        // The generated method lists limit, cursor, status; the wire keeps the order the SDK gave.
        assertThat(request.url().toString()).isEqualTo(BASE + "enrollments?status=A&status=B&cursor=c1&limit=7");
    }
}
