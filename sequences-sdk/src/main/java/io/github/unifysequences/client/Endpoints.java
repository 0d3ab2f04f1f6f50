package io.github.unifysequences.client;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import io.github.unifysequences.core.AsyncPage;
import io.github.unifysequences.core.ItemList;
import io.github.unifysequences.core.Page;
import io.github.unifysequences.core.PageSource;
import io.github.unifysequences.core.RawRequest;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.errors.AlreadyEnrolledException;
import io.github.unifysequences.errors.InvalidResponseException;
import io.github.unifysequences.errors.UnifyException;
import io.github.unifysequences.errors.UnreadableItemException;
import io.github.unifysequences.models.Check;
import io.github.unifysequences.models.Enrollment;
import io.github.unifysequences.models.EnrollmentApproval;
import io.github.unifysequences.models.EnrollmentCancellation;
import io.github.unifysequences.models.EnrollmentCreateParams;
import io.github.unifysequences.models.EnrollmentListParams;
import io.github.unifysequences.models.EnrollmentStep;
import io.github.unifysequences.models.EnrollmentStepUpdateParams;
import io.github.unifysequences.models.PageParams;
import io.github.unifysequences.models.PauseState;
import io.github.unifysequences.models.RawJson;
import io.github.unifysequences.models.Sequence;
import io.github.unifysequences.models.SequenceDeletion;
import io.github.unifysequences.models.SequenceStep;
import io.github.unifysequences.models.SequenceStepListParams;
import io.github.unifysequences.models.OwnedJson;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import okhttp3.Request;

/**
 * The 17 operations, each said once: its route (from {@link Routes}) and its values by wire name, whether it may
 * be repeated, and how its body is read. The blocking, raw and async faces are views over these.
 *
 * <p>Arguments are validated here, synchronously and before anything is sent.
 */
final class Endpoints {
    /** How far the server's clock may lag ours when deciding whether an enrollment is the one we just created. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private final Pipeline pipeline;

    Endpoints(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    ClientConfig config() {
        return pipeline.config();
    }

    <T> Prepared<T> prepare(Operation<T> operation, RequestOptions options) {
        return new Prepared<>(operation, options);
    }

    Prepared<Page<Sequence>> listSequences(PageParams params, RequestOptions options) {
        return page(params.cursor().orElse(null), options, "sequences", OwnedJson::sequence,
                cursor -> paged(Routes.LIST_SEQUENCES, cursor, params.limit(), params.additionalQueryParameters()));
    }

    Prepared<Sequence> retrieveSequence(String sequenceId, RequestOptions options) {
        return byId(Routes.RETRIEVE_SEQUENCE, "sequenceId", sequenceId, OwnedJson::sequence, options);
    }

    Prepared<SequenceDeletion> deleteSequence(String sequenceId, RequestOptions options) {
        return byId(Routes.DELETE_SEQUENCE, "sequenceId", sequenceId, OwnedJson::sequenceDeletion, options);
    }

    Prepared<PauseState> pauseSequence(String sequenceId, RequestOptions options) {
        return byId(Routes.PAUSE_SEQUENCE, "sequenceId", sequenceId, OwnedJson::pauseState, options);
    }

    Prepared<Sequence> resumeSequence(String sequenceId, RequestOptions options) {
        return byId(Routes.RESUME_SEQUENCE, "sequenceId", sequenceId, OwnedJson::sequence, options);
    }

    Prepared<Page<SequenceStep>> listSequenceSteps(String sequenceId, SequenceStepListParams params,
            RequestOptions options) {
        UUID id = Check.uuid("sequenceId", sequenceId);
        return page(params.cursor().orElse(null), options, "steps", OwnedJson::sequenceStep,
                cursor -> paged(Routes.LIST_SEQUENCE_STEPS, cursor, params.limit(), params.additionalQueryParameters()).path("id", id).query("type", params.types()));
    }

    Prepared<SequenceStep> retrieveSequenceStep(String sequenceId, String stepId, RequestOptions options) {
        UUID id = Check.uuid("sequenceId", sequenceId);
        UUID step = Check.uuid("stepId", stepId);
        return idempotent(ApiRequest.to(Routes.RETRIEVE_SEQUENCE_STEP).path("id", id).path("step_id", step),
                OwnedJson::sequenceStep, options);
    }

    Prepared<Enrollment> createEnrollment(EnrollmentCreateParams params, RequestOptions options) {
        JsonObject body = new JsonObject();
        body.addProperty("sequence_id", params.sequenceId().toString());
        body.addProperty("person_id", params.personId().toString());
        JsonArray mailboxes = new JsonArray();
        params.mailboxEmails().forEach(mailboxes::add);
        body.add("mailbox_emails", mailboxes);
        ApiRequest request = ApiRequest.to(Routes.CREATE_ENROLLMENT).body(body, params.additionalBodyProperties());
        Instant startedAt = pipeline.config().clock().instant();
        Operation.Resolver<Enrollment> resolver = (failure, async) -> findCreated(params, startedAt, failure, async);
        return new Prepared<>(Operation.unsafe(request, OwnedJson::enrollment, resolver), options);
    }

    /**
     * After an ambiguous create: the enrollment of this person in this sequence that is not cancelled and was
     * created since the call started (less clock skew) can only be ours, because Unify keeps a person in one
     * active sequence at a time. A conflict naming another sequence is a genuine conflict, not our attempt.
     */
    private CompletableFuture<Optional<Enrollment>> findCreated(EnrollmentCreateParams params, Instant startedAt,
            UnifyException failure, boolean async) {
        if (failure instanceof AlreadyEnrolledException conflict && !conflict.activeSequenceId().equals(params.sequenceId())) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        EnrollmentListParams lookup = EnrollmentListParams.builder()
                .personId(params.personId().toString())
                .sequenceId(params.sequenceId().toString())
                .limit(100)
                .build();
        Instant since = startedAt.minus(CLOCK_SKEW);
        return listEnrollments(lookup, RequestOptions.none()).execute(async)
                .thenApply(page -> page.body().items().stream()
                        .filter(e -> !e.isCanceled() && !e.createdAt().toInstant().isBefore(since))
                        .max(Comparator.comparing(Enrollment::createdAt)));
    }

