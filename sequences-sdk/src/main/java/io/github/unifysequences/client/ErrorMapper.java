package io.github.unifysequences.client;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The one place where an error response becomes an exception, keyed on the HTTP status and the envelope's {@code status}. */
final class ErrorMapper {
    private final String apiKey;

    ErrorMapper(String apiKey) {
        this.apiKey = apiKey;
    }

    UnifyServiceException map(int code, String method, String path, Map<String, List<String>> headers, byte[] body,
            Duration retryAfter) {
        JsonObject envelope = parse(body);
        ErrorContext context = new ErrorContext(code, string(envelope, "status"),
                string(envelope, "message").map(this::redact), method, path, headers, envelope);
        String status = context.apiStatus().orElse("");
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

    /** 409 carries several documented kinds; the envelope's {@code status} tells them apart. */
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
        Optional<String> activeSequence = string(envelope, "active_sequence_id");
        Optional<String> activeEnrollment = string(envelope, "active_enrollment_id");
        if (status.equals("conflict") && activeSequence.isPresent() && activeEnrollment.isPresent()) {
            return new AlreadyEnrolledException(context, UUID.fromString(activeSequence.get()),
                    UUID.fromString(activeEnrollment.get()));
        }
        JsonElement paused = envelope.get("current_is_paused");
        if (status.equals("state_conflict") && paused != null && paused.isJsonPrimitive()) {
            return new StateConflictException(context, paused.getAsBoolean());
        }
        return new ConflictException(context);
    }

    /** A server that echoes request data back must not leak the key through an exception message. */
    String redact(String text) {
        return apiKey.isEmpty() ? text : text.replace(apiKey, "[redacted]");
    }

    private static JsonObject parse(byte[] body) {
        try {
            JsonElement json = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
            return json.isJsonObject() ? json.getAsJsonObject() : new JsonObject();
        } catch (RuntimeException notJson) {
            return new JsonObject();
        }
    }

    private static Optional<String> string(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value != null && value.isJsonPrimitive() ? Optional.of(value.getAsString()) : Optional.empty();
    }

    private static List<BadRequestError> badRequestErrors(JsonObject envelope) {
        List<BadRequestError> errors = new ArrayList<>();
        JsonElement array = envelope.get("errors");
        if (array == null || !array.isJsonArray()) {
            return errors;
        }
        for (JsonElement element : array.getAsJsonArray()) {
            if (!element.isJsonObject()) {
                continue;
            }
            JsonObject error = element.getAsJsonObject();
            List<String> path = new ArrayList<>();
            JsonElement segments = error.get("path");
            if (segments != null && segments.isJsonArray()) {
                segments.getAsJsonArray().forEach(segment -> path.add(segment.getAsString()));
            }
            errors.add(new BadRequestError(string(error, "code").orElse(""), path,
                    string(error, "object_api_name"), string(error, "attribute_api_name"), error));
        }
        return errors;
    }
}
