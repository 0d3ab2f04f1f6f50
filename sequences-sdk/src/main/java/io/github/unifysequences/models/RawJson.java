package io.github.unifysequences.models;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.unifysequences.internal.RawJsonAccess;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An API object exactly as it was received, including fields this SDK version does not know yet.
 * Immutable: every accessor returns a copy.
 *
 * <pre>{@code
 * sequence.rawJson().get("brand_new_field").map(JsonElement::getAsString);
 * }</pre>
 */
public final class RawJson {
    static {
        RawJsonAccess.install(new RawJsonAccess.Factory() {
            @Override
            public RawJson owning(JsonObject json) {
                return new RawJson(json, null);
            }

            @Override
            public RawJson parsing(String text) {
                return new RawJson(null, text);
            }
        });
    }

    /** The object's text, for a value read without a tree, which {@link #json()} parses on first use; else {@code null}. */
    private final @Nullable String text;

    private volatile @Nullable JsonObject json;

    private RawJson(@Nullable JsonObject json, @Nullable String text) {
        this.json = json;
        this.text = text;
    }

    /**
     * @param json the object to snapshot; copied
     * @return an immutable snapshot of {@code json}
     */
    public static RawJson of(JsonObject json) {
        return new RawJson(json.deepCopy(), null);
    }

    /** Two threads may both parse the text the first time; they get equal trees, and either may be kept. */
    private JsonObject json() {
        JsonObject tree = json;
        if (tree == null) {
            tree = JsonParser.parseString(Objects.requireNonNull(text, "text")).getAsJsonObject();
            json = tree;
        }
        return tree;
    }

    /**
     * @param key a JSON field name as the API spells it, such as {@code "next_cursor"}
     * @return a copy of the field's value; empty if the field is absent (a present {@code null} is
     *     returned as {@link com.google.gson.JsonNull})
     */
    public Optional<JsonElement> get(String key) {
        JsonElement value = json().get(key);
        return value == null ? Optional.empty() : Optional.of(value.deepCopy());
    }

    /** @return the field names present in the object, known or not */
    public Set<String> keys() {
        return Set.copyOf(json().keySet());
    }

    /** @return a mutable copy of the whole object */
    public JsonObject asJsonObject() {
        return json().deepCopy();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RawJson that && json().equals(that.json());
    }

    @Override
    public int hashCode() {
        return json().hashCode();
    }

    @Override
    public String toString() {
        return json().toString();
    }
}
