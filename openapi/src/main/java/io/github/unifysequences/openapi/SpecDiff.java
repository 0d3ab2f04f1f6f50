package io.github.unifysequences.openapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Compares two normalised documents, operation by operation and schema by schema. */
final class SpecDiff {

  /**
   * What changed. Operations are named "METHOD path (operationId)". Nodes whose only
   * differences are prose/examples or vendor extensions are counted, not listed.
   */
  record Changes(
      List<String> operationsAdded,
      List<String> operationsRemoved,
      Map<String, List<String>> operationsChanged,
      List<String> schemasAdded,
      List<String> schemasRemoved,
      Map<String, List<String>> schemasChanged,
      Tally documentationOnly,
      Tally extensions,
      Set<String> extensionNames,
      List<String> otherSections) {

    boolean isEmpty() {
      return operationsAdded.isEmpty()
          && operationsRemoved.isEmpty()
          && operationsChanged.isEmpty()
          && schemasAdded.isEmpty()
          && schemasRemoved.isEmpty()
          && schemasChanged.isEmpty()
          && documentationOnly.isZero()
          && extensions.isZero()
          && otherSections.isEmpty();
    }
  }

  /** A count of operations and of schemas. */
  record Tally(int operations, int schemas) {
    boolean isZero() {
      return operations == 0 && schemas == 0;
    }
  }

  private final List<String> operationsAdded = new ArrayList<>();
  private final List<String> operationsRemoved = new ArrayList<>();
  private final Map<String, List<String>> operationsChanged = new LinkedHashMap<>();
  private final List<String> schemasAdded = new ArrayList<>();
  private final List<String> schemasRemoved = new ArrayList<>();
  private final Map<String, List<String>> schemasChanged = new LinkedHashMap<>();
  private final Set<String> extensionNames = new TreeSet<>();
  private int documentationOnlyOperations;
  private int documentationOnlySchemas;
  private int extensionOperations;
  private int extensionSchemas;

  private SpecDiff() {}

  static Changes compare(JsonObject old, JsonObject now) {
    SpecDiff diff = new SpecDiff();
    diff.operations(old, now);
    diff.schemas(OpenApiDoc.schemas(old), OpenApiDoc.schemas(now));
    return new Changes(
        List.copyOf(diff.operationsAdded),
        List.copyOf(diff.operationsRemoved),
        Collections.unmodifiableMap(diff.operationsChanged),
        List.copyOf(diff.schemasAdded),
        List.copyOf(diff.schemasRemoved),
        Collections.unmodifiableMap(diff.schemasChanged),
        new Tally(diff.documentationOnlyOperations, diff.documentationOnlySchemas),
        new Tally(diff.extensionOperations, diff.extensionSchemas),
        Collections.unmodifiableSet(diff.extensionNames),
        otherSections(old, now));
  }

  private void operations(JsonObject old, JsonObject now) {
    Map<String, OpenApiDoc.Operation> before = byKey(old);
    Map<String, OpenApiDoc.Operation> after = byKey(now);
    for (String key : Diffs.union(before.keySet(), after.keySet())) {
      OpenApiDoc.Operation oldOp = before.get(key);
      OpenApiDoc.Operation newOp = after.get(key);
      if (oldOp == null) {
        operationsAdded.add(label(newOp));
      } else if (newOp == null) {
        operationsRemoved.add(label(oldOp));
      } else {
        List<String> details = OperationDiff.details(oldOp, newOp);
        Kind kind = classify(oldOp.node(), newOp.node(), details);
        if (kind == Kind.STRUCTURAL) {
          operationsChanged.put(label(newOp), details);
        }
        documentationOnlyOperations += kind == Kind.DOCUMENTATION ? 1 : 0;
        extensionOperations += extensionsChanged(oldOp.node(), newOp.node()) ? 1 : 0;
      }
    }
  }

  private void schemas(JsonObject old, JsonObject now) {
    for (String name : Diffs.unionOfKeys(old, now)) {
      JsonElement before = old.get(name);
      JsonElement after = now.get(name);
      if (before == null) {
        schemasAdded.add(name);
      } else if (after == null) {
        schemasRemoved.add(name);
      } else {
        List<String> details = SchemaDiff.details(before, after);
        Kind kind = classify(before, after, details);
        if (kind == Kind.STRUCTURAL) {
          schemasChanged.put(name, details);
        }
        documentationOnlySchemas += kind == Kind.DOCUMENTATION ? 1 : 0;
        extensionSchemas += extensionsChanged(before, after) ? 1 : 0;
      }
    }
  }

  private enum Kind {
    UNCHANGED,
    STRUCTURAL,
    DOCUMENTATION
  }

  private static Kind classify(JsonElement old, JsonElement now, List<String> details) {
    if (!details.isEmpty()) {
      return Kind.STRUCTURAL;
    }
    boolean docsDiffer = !Projection.of(old).docs().equals(Projection.of(now).docs());
    return docsDiffer ? Kind.DOCUMENTATION : Kind.UNCHANGED;
  }

  private boolean extensionsChanged(JsonElement old, JsonElement now) {
    Set<String> names = Projection.changedExtensionNames(Projection.of(old), Projection.of(now));
    extensionNames.addAll(names);
    return !names.isEmpty();
  }

  private static Map<String, OpenApiDoc.Operation> byKey(JsonObject spec) {
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
    for (String key : Diffs.unionOfKeys(old, now)) {
      if (key.equals("paths") || key.equals("components")) {
        continue;
      }
      if (!Objects.equals(old.get(key), now.get(key))) {
        changed.add(key);
      }
    }
    JsonObject oldComponents = OpenApiDoc.objectOrEmpty(old, "components");
    JsonObject newComponents = OpenApiDoc.objectOrEmpty(now, "components");
    for (String key : Diffs.unionOfKeys(oldComponents, newComponents)) {
      if (!key.equals("schemas") && !Objects.equals(oldComponents.get(key), newComponents.get(key))) {
        changed.add("components/" + key);
      }
    }
    return changed;
  }
}
