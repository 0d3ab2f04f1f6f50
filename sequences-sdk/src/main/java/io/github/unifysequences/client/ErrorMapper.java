package io.github.unifysequences.client;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.github.unifysequences.errors.AlreadyEnrolledException;
import io.github.unifysequences.errors.BadRequestError;
import io.github.unifysequences.errors.BadRequestException;
import io.github.unifysequences.errors.ConflictException;
import io.github.unifysequences.errors.ErrorContext;
import io.github.unifysequences.errors.InternalServerException;
import io.github.unifysequences.errors.JobNotCancelableException;
import io.github.unifysequences.errors.NotFoundException;
import io.github.unifysequences.errors.PermissionDeniedException;
import io.github.unifysequences.errors.RateLimitedException;
import io.github.unifysequences.errors.ResultsCanceledException;
import io.github.unifysequences.errors.ResultsExpiredException;
import io.github.unifysequences.errors.ResultsFailedException;
import io.github.unifysequences.errors.ResultsNotReadyException;
import io.github.unifysequences.errors.ResultsPageTooLargeException;
import io.github.unifysequences.errors.StateConflictException;
import io.github.unifysequences.errors.UnauthorizedException;
import io.github.unifysequences.errors.UnifyServiceException;
import io.github.unifysequences.errors.VersionConflictException;
import io.github.unifysequences.internal.Check;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The one place where an error response becomes an exception, keyed on the HTTP status and the envelope's
 * {@code status}. Total over whatever a server sends: a body that is not JSON, not an object, or holds values of
 * unexpected types still maps to the status's type, with what could be read and a size-capped excerpt
 * ({@link ErrorContext#bodyExcerpt()}). The configured API key is redacted from everything the exception carries.
 */
final class ErrorMapper {
    private static final String REDACTED = "[redacted]";
    /** The sandbox's {@code errors[].code} for a stale {@code version_id}. */
    private static final String VERSION_MISMATCH = "version_mismatch";

    private final String apiKey;

    ErrorMapper(String apiKey) {
        this.apiKey = apiKey;
    }

    UnifyServiceException map(
            int code,
            String method,
            String path,
            Map<String, List<String>> headers,
            byte[] body,
            @Nullable Duration retryAfter) {
        // Only the excerpt's worth of text is kept beyond parsing; the envelope's strings are redacted after
        // parsing too, because a key written with JSON escapes does not match in the text.
        String text = redact(new String(body, StandardCharsets.UTF_8));
        JsonObject envelope = parse(text);
        ErrorContext context = ErrorContext.builder()
                .statusCode(code)
                .apiStatus(string(envelope, "status").orElse(null))
                .apiMessage(string(envelope, "message").orElse(null))
                .method(method)
                .path(redact(path))
                .headers(redact(headers))
                .body(envelope)
                .bodyExcerpt(excerpt(text))
                .build();
        String status = context.apiStatus().orElse("");
        if (isStepUpdate(method, path) && (code == 409 || (code == 400 && mentions(envelope, VERSION_MISMATCH)))) {
            return new VersionConflictException(context, currentVersionId(envelope));
        }
        switch (code) {
            case 400:
                return new BadRequestException(context, badRequestErrors(envelope));
            case 401:
                return new UnauthorizedException(context);
            case 403:
                return new PermissionDeniedException(context);
            case 404:
                return new NotFoundException(context);
            case 409:
                return conflict(context, status, envelope);
            case 410:
                return new ResultsExpiredException(context);
            case 413:
                return new ResultsPageTooLargeException(context);
            case 429:
                return new RateLimitedException(context, retryAfter);
            default:
                return code >= 500 ? new InternalServerException(context) : new UnifyServiceException(context);
        }
    }

    /** The optimistic update of an enrollment step is the API's only PATCH. */
    private static boolean isStepUpdate(String method, String path) {
        return "PATCH".equals(method) && path.contains("/enrollment-steps/");
    }

    /** Whether the envelope's {@code status} or one of its {@code errors[].code} is {@code code}. */
    private static boolean mentions(JsonObject envelope, String code) {
        if (code.equals(string(envelope, "status").orElse(null))) {
            return true;
        }
        for (JsonObject error : errorObjects(envelope)) {
            if (code.equals(string(error, "code").orElse(null))) {
                return true;
            }
        }
        return false;
    }

    /** {@code current_version_id} at the top of the envelope (the vendor's style) or in an {@code errors[]} item (the sandbox's). */
    private static @Nullable String currentVersionId(JsonObject envelope) {
        Optional<String> top = string(envelope, "current_version_id");
        if (top.isPresent()) {
            return top.get();
        }
        for (JsonObject error : errorObjects(envelope)) {
            Optional<String> inItem = string(error, "current_version_id");
            if (inItem.isPresent()) {
                return inItem.get();
            }
        }
        return null;
    }

    /**
     * 409 carries several documented kinds; the envelope's {@code status} tells them apart. A conflict whose active
     * ids are missing or not UUIDs (re-enrollment blocked by a sequence's settings, a server that sends something
     * else) is still a {@link ConflictException}.
     */
    private static ConflictException conflict(ErrorContext context, String status, JsonObject envelope) {
        switch (status) {
            case "results_not_ready":
                return new ResultsNotReadyException(context);
            case "results_failed":
                return new ResultsFailedException(context);
            case "results_canceled":
                return new ResultsCanceledException(context);
            case "job_not_cancelable":
                return new JobNotCancelableException(context);
            default:
                break;
        }
        UUID activeSequence = uuid(envelope, "active_sequence_id");
        UUID activeEnrollment = uuid(envelope, "active_enrollment_id");
        if (status.equals("conflict") && activeSequence != null && activeEnrollment != null) {
            return new AlreadyEnrolledException(context, activeSequence, activeEnrollment);
        }
        JsonElement paused = envelope.get("current_is_paused");
        if (status.equals("state_conflict")
                && paused != null
                && paused.isJsonPrimitive()
                && paused.getAsJsonPrimitive().isBoolean()) {
            return new StateConflictException(context, paused.getAsBoolean());
        }
        return new ConflictException(context);
    }

    /** @return the field's value if it is a canonical UUID string, else {@code null} */
    private static @Nullable UUID uuid(JsonObject json, String field) {
        Optional<String> value = string(json, field);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Check.uuid(field, value.get());
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }

    /** A server that echoes request data back must not leak the key through an exception message or a log line. */
    String redact(String text) {
        return apiKey.isEmpty() ? text : text.replace(apiKey, REDACTED);
    }

    private Map<String, List<String>> redact(Map<String, List<String>> headers) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        headers.forEach((name, values) ->
                result.put(redact(name), values.stream().map(this::redact).toList()));
        return result;
    }

    /** Redacts every string of the tree, names included, in place. */
    private JsonElement redact(JsonElement json) {
        if (json.isJsonObject()) {
            JsonObject result = new JsonObject();
            json.getAsJsonObject().entrySet().forEach(e -> result.add(redact(e.getKey()), redact(e.getValue())));
            return result;
        }
        if (json.isJsonArray()) {
            JsonArray result = new JsonArray();
            json.getAsJsonArray().forEach(item -> result.add(redact(item)));
            return result;
        }
        if (json.isJsonPrimitive() && json.getAsJsonPrimitive().isString()) {
            return new JsonPrimitive(redact(json.getAsString()));
        }
        return json;
    }

    private static String excerpt(String text) {
        return text.length() > ErrorContext.EXCERPT_CHARS ? text.substring(0, ErrorContext.EXCERPT_CHARS) : text;
    }

    private JsonObject parse(String text) {
        try {
            JsonElement json = JsonParser.parseString(text);
            return json.isJsonObject() ? redact(json).getAsJsonObject() : new JsonObject();
        } catch (RuntimeException notJson) {
            return new JsonObject();
        }
    }

    /** @return the field's value if it is a string, number or boolean, as text; empty for anything else */
    private static Optional<String> string(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value != null && value.isJsonPrimitive() ? Optional.of(value.getAsString()) : Optional.empty();
    }

    private static List<JsonObject> errorObjects(JsonObject envelope) {
        List<JsonObject> errors = new ArrayList<>();
        JsonElement array = envelope.get("errors");
        if (array != null && array.isJsonArray()) {
            for (JsonElement element : array.getAsJsonArray()) {
                if (element.isJsonObject()) {
                    errors.add(element.getAsJsonObject());
                }
            }
        }
        return errors;
    }

    /** A path segment that is not a string or number ({@code null}, an array, an object) is kept as its JSON text. */
    private static List<BadRequestError> badRequestErrors(JsonObject envelope) {
        List<BadRequestError> errors = new ArrayList<>();
        for (JsonObject error : errorObjects(envelope)) {
            List<String> path = new ArrayList<>();
            JsonElement segments = error.get("path");
            if (segments != null && segments.isJsonArray()) {
                segments.getAsJsonArray()
                        .forEach(segment ->
                                path.add(segment.isJsonPrimitive() ? segment.getAsString() : segment.toString()));
            }
            errors.add(BadRequestError.builder()
                    .code(string(error, "code").orElse(""))
                    .message(string(error, "message").orElse(null))
                    .path(path)
                    .objectApiName(string(error, "object_api_name").orElse(null))
                    .attributeApiName(string(error, "attribute_api_name").orElse(null))
                    .rawJson(error)
                    .build());
        }
        return errors;
    }
}
