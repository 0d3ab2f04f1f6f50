package io.github.unifysequences.openapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Compares two normalised documents, operation by operation and schema by schema. */
final class SpecDiff {

    /** What changed; see {@link Section}. */
    record Changes(Section operations, Section schemas, Set<String> extensionNames, List<String> otherSections) {

        boolean isEmpty() {
            return operations.isEmpty() && schemas.isEmpty() && otherSections.isEmpty();
        }
    }

    /**
     * Added, removed and structurally changed members of one section, plus counts of members
     * whose only differences are prose/examples ({@code documentationOnly}) or that have
     * vendor-extension differences ({@code extensionChanges}): those are counted, not listed.
     * Operations are named "METHOD path (operationId)", schemas by their name.
     */
    record Section(
            List<String> added,
            List<String> removed,
            Map<String, List<String>> changed,
            int documentationOnly,
            int extensionChanges) {

        boolean isEmpty() {
            return added.isEmpty()
                    && removed.isEmpty()
                    && changed.isEmpty()
                    && documentationOnly == 0
                    && extensionChanges == 0;
        }
    }

    private SpecDiff() {}

    static Changes compare(JsonObject old, JsonObject now) {
        Set<String> extensionNames = new TreeSet<>();
        Section operations = section(
                operationsByKey(old),
                operationsByKey(now),
                OpenApiDoc.Operation::node,
                SpecDiff::label,
                OperationDiff::details,
                extensionNames);
        Section schemas = section(
                OpenApiDoc.schemas(old).asMap(),
                OpenApiDoc.schemas(now).asMap(),
                Function.identity(),
                null,
                SchemaDiff::details,
                extensionNames);
        return new Changes(operations, schemas, Collections.unmodifiableSet(extensionNames), otherSections(old, now));
    }

    /**
     * @param node the JSON node of a member, for the documentation and extension checks
     * @param label how a member is named in the report; null to use its key
     */
    private static <T> Section section(
            Map<String, T> old,
            Map<String, T> now,
            Function<T, JsonElement> node,
            Function<T, String> label,
            BiFunction<T, T, List<String>> details,
            Set<String> extensionNames) {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        Map<String, List<String>> changed = new LinkedHashMap<>();
        int documentationOnly = 0;
        int extensionChanges = 0;
        for (Diffs.Change<T> change : Diffs.changes(old, now)) {
            if (change.isAdded()) {
                added.add(label == null ? change.key() : label.apply(change.after()));
            } else if (change.isRemoved()) {
                removed.add(label == null ? change.key() : label.apply(change.before()));
            } else {
                Projection before = Projection.of(node.apply(change.before()));
                Projection after = Projection.of(node.apply(change.after()));
                List<String> lines = details.apply(change.before(), change.after());
                if (!lines.isEmpty()) {
                    changed.put(label == null ? change.key() : label.apply(change.after()), lines);
                } else if (!before.docs().equals(after.docs())) {
                    documentationOnly++;
                }
                Set<String> extensions = Projection.changedExtensionNames(before, after);
                extensionNames.addAll(extensions);
                extensionChanges += extensions.isEmpty() ? 0 : 1;
            }
        }
        return new Section(
                List.copyOf(added),
                List.copyOf(removed),
                Collections.unmodifiableMap(changed),
                documentationOnly,
                extensionChanges);
    }

    private static Map<String, OpenApiDoc.Operation> operationsByKey(JsonObject spec) {
        Map<String, OpenApiDoc.Operation> operations = new LinkedHashMap<>();
        for (OpenApiDoc.Operation operation : OpenApiDoc.operations(spec)) {
            operations.put(operation.key(), operation);
        }
        return operations;
    }

    private static String label(OpenApiDoc.Operation operation) {
        return operation.key() + " (" + operation.operationId() + ")";
    }

    // Everything outside paths and schemas, e.g. info, tags, securitySchemes; the openapi
    // label is normalised and so never differs.
    private static List<String> otherSections(JsonObject old, JsonObject now) {
        List<String> changed = new ArrayList<>();
        for (String key : Diffs.changedKeys(old, now)) {
            if (!key.equals("paths") && !key.equals("components")) {
                changed.add(key);
            }
        }
        JsonObject oldComponents = OpenApiDoc.objectOrEmpty(old, "components");
        JsonObject newComponents = OpenApiDoc.objectOrEmpty(now, "components");
        for (String key : Diffs.changedKeys(oldComponents, newComponents)) {
            if (!key.equals("schemas")) {
                changed.add("components/" + key);
            }
        }
        return changed;
    }
}
