package io.github.unifysequences.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecDiffTest {
    private static final String OLD = "{\"paths\":{\"/a/{id}\":{\"parameters\":[{\"name\":\"id\",\"in\":\"path\"}],"
            + "\"get\":{\"operationId\":\"get_a\",\"description\":\"Old words.\","
            + "\"parameters\":[{\"name\":\"limit\",\"in\":\"query\",\"schema\":{\"maximum\":50}}],"
            + "\"responses\":{\"200\":{\"content\":{\"application/json\":{\"schema\":"
            + "{\"$ref\":\"#/components/schemas/A\"}}}},\"404\":{}}},"
            + "\"post\":{\"operationId\":\"post_a\",\"description\":\"Old words.\",\"responses\":{}}}},"
            + "\"components\":{\"schemas\":{"
            + "\"A\":{\"type\":\"object\",\"required\":[\"id\",\"state\"],\"properties\":{"
            + "\"id\":{\"type\":\"string\"},\"state\":{\"type\":\"string\",\"enum\":[\"ON\"]},"
            + "\"description\":{\"type\":\"string\"}}},"
            + "\"B\":{\"type\":\"object\",\"description\":\"Old words.\"}}}}";

    private static final String NOW = "{\"paths\":{\"/a/{id}\":{\"parameters\":[{\"name\":\"id\",\"in\":\"path\"}],"
            + "\"get\":{\"operationId\":\"get_a\",\"description\":\"New words.\","
            + "\"parameters\":[{\"name\":\"limit\",\"in\":\"query\",\"schema\":{\"maximum\":100}}],"
            + "\"responses\":{\"200\":{\"content\":{\"application/json\":{\"schema\":"
            + "{\"$ref\":\"#/components/schemas/A2\"}}}},\"409\":{}}},"
            + "\"post\":{\"operationId\":\"post_a\",\"description\":\"New words.\",\"responses\":{},"
            + "\"x-mcp-tool\":{\"idempotentHint\":true}}}},"
            + "\"components\":{\"schemas\":{"
            + "\"A\":{\"type\":\"object\",\"required\":[\"id\"],\"properties\":{"
            + "\"id\":{\"type\":\"string\",\"format\":\"uuid\"},"
            + "\"state\":{\"type\":\"string\",\"enum\":[\"ON\",\"OFF\"]}}},"
            + "\"B\":{\"type\":\"object\",\"description\":\"New words.\"}}}}";

    private final SpecDiff.Changes changes = SpecDiff.compare(parse(OLD), parse(NOW));

    @Test
    void listsParameterAndResponseChangesOfAnOperation() {
        assertThat(changes.operations().changed())
                .containsExactly(Map.entry(
                        "GET /a/{id} (get_a)",
                        List.of(
                                "parameter changed: limit (query): schema",
                                "response 200 changed (A -> A2)",
                                "response 404 removed",
                                "response 409 added")));
    }

    @Test
    void listsPropertyAndRequiredChangesOfASchemaWithValues() {
        assertThat(changes.schemas().changed())
                .containsExactly(Map.entry(
                        "A",
                        List.of(
                                "property id: format absent -> uuid",
                                "property state: enum [\"ON\"] -> [\"ON\",\"OFF\"]",
                                "property removed: description",
                                "no longer required: state")));
    }

    @Test
    void countsProseAndExtensionOnlyChangesWithoutListingThem() {
        assertThat(changes.operations().documentationOnly()).isEqualTo(1);
        assertThat(changes.schemas().documentationOnly()).isEqualTo(1);
        assertThat(changes.operations().extensionChanges()).isEqualTo(1);
        assertThat(changes.extensionNames()).containsExactly("x-mcp-tool");
        assertThat(changes.schemas().changed()).doesNotContainKey("B");
    }

    @Test
    void identicalDocumentsHaveNoChanges() {
        assertThat(SpecDiff.compare(parse(OLD), parse(OLD)).isEmpty()).isTrue();
    }

    private static JsonObject parse(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }
}
