package io.github.unifysequences.errors;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a 400 response's {@code errors[]}: the spec's {@code UResponses.BadRequestError} ({@code code}
 * required; {@code path}, {@code object_api_name}, {@code attribute_api_name} optional; further properties allowed),
 * and the entry's {@code message} when it has one.
 *
 * @param code a machine-readable error code; empty when the entry had none
 * @param message what is wrong, in words, when the entry has a {@code message} (a property the spec allows but
 *     does not name)
 * @param path where in the request the problem is: object keys, and array indexes written as decimal strings
 * @param objectApiName the API name of the object concerned, when the API gives one
 * @param attributeApiName the API name of the attribute concerned, when the API gives one
 * @param rawJson the entry as received, including fields this SDK version does not know
 */
public record BadRequestError(
        String code,
        Optional<String> message,
        List<String> path,
        Optional<String> objectApiName,
        Optional<String> attributeApiName,
        JsonObject rawJson) {

    /**
     * Creates the value; collections are copied so it stays immutable.
     *
     * @param code a machine-readable error code; empty when the entry had none
     * @param message what is wrong, in words, when the entry has a {@code message}
     * @param path where in the request the problem is: object keys, and array indexes written as decimal strings
     * @param objectApiName the API name of the object concerned, when the API gives one
     * @param attributeApiName the API name of the attribute concerned, when the API gives one
     * @param rawJson the entry as received, including fields this SDK version does not know
     */
    public BadRequestError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(objectApiName, "objectApiName");
        Objects.requireNonNull(attributeApiName, "attributeApiName");
        path = List.copyOf(path);
        rawJson = rawJson.deepCopy();
    }

    /**
     * @return the entry in one line, {@code code at path.to.field: message}, each part only when the entry has it
     *     (path segments joined with dots)
     */
    public String summary() {
        return code
                + (path.isEmpty() ? "" : " at " + String.join(".", path))
                + message.map(m -> ": " + m).orElse("");
    }

    /** @return a copy of the entry as received */
    @Override
    public JsonObject rawJson() {
        return rawJson.deepCopy();
    }
}
