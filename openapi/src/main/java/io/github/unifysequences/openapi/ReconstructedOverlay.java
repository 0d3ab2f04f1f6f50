package io.github.unifysequences.openapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Carries nodes marked {@value #MARKER} from the old pin into a freshly fetched document.
 *
 * <p>They were rebuilt from the vendor's docs because the vendor file lacked them; a re-pin
 * must not silently lose them while the vendor still lacks them. A marked node is handled
 * as a whole: once the vendor publishes it, the vendor's version wins, including for the
 * marked nodes nested inside it.
 */
final class ReconstructedOverlay {
    static final String MARKER = "x-reconstructed";

    /**
     * Outermost marked nodes of the old pin, split by whether the fetched document has them.
     * {@code carried} says whether the missing ones were copied into the new document.
     */
    record Result(List<JsonPointer> missing, List<JsonPointer> nowPublished, boolean carried) {}

    private ReconstructedOverlay() {}

    /** Classifies the old pin's marked nodes and, if {@code carry}, copies the missing ones. */
    static Result apply(JsonObject oldPin, JsonObject target, boolean carry) {
        List<JsonPointer> missing = new ArrayList<>();
        List<JsonPointer> nowPublished = new ArrayList<>();
        for (JsonPointer pointer : outermost(markedNodes(oldPin))) {
            if (pointer.find(target) != null) {
                nowPublished.add(pointer);
            } else {
                missing.add(pointer);
                if (carry) {
                    copy(oldPin, target, pointer);
                }
            }
        }
        SpecNormaliser.sortSections(target);
        return new Result(List.copyOf(missing), List.copyOf(nowPublished), carry);
    }

    /** Every marked object, outer before inner, in document order. */
    static List<JsonPointer> markedNodes(JsonElement root) {
        List<JsonPointer> found = new ArrayList<>();
        collect(root, JsonPointer.ROOT, found);
        return found;
    }

    private static void collect(JsonElement node, JsonPointer at, List<JsonPointer> found) {
        if (node.isJsonObject()) {
            if (node.getAsJsonObject().has(MARKER)) {
                found.add(at);
            }
            for (Map.Entry<String, JsonElement> member : node.getAsJsonObject().entrySet()) {
                collect(member.getValue(), at.child(member.getKey()), found);
            }
        } else if (node.isJsonArray()) {
            for (int i = 0; i < node.getAsJsonArray().size(); i++) {
                collect(node.getAsJsonArray().get(i), at.child(Integer.toString(i)), found);
            }
        }
    }

    private static List<JsonPointer> outermost(List<JsonPointer> marked) {
        List<JsonPointer> outer = new ArrayList<>();
        for (JsonPointer pointer : marked) {
            if (outer.stream().noneMatch(o -> o.isAncestorOf(pointer))) {
                outer.add(pointer);
            }
        }
        return outer;
    }

    private static void copy(JsonObject oldPin, JsonObject target, JsonPointer pointer) {
        if (pointer.parent().findObject(oldPin) == null) {
            throw new SpecException(MARKER
                    + " on "
                    + pointer
                    + " cannot be carried forward: only object members can; mark the enclosing"
                    + " object instead");
        }
        JsonObject parent = ensureObject(oldPin, target, pointer.parent());
        insertLikeOld(oldPin, pointer, parent, pointer.find(oldPin).deepCopy());
    }

    // Missing parents (e.g. the path item of a carried operation) are created empty: only
    // the marked node itself is reconstructed material.
    private static JsonObject ensureObject(JsonObject oldPin, JsonObject target, JsonPointer at) {
        if (at.tokens().isEmpty()) {
            return target;
        }
        JsonObject parent = ensureObject(oldPin, target, at.parent());
        JsonElement existing = parent.get(at.last());
        if (existing != null) {
            if (!existing.isJsonObject()) {
                throw new SpecException(
                        "cannot carry reconstructed nodes into " + at + ": the fetched value is not an object");
            }
            return existing.getAsJsonObject();
        }
        JsonObject created = new JsonObject();
        insertLikeOld(oldPin, at, parent, created);
        return created;
    }

    /** Inserts after the key that preceded it in the old pin, else at the end. */
    private static void insertLikeOld(JsonObject oldPin, JsonPointer at, JsonObject parent, JsonElement value) {
        String key = at.last();
        String previous = null;
        for (String oldKey : at.parent().findObject(oldPin).keySet()) {
            if (oldKey.equals(key)) {
                break;
            }
            previous = oldKey;
        }
        if (previous != null && !parent.has(previous)) {
            parent.add(key, value);
            return;
        }
        List<Map.Entry<String, JsonElement>> entries = new ArrayList<>();
        for (Map.Entry<String, JsonElement> entry : parent.entrySet()) {
            entries.add(Map.entry(entry.getKey(), entry.getValue()));
        }
        entries.forEach(entry -> parent.remove(entry.getKey()));
        if (previous == null) {
            parent.add(key, value);
        }
        for (Map.Entry<String, JsonElement> entry : entries) {
            parent.add(entry.getKey(), entry.getValue());
            if (entry.getKey().equals(previous)) {
                parent.add(key, value);
            }
        }
    }
}
