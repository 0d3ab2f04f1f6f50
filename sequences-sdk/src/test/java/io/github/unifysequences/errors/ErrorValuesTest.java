package io.github.unifysequences.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The error details users build for test doubles: an exception thrown from a fake reads like one the client maps, a
 * builder names the required field it lacks, and the built values are immutable (issue #14, evolvable public values).
 */
class ErrorValuesTest {

    private static ErrorContext.Builder notFound() {
        return ErrorContext.builder()
                .statusCode(404)
                .apiStatus("not_found")
                .apiMessage("Sequence not found")
                .method("GET")
                .path("/sequences/v1/sequences/5d0f6a3e-2b7c-4f1e-9a58-3c6e1b2d4f70");
    }

    @Test
    void anExceptionBuiltForATestDoubleReadsLikeAMappedOne() {
        NotFoundException e = new NotFoundException(notFound().build());

        assertThat(e.statusCode()).isEqualTo(404);
        assertThat(e.apiStatus()).contains("not_found");
        assertThat(e.getMessage())
                .isEqualTo("404 not_found: Sequence not found "
                        + "(GET /sequences/v1/sequences/5d0f6a3e-2b7c-4f1e-9a58-3c6e1b2d4f70)");
    }

    @Test
    void aBadRequestBuiltFromErrorsNamesThemWhenTheEnvelopeHasNoMessage() {
        ErrorContext context = ErrorContext.builder()
                .statusCode(400)
                .apiStatus("bad_request")
                .method("POST")
                .path("/sequences/v1/enrollments")
                .build();
        BadRequestError error = BadRequestError.builder()
                .code("invalid_type")
                .message("must be a UUID")
                .path(List.of("person_id"))
                .build();

        BadRequestException e = new BadRequestException(context, List.of(error));

        assertThat(e.errors()).containsExactly(error);
        assertThat(e.getMessage()).contains("invalid_type at person_id: must be a UUID");
    }

    @Test
    void aBuilderNamesTheRequiredFieldItLacks() {
        assertThatThrownBy(
                        () -> ErrorContext.builder().statusCode(500).path("/x").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ErrorContext.method is required but was not set");
        assertThatThrownBy(() -> ErrorContext.builder().method("GET").path("/x").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ErrorContext.statusCode is required but was not set");
        assertThatThrownBy(() -> BadRequestError.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("BadRequestError.code is required but was not set");
        assertThatThrownBy(() -> ErrorContext.builder().method(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("method");
    }

    @Test
    void builtValuesDoNotChangeWithWhatTheyWereBuiltFrom() {
        Map<String, List<String>> headers = new HashMap<>(Map.of("x-request-id", List.of("r-1")));
        JsonObject body = JsonParser.parseString("{\"status\":\"not_found\"}").getAsJsonObject();
        List<String> path = new ArrayList<>(List.of("person_id"));
        ErrorContext context = notFound().headers(headers).body(body).build();
        BadRequestError error =
                BadRequestError.builder().code("c").path(path).rawJson(body).build();

        headers.put("x-added", List.of("later"));
        body.addProperty("added", true);
        path.add("later");
        context.body().addProperty("through-accessor", true);

        assertThat(context.headers()).containsOnlyKeys("x-request-id");
        assertThat(context.body().has("added")).isFalse();
        assertThat(context.body().has("through-accessor")).isFalse();
        assertThat(error.path()).containsExactly("person_id");
        assertThat(error.rawJson().has("added")).isFalse();
    }

    @Test
    void aLongExcerptIsCutAndACopyKeepsItCut() {
        ErrorContext context = notFound().bodyExcerpt("x".repeat(5_000)).build();

        assertThat(context.bodyExcerpt())
                .hasSize(ErrorContext.EXCERPT_CHARS + 1)
                .endsWith("…");
        assertThat(context.toBuilder().build()).isEqualTo(context);
    }
}
