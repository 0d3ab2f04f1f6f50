package io.github.unifysequences.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class ReconstructedOverlayTest {
    private static final String MARK = "\"x-reconstructed\":\"why\"";

    @Test
    void carriedMemberGoesAfterItsOldPrecedingSibling() {
        JsonObject old = parse("{\"p\":{\"a\":1,\"b\":2,\"r\":{" + MARK + "},\"c\":3}}");
        JsonObject now = parse("{\"p\":{\"a\":1,\"b\":2,\"c\":3,\"d\":4}}");

        ReconstructedOverlay.Result result = ReconstructedOverlay.apply(old, now, true);

        assertThat(now.getAsJsonObject("p").keySet()).containsExactly("a", "b", "r", "c", "d");
        assertThat(result.missing()).extracting(JsonPointer::toString).containsExactly("/p/r");
        assertThat(result.nowPublished()).isEmpty();
    }

    @Test
    void carriedMemberIsAppendedWhenItsOldSiblingIsGone() {
        JsonObject old = parse("{\"p\":{\"a\":1,\"b\":2,\"r\":{" + MARK + "}}}");
        JsonObject now = parse("{\"p\":{\"c\":3,\"a\":1}}");

        ReconstructedOverlay.apply(old, now, true);

        assertThat(now.getAsJsonObject("p").keySet()).containsExactly("c", "a", "r");
    }

    @Test
    void carriedOperationGetsANewPathItemAndPathsStaySorted() {
        JsonObject old = parse("{\"paths\":{\"/a\":{},\"/b/{id}\":{\"post\":{" + MARK + "}},\"/c\":{}}}");
        JsonObject now = parse("{\"paths\":{\"/a\":{},\"/c\":{}}}");

        ReconstructedOverlay.apply(old, now, true);

        assertThat(OpenApiDoc.paths(now).keySet()).containsExactly("/a", "/b/{id}", "/c");
        assertThat(OpenApiDoc.paths(now).getAsJsonObject("/b/{id}").keySet()).containsExactly("post");
    }

    @Test
    void vendorVersionWinsIncludingOverNestedReconstructedNodes() {
        JsonObject old = parse("{\"paths\":{\"/a\":{\"get\":{" + MARK + ",\"responses\":{\"404\":{" + MARK + "}}}}}}");
        JsonObject now = parse("{\"paths\":{\"/a\":{\"get\":{\"responses\":{\"200\":{}}}}}}");

        ReconstructedOverlay.Result result = ReconstructedOverlay.apply(old, now, true);

        assertThat(result.nowPublished()).extracting(JsonPointer::toString).containsExactly("/paths/~1a/get");
        assertThat(result.missing()).isEmpty();
        assertThat(now).isEqualTo(parse("{\"paths\":{\"/a\":{\"get\":{\"responses\":{\"200\":{}}}}}}"));
    }

    @Test
    void withoutCarryingTheMissingNodesAreOnlyListed() {
        JsonObject old = parse("{\"p\":{\"r\":{" + MARK + "}}}");
        JsonObject now = parse("{\"p\":{}}");

        ReconstructedOverlay.Result result = ReconstructedOverlay.apply(old, now, false);

        assertThat(result.missing()).hasSize(1);
        assertThat(now).isEqualTo(parse("{\"p\":{}}"));
    }

    @Test
    void refusesToGuessWhereAnArrayElementBelongs() {
        JsonObject old = parse("{\"list\":[{\"a\":1},{" + MARK + "}]}");
        JsonObject now = parse("{\"list\":[{\"a\":1}]}");

        assertThatThrownBy(() -> ReconstructedOverlay.apply(old, now, true))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("/list/1")
                .hasMessageContaining("mark the enclosing object");
    }

    @Test
    void findsAllTwentyFourMarkedNodesOfTheCommittedPin() {
        assertThat(ReconstructedOverlay.markedNodes(SpecJson.read(Fixtures.PIN)))
                .hasSize(24);
    }

    private static JsonObject parse(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }
}