    Prepared<Page<Enrollment>> listEnrollments(EnrollmentListParams params, RequestOptions options) {
        return page(params.cursor().orElse(null), options, "enrollments", OwnedJson::enrollment,
                cursor -> paged(Routes.LIST_ENROLLMENTS, cursor, params.limit(), params.additionalQueryParameters())
                        .query("sequence_id", params.sequenceId())
                        .query("person_id", params.personId())
                        .query("mailbox_id", params.mailboxId())
                        .query("enrolled_by_play_id", params.enrolledByPlayId())
                        .query("status", params.statuses())
                        .query("updated_after", params.updatedAfter())
                        .query("updated_before", params.updatedBefore()));
    }

    Prepared<Enrollment> retrieveEnrollment(String enrollmentId, RequestOptions options) {
        return byId(Routes.RETRIEVE_ENROLLMENT, "enrollmentId", enrollmentId, OwnedJson::enrollment, options);
    }

    Prepared<EnrollmentCancellation> cancelEnrollment(String enrollmentId, RequestOptions options) {
        return byId(Routes.CANCEL_ENROLLMENT, "enrollmentId", enrollmentId, OwnedJson::enrollmentCancellation, options);
    }

    Prepared<PauseState> pauseEnrollment(String enrollmentId, RequestOptions options) {
        return byId(Routes.PAUSE_ENROLLMENT, "enrollmentId", enrollmentId, OwnedJson::pauseState, options);
    }

    Prepared<PauseState> resumeEnrollment(String enrollmentId, RequestOptions options) {
        return byId(Routes.RESUME_ENROLLMENT, "enrollmentId", enrollmentId, OwnedJson::pauseState, options);
    }

    Prepared<EnrollmentApproval> approveEnrollment(String enrollmentId, RequestOptions options) {
        UUID id = Check.uuid("enrollmentId", enrollmentId);
        return new Prepared<>(Operation.unsafe(ApiRequest.to(Routes.APPROVE_ENROLLMENT).path("id", id),
                OwnedJson::enrollmentApproval, null), options);
    }

    Prepared<Page<EnrollmentStep>> listEnrollmentSteps(String enrollmentId, PageParams params, RequestOptions options) {
        UUID id = Check.uuid("enrollmentId", enrollmentId);
        return page(params.cursor().orElse(null), options, "steps", OwnedJson::enrollmentStep,
                cursor -> paged(Routes.LIST_ENROLLMENT_STEPS, cursor, params.limit(), params.additionalQueryParameters()).path("id", id));
    }

    Prepared<EnrollmentStep> retrieveEnrollmentStep(String enrollmentStepId, RequestOptions options) {
        return byId(Routes.RETRIEVE_ENROLLMENT_STEP, "enrollmentStepId", enrollmentStepId, OwnedJson::enrollmentStep, options);
    }

    /** Not repeatable: once the first attempt lands, a resend's version is stale and would fail misleadingly. */
    Prepared<EnrollmentStep> updateEnrollmentStep(String enrollmentStepId, EnrollmentStepUpdateParams params,
            RequestOptions options) {
        UUID id = Check.uuid("enrollmentStepId", enrollmentStepId);
        JsonObject body = new JsonObject();
        body.addProperty("version_id", params.versionId());
        params.subject().ifPresent(subject -> body.addProperty("subject", subject));
        params.fallbackSubject().ifPresent(subject -> body.addProperty("fallback_subject", subject));
        params.body().ifPresent(text -> body.addProperty("body", text));
        ApiRequest request = ApiRequest.to(Routes.UPDATE_ENROLLMENT_STEP).path("id", id)
                .body(body, params.additionalBodyProperties());
        return new Prepared<>(Operation.unsafe(request, OwnedJson::enrollmentStep, null), options);
    }

