package io.github.unifysequences.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.unifysequences.models.RawJson;
import org.junit.jupiter.api.Test;

/** The decoders' uncopied entry to {@link RawJson} is installed once, by {@code RawJson}, and cannot be replaced. */
class RawJsonAccessTest {

    @Test
    void aSecondFactoryIsRefused() {
        RawJson.of(new JsonObject());
        assertThatThrownBy(() -> RawJsonAccess.install(RawJsonAccess.factory()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("installed once");
    }

    @Test
    void theDecodersWrapWithoutCopyingWhileRawJsonOfCopies() {
        JsonObject tree = new JsonObject();
        RawJson owned = RawJsonAccess.factory().owning(tree);
        RawJson copied = RawJson.of(tree);
        tree.add("added", new JsonPrimitive(1));

        assertThat(owned.keys()).containsExactly("added");
        assertThat(copied.keys()).isEmpty();
        assertThat(RawJsonAccess.factory().parsing("{\"a\":true}").get("a")).contains(new JsonPrimitive(true));
    }
}
