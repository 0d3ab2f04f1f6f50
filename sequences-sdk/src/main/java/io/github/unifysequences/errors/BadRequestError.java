package io.github.unifysequences.errors;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a 400 response's {@code errors[]}.
 *
 * @param code a machine-readable error code
 * @param path where in the request the problem is: object keys, and array indexes written as decimal strings
 * @param objectApiName the API name of the object concerned, when the API gives one
 * @param attributeApiName the API name of the attribute concerned, when the API gives one
 * @param rawJson the entry as received, including fields this SDK version does not know
 */
public record BadRequestError(
        String code,
        List<String> path,
        Optional<String> objectApiName,
        Optional<String> attributeApiName,
        JsonObject rawJson) {

    /**
     * Creates the value; collections are copied so it stays immutable.
     *
     * @param code a machine-readable error code
     * @param path where in the request the problem is: object keys, and array indexes written as decimal strings
     * @param objectApiName the API name of the object concerned, when the API gives one
     * @param attributeApiName the API name of the attribute concerned, when the API gives one
     * @param rawJson the entry as received, including fields this SDK version does not know
     */
    public BadRequestError {
        path = List.copyOf(path);
        rawJson = rawJson.deepCopy();
    }

    /** @return a copy of the entry as received */
    @Override
    public JsonObject rawJson() {
        return rawJson.deepCopy();
    }
}