    /** A request the SDK does not wrap, through the same pipeline; its 2xx body is returned as it came. */
    Prepared<RawJson> raw(RawRequest request, RequestOptions options) {
        Function<RequestFactory, Request> form = factory -> factory.raw(request.method(), request.path(), request.query(),
                request.body().orElse(null));
        Operation<RawJson> operation = request.idempotent()
                ? Operation.idempotent(form, RawJson::of)
                : Operation.unsafe(form, RawJson::of, null);
        return new Prepared<>(operation, options);
    }

    /** The common shape: one id in the path ({@code {id}}), no body, safe to repeat. */
    private <T> Prepared<T> byId(Route route, String field, String id, Function<JsonObject, T> decode,
            RequestOptions options) {
        UUID uuid = Check.uuid(field, id);
        return idempotent(ApiRequest.to(route).path("id", uuid), decode, options);
    }

    private <T> Prepared<T> idempotent(ApiRequest request, Function<JsonObject, T> decode, RequestOptions options) {
        return new Prepared<>(Operation.idempotent(request, decode), options);
    }

    /** A list request's page parameters and the caller's additional query parameters. */
    static ApiRequest paged(Route route, String cursor, Optional<Integer> limit, Map<String, List<String>> additional) {
        return ApiRequest.to(route).query("cursor", cursor).query("limit", limit).additionalQuery(additional);
    }

    /** @return {@code text} without the API key: for messages built from what a server sent */
    String redact(String text) {
        return pipeline.redact(text);
    }

    /** A list call whose pages know how to fetch their successors with the same filters and options. */
    <T> Prepared<Page<T>> page(String cursor, RequestOptions options, String field, Function<JsonObject, T> item,
            Function<String, ApiRequest> request) {
        PageSource<T> source = new PageSource<>() {
            @Override
            public Page<T> fetch(String next) {
                return page(next, options, field, item, request).get();
            }

            @Override
            public CompletableFuture<Page<T>> fetchAsync(String next) {
                return page(next, options, field, item, request).getAsync();
            }
        };
        // Only the cursor is read while the response is decoded; the items are mapped when the caller reaches them,
        // so a prefetching pager can request the next page without waiting for this page's (costlier) mapping.
        return idempotent(request.apply(cursor),
                json -> Page.deferred(() -> items(json, field, item), nextCursor(json), source), options);
    }

    /**
     * The items of a list or results page, each read on its own: an item that cannot be read throws
     * {@link UnreadableItemException} when it is reached and costs none of the others. A page without its item
     * array cannot be read at all.
     */
    <T> List<T> items(JsonObject json, String field, Function<JsonObject, T> item) {
        JsonElement array = json.get(field);
        if (array == null || !array.isJsonArray()) {
            throw new InvalidResponseException("A page (status 200) has no '" + field + "' array", 200, null);
        }
        List<JsonElement> elements = array.getAsJsonArray().asList();
        return ItemList.read(elements, element -> {
            if (!element.isJsonObject()) {
                throw new JsonParseException("an item of '" + field + "' must be an object");
            }
            return item.apply(element.getAsJsonObject());
        }, (index, cause) -> new UnreadableItemException(pipeline.redact("Item " + index + " of '" + field
                + "' on a page (status 200) is not the documented JSON: " + cause.getMessage()), index,
                elements.get(index).toString(), cause));
    }

    /**
     * {@code next_cursor} is required but nullable; a missing, {@code null}, empty or blank one is the end of the list
     * (a blank cursor could only be sent back as {@code cursor=}, which starts the list again). A cursor that is not
     * a string is not one.
     */
    private static String nextCursor(JsonObject json) {
        JsonElement cursor = json.get("next_cursor");
        if (cursor == null || cursor.isJsonNull()) {
            return null;
        }
        if (!cursor.isJsonPrimitive() || !cursor.getAsJsonPrimitive().isString()) {
            throw new JsonParseException("next_cursor must be a string or null");
        }
        return cursor.getAsString().isBlank() ? null : cursor.getAsString();
    }

    static <T> RawResponse<AsyncPage<T>> asyncPage(RawResponse<Page<T>> raw) {
        return new RawResponse<>(raw.statusCode(), raw.headers(), AsyncPage.of(raw.body()));
    }

    /** One operation bound to its options, ready to run in any of the three faces. */
    final class Prepared<T> {
        private final Operation<T> operation;
        private final RequestOptions options;

        Prepared(Operation<T> operation, RequestOptions options) {
            this.operation = operation;
            this.options = options;
        }

        CompletableFuture<RawResponse<T>> execute(boolean async) {
            return pipeline.execute(operation, options, async);
        }

        T get() {
            return raw().body();
        }

        RawResponse<T> raw() {
            return Pipeline.join(execute(false));
        }

        CompletableFuture<T> getAsync() {
            return execute(true).thenApply(RawResponse::body);
        }
    }
}
