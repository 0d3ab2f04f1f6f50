package io.github.unifysequences.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SpecNormaliserTest {

    @Test
    void bothVendorLayoutsNormaliseToTheSameServerAndPaths() {
        JsonObject relative = normalise(Fixtures.AUGUST_02).spec();
        JsonObject prefixed = normalise(Fixtures.AUGUST_19).spec();

        assertThat(OpenApiDoc.paths(prefixed).keySet())
                .hasSize(18)
                .containsExactlyElementsOf(OpenApiDoc.paths(relative).keySet())
                .contains("/enrollments/{id}/pause", "/sequences");
        assertThat(prefixed.get("servers")).isEqualTo(relative.get("servers"));
        assertThat(prefixed.getAsJsonArray("servers")
                        .get(0)
                        .getAsJsonObject()
                        .get("url")
                        .getAsString())
                .isEqualTo("https://api.unifygtm.com/sequences/v1");
    }

    @Test
    void reportsWhatItNormalised() {
        assertThat(normalise(Fixtures.AUGUST_19).notes())
                .containsExactly(
                        "moved the prefix /sequences/v1 from 18 paths to the server URL",
                        "openapi label 3.0.0 normalised to 3.1.0");
        assertThat(normalise(Fixtures.AUGUST_02).notes()).isEmpty();
    }

    @Test
    void keepsThePrefixWhenSomePathLacksIt() {
        JsonObject spec = SpecNormaliser.normalise(parse("{\"servers\":[{\"url\":\"https://h\"}],\"openapi\":\"3.1.0\","
                        + "\"paths\":{\"/sequences/v1/b\":{},\"/health\":{}}}"))
                .spec();

        assertThat(spec.keySet()).containsExactly("openapi", "paths", "servers");
        assertThat(OpenApiDoc.paths(spec).keySet()).containsExactly("/health", "/sequences/v1/b");
    }

    @Test
    void sortsPathsAndSchemasInAsciiOrderAndKeepsOtherKeyOrder() {
        JsonObject spec = SpecNormaliser.normalise(
                        parse("{\"x-extra\":1,\"components\":{\"schemas\":{\"b\":{},\"B\":{},\"a.c\":{}},"
                                + "\"securitySchemes\":{}},\"paths\":{\"/z\":{},\"/a\":{}},"
                                + "\"openapi\":\"3.1.0\"}"))
                .spec();

        assertThat(spec.keySet()).containsExactly("openapi", "paths", "components", "x-extra");
        assertThat(OpenApiDoc.schemas(spec).keySet()).containsExactly("B", "a.c", "b");
        assertThat(OpenApiDoc.paths(spec).keySet()).containsExactly("/a", "/z");
        assertThat(spec.getAsJsonObject("components").keySet()).containsExactly("schemas", "securitySchemes");
    }

    @Test
    void formattingRoundTripsThePinnedFileByteForByte() {
        byte[] pinned = Fixtures.bytes(Fixtures.COMMITTED_PIN);

        assertThat(SpecJson.format(SpecJson.parseObject(pinned, "pin"))).isEqualTo(pinned);
        byte[] formatted = SpecJson.format(parse("{\"n\":100,\"f\":1.50,\"s\":\"é<&>\"}"));
        assertThat(new String(formatted, StandardCharsets.UTF_8))
                .isEqualTo("{\n  \"n\": 100,\n  \"f\": 1.50,\n  \"s\": \"é<&>\"\n}\n");
    }

    @Test
    void rejectsDocumentsThatAreNotOpenApi3WithPaths() {
        assertThatThrownBy(() -> SpecNormaliser.normalise(parse("{\"swagger\":\"2.0\",\"paths\":{}}")))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("not an OpenAPI 3.0 or 3.1 document");
        assertThatThrownBy(() -> SpecNormaliser.normalise(parse("{\"openapi\":\"3.1.0\"}")))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("no \"paths\" object");
    }

    private static SpecNormaliser.Result normalise(String publishedFile) {
        return SpecNormaliser.normalise(SpecJson.read(Fixtures.published(publishedFile)));
    }

    private static JsonObject parse(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }
}
