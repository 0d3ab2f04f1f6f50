package io.github.unifysequences.openapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** RFC 6901 pointer, used to name reconstructed nodes in reports and the lock. */
record JsonPointer(List<String> tokens) {

    static final JsonPointer ROOT = new JsonPointer(List.of());

    JsonPointer {
        tokens = List.copyOf(tokens);
    }

    /** Parses {@code /a/b~1c} (RFC 6901); the empty string is the root. */
    static JsonPointer parse(String pointer) {
        if (pointer.isEmpty()) {
            return ROOT;
        }
        List<String> tokens = new ArrayList<>();
        for (String token : pointer.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return new JsonPointer(tokens);
    }

    JsonPointer child(String token) {
        List<String> longer = new ArrayList<>(tokens);
        longer.add(token);
        return new JsonPointer(longer);
    }

    JsonPointer parent() {
        return new JsonPointer(tokens.subList(0, tokens.size() - 1));
    }

    String last() {
        return tokens.get(tokens.size() - 1);
    }

    boolean isAncestorOf(JsonPointer other) {
        return other.tokens.size() > tokens.size()
                && other.tokens.subList(0, tokens.size()).equals(tokens);
    }

    /** The node at this pointer, or null when any step is missing. */
    JsonElement find(JsonElement root) {
        JsonElement current = root;
        for (String token : tokens) {
            if (current == null) {
                return null;
            }
            if (current.isJsonObject()) {
                current = current.getAsJsonObject().get(token);
            } else if (current.isJsonArray() && token.matches("\\d+")) {
                int index = Integer.parseInt(token);
                var array = current.getAsJsonArray();
                current = index < array.size() ? array.get(index) : null;
            } else {
                return null;
            }
        }
        return current;
    }

    JsonObject findObject(JsonElement root) {
        JsonElement found = find(root);
        return found != null && found.isJsonObject() ? found.getAsJsonObject() : null;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (String token : tokens) {
            out.append('/').append(token.replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }
}
