package io.github.unifysequences.variants;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The additive changes a vendor may make, each applied to a copy of the pinned document. Every edit checks that
 * what it changes is where it expects, so a variant cannot silently become a no-op.
 */
enum Variants {
    NEW_OPERATION("a new operation, GET /mailboxes", "/mailboxes", spec -> {
        paths(spec).add("/mailboxes", json("""
                {"get": {"operationId": "list_mailboxes", "tags": ["Sequences"], "summary": "List mailboxes",
                  "parameters": [{"name": "limit", "in": "query", "required": false, "schema": {"type": "integer"}}],
                  "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {
                    "type": "object", "required": ["mailboxes"], "properties": {"mailboxes": {"type": "array",
                    "items": {"type": "object", "properties": {"id": {"type": "string", "format": "uuid"}}}}}}}}}}}}"""));
        return spec;
    }),
    NEW_QUERY_PARAMETER("a new optional query parameter, first, on GET /sequences", "created_after", spec -> {
        JsonArray parameters = operation(spec, "/sequences", "get").getAsJsonArray("parameters");
        List<JsonElement> reordered = new ArrayList<>(parameters.asList());
        reordered.add(0, json("""
                {"name": "created_after", "in": "query", "required": false,
                 "schema": {"type": "string", "format": "date-time"}}"""));
        JsonArray replaced = new JsonArray();
        reordered.forEach(replaced::add);
        operation(spec, "/sequences", "get").add("parameters", replaced);
        return spec;
    }),
    NEW_BODY_PROPERTY("a new optional request-body property on POST /enrollments", "priority", spec -> {
        properties(requestSchema(spec, "/enrollments", "post")).add("priority", json("{\"type\": \"integer\"}"));
        return spec;
    }),
    NEW_RESPONSE_PROPERTY("a new response property on every Enrollment", "archived_at", spec -> {
        properties(schema(spec, "Enrollment"))
                .add("archived_at", json("{\"type\": \"string\", \"format\": \"date-time\", \"nullable\": true}"));
        return spec;
    }),
    NEW_SCHEMA("a new schema", "MailboxSummary", spec -> {
        schemas(spec).add("MailboxSummary", json("""
                {"type": "object", "properties": {"id": {"type": "string"}, "email": {"type": "string"}}}"""));
        return spec;
    }),
    NEW_ENUM_VALUES(
            "a new enum value on a response field (enrollment status) and on a filter (step type)",
            "SequenceEnrollmentStatus",
            spec -> {
                enumOf(spec, "SequenceEnrollmentStatus").add("ARCHIVED");
                enumOf(spec, "SequenceStepType").add("SMS");
                return spec;
            }),
    // The report compares structure, not order: reordering alone changes no operation or schema.
    REORDERED_KEYS(
            "every object's keys and every parameter list in reverse order",
            """
            Operations added: none
            Operations removed: none
            Operations changed: none
            Schemas added: none
            Schemas removed: none
            Schemas changed: none
            """,
            spec -> reverse(spec).getAsJsonObject()),
    OPENAPI_31_NULLABILITY(
            "relabelled OpenAPI 3.1 with type: [X, \"null\"] for every nullable",
            "OpenAPI 3.1 nullable types",
            spec -> {
                spec.addProperty("openapi", "3.1.0");
                int rewritten = nullability(spec);
                if (rewritten == 0) {
                    throw new AssertionError("the pin has no nullable schema to rewrite");
                }
                return spec;
            });

    final String description;
    /** What the update tool's change report must say about it. */
    final String reported;

    final UnaryOperator<JsonObject> edit;

    Variants(String description, String reported, UnaryOperator<JsonObject> edit) {
        this.description = description;
        this.reported = reported;
        this.edit = edit;
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private static JsonObject paths(JsonObject spec) {
        return spec.getAsJsonObject("paths");
    }

    private static JsonObject schemas(JsonObject spec) {
        return spec.getAsJsonObject("components").getAsJsonObject("schemas");
    }

    private static JsonObject schema(JsonObject spec, String name) {
        JsonObject schema = schemas(spec).getAsJsonObject(name);
        if (schema == null) {
            throw new AssertionError("the pin has no schema " + name);
        }
        return schema;
    }

    private static JsonObject operation(JsonObject spec, String path, String method) {
        JsonObject operation = paths(spec).getAsJsonObject(path).getAsJsonObject(method);
        if (operation == null) {
            throw new AssertionError("the pin has no " + method + " " + path);
        }
        return operation;
    }

    private static JsonObject requestSchema(JsonObject spec, String path, String method) {
        JsonObject schema = operation(spec, path, method)
                .getAsJsonObject("requestBody")
                .getAsJsonObject("content")
                .getAsJsonObject("application/json")
                .getAsJsonObject("schema");
        return schema.has("$ref")
                ? schema(spec, schema.get("$ref").getAsString().replace("#/components/schemas/", ""))
                : schema;
    }

    private static JsonObject properties(JsonObject schema) {
        JsonObject properties = schema.getAsJsonObject("properties");
        if (properties == null) {
            throw new AssertionError("the schema has no properties: " + schema);
        }
        return properties;
    }

    private static JsonArray enumOf(JsonObject spec, String name) {
        JsonArray values = schema(spec, name).getAsJsonArray("enum");
        if (values == null) {
            throw new AssertionError(name + " is not an enum");
        }
        return values;
    }

    private static JsonElement reverse(JsonElement node) {
        if (node.isJsonObject()) {
            List<Map.Entry<String, JsonElement>> members =
                    new ArrayList<>(node.getAsJsonObject().entrySet());
            Collections.reverse(members);
            JsonObject reversed = new JsonObject();
            members.forEach(m -> reversed.add(
                    m.getKey(),
                    m.getKey().equals("parameters") && m.getValue().isJsonArray()
                            ? reversedArray(m.getValue())
                            : reverse(m.getValue())));
            return reversed;
        }
        if (node.isJsonArray()) {
            JsonArray copy = new JsonArray();
            node.getAsJsonArray().forEach(item -> copy.add(reverse(item)));
            return copy;
        }
        return node;
    }

    private static JsonArray reversedArray(JsonElement array) {
        List<JsonElement> items = new ArrayList<>(array.getAsJsonArray().asList());
        Collections.reverse(items);
        JsonArray reversed = new JsonArray();
        items.forEach(item -> reversed.add(reverse(item)));
        return reversed;
    }

    /** {@code type: X, nullable: true} becomes {@code type: [X, "null"]}, as OpenAPI 3.1 writes it. */
    private static int nullability(JsonElement node) {
        int count = 0;
        if (node.isJsonObject()) {
            JsonObject object = node.getAsJsonObject();
            JsonElement nullable = object.get("nullable");
            JsonElement type = object.get("type");
            if (nullable != null
                    && nullable.isJsonPrimitive()
                    && nullable.getAsBoolean()
                    && type != null
                    && type.isJsonPrimitive()) {
                JsonArray types = new JsonArray();
                types.add(type.getAsString());
                types.add("null");
                object.add("type", types);
                object.remove("nullable");
                count++;
            }
            for (Map.Entry<String, JsonElement> member : object.entrySet()) {
                count += nullability(member.getValue());
            }
        } else if (node.isJsonArray()) {
            for (JsonElement item : node.getAsJsonArray()) {
                count += nullability(item);
            }
        }
        return count;
    }
}
