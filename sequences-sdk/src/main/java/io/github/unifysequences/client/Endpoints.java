package io.github.unifysequences.client;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import io.github.unifysequences.core.AsyncListPage;
import io.github.unifysequences.core.ItemList;
import io.github.unifysequences.core.ListPage;
import io.github.unifysequences.core.PageSource;
import io.github.unifysequences.core.RawRequest;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.errors.AlreadyEnrolledException;
import io.github.unifysequences.errors.ConflictException;
import io.github.unifysequences.errors.InvalidResponseException;
import io.github.unifysequences.errors.NotFoundException;
import io.github.unifysequences.errors.UnifyException;
import io.github.unifysequences.errors.UnreadableItemException;
import io.github.unifysequences.models.Check;
import io.github.unifysequences.models.Enrollment;
import io.github.unifysequences.models.EnrollmentApproval;
import io.github.unifysequences.models.EnrollmentCancellation;
import io.github.unifysequences.models.EnrollmentCreateParams;
import io.github.unifysequences.models.EnrollmentListParams;
import io.github.unifysequences.models.EnrollmentStep;
import io.github.unifysequences.models.EnrollmentStatus;
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

    Prepared<ListPage<Sequence, PageParams>> listSequences(PageParams params, RequestOptions options) {
        return page(params.cursor().orElse(null), c -> params.toBuilder().cursor(c).build(), options, "sequences",
                OwnedJson::sequence,
                cursor -> paged(Routes.LIST_SEQUENCES, cursor, params.limit(), params.additionalQueryParameters()));
    }

    Prepared<Sequence> retrieveSequence(String sequenceId, RequestOptions options) {
        return byId(Routes.RETRIEVE_SEQUENCE, "sequenceId", sequenceId, OwnedJson::sequence, options);
    }

    /** The spec documents only 404 besides success: a repeat answering 404 found the sequence already deleted. */
    Prepared<SequenceDeletion> deleteSequence(String sequenceId, RequestOptions options) {
        return stateChange(Routes.DELETE_SEQUENCE, "sequenceId", sequenceId, OwnedJson::sequenceDeletion,
                id -> gone(id, "is_deleted", OwnedJson::sequenceDeletion), options);
    }

    /** A repeat refused with 409 ({@code state_conflict}) succeeded if the sequence is now paused. */
    Prepared<PauseState> pauseSequence(String sequenceId, RequestOptions options) {
        return stateChange(Routes.PAUSE_SEQUENCE, "sequenceId", sequenceId, OwnedJson::pauseState,
                id -> confirmedBy(ConflictException.class, async -> retrieveSequence(sequenceId, options).body(async),
                        sequence -> sequence.isPaused() ? Optional.of(applied(id, "is_paused", true, OwnedJson::pauseState))
                                : Optional.empty()), options);
    }

    /** A repeat refused with 409 ({@code state_conflict}) succeeded if the sequence is now running; its answer is the sequence. */
    Prepared<Sequence> resumeSequence(String sequenceId, RequestOptions options) {
        return stateChange(Routes.RESUME_SEQUENCE, "sequenceId", sequenceId, OwnedJson::sequence,
                id -> confirmedBy(ConflictException.class, async -> retrieveSequence(sequenceId, options).body(async),
                        sequence -> sequence.isPaused() ? Optional.empty() : Optional.of(sequence)), options);
    }

    Prepared<ListPage<SequenceStep, SequenceStepListParams>> listSequenceSteps(String sequenceId,
            SequenceStepListParams params, RequestOptions options) {
        UUID id = Check.uuid("sequenceId", sequenceId);
        return page(params.cursor().orElse(null), c -> params.toBuilder().cursor(c).build(), options, "steps",
                OwnedJson::sequenceStep,
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
        Operation.Resolver<Enrollment> resolver = (failure, firstSentAt, async) -> findCreated(params, firstSentAt, failure, async);
        return new Prepared<>(Operation.unsafe(request, OwnedJson::enrollment, resolver), options);
    }

    /**
     * After an ambiguous create, or a refusal of its resend: the enrollment this call created, if any. Unify keeps
     * a person in one active sequence at a time, so an enrollment is taken for ours only if this call could have
     * created it: it is in the requested sequence, of the requested person, from one of the requested mailboxes
     * (when any were named), still running ({@code DRAFT} or {@code IN_PROGRESS}, not cancelled, no
     * {@code ended_at}), and created no earlier than the call's first attempt less {@link #CLOCK_SKEW}; and when the
     * refusal is a conflict naming the active enrollment, it is that one. A finished or cancelled enrollment from an
     * earlier run, or a conflict naming another sequence, is never taken for ours.
     */
    private CompletableFuture<Optional<Enrollment>> findCreated(EnrollmentCreateParams params, Instant firstSentAt,
            UnifyException failure, boolean async) {
        UUID active = failure instanceof AlreadyEnrolledException conflict ? conflict.activeEnrollmentId() : null;
        if (failure instanceof AlreadyEnrolledException conflict && !conflict.activeSequenceId().equals(params.sequenceId())) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        EnrollmentListParams lookup = EnrollmentListParams.builder()
                .personId(params.personId().toString())
                .sequenceId(params.sequenceId().toString())
                .limit(100)
                .build();
        Instant since = firstSentAt.minus(CLOCK_SKEW);
        return listEnrollments(lookup, RequestOptions.none()).execute(async)
                .thenApply(page -> page.body().items().stream()
                        .filter(e -> (active == null || e.id().equals(active)) && couldBeCreatedBy(params, e, since))
                        .max(Comparator.comparing(Enrollment::createdAt)));
    }

    private static boolean couldBeCreatedBy(EnrollmentCreateParams params, Enrollment e, Instant since) {
        EnrollmentStatus.Value status = e.status().value();
        return (status == EnrollmentStatus.Value.DRAFT || status == EnrollmentStatus.Value.IN_PROGRESS)
                && !e.isCanceled() && e.endedAt().isEmpty()
                && e.sequence().id().equals(params.sequenceId())
                && e.person().id().equals(params.personId())
                && (params.mailboxEmails().isEmpty()
                        || params.mailboxEmails().stream().anyMatch(email -> email.equalsIgnoreCase(e.mailbox().email())))
                && !e.createdAt().toInstant().isBefore(since);
    }

    Prepared<ListPage<Enrollment, EnrollmentListParams>> listEnrollments(EnrollmentListParams params,
            RequestOptions options) {
        return page(params.cursor().orElse(null), c -> params.toBuilder().cursor(c).build(), options, "enrollments",
                OwnedJson::enrollment,
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

    /**
     * Cancelling keeps the enrollment (the spec documents only 404 besides success): a repeat answering 404 found it
     * gone, and one refused with 409 succeeded if the enrollment is now cancelled.
     */
    Prepared<EnrollmentCancellation> cancelEnrollment(String enrollmentId, RequestOptions options) {
        return stateChange(Routes.CANCEL_ENROLLMENT, "enrollmentId", enrollmentId,
                OwnedJson::enrollmentCancellation, id -> (failure, firstSentAt, async) -> failure instanceof NotFoundException
                        ? gone(id, "is_canceled", OwnedJson::enrollmentCancellation).resolve(failure, firstSentAt, async)
                        : confirmedBy(ConflictException.class, a -> retrieveEnrollment(enrollmentId, options).body(a),
                                enrollment -> enrollment.isCanceled()
                                        ? Optional.of(applied(id, "is_canceled", true, OwnedJson::enrollmentCancellation))
                                        : Optional.<EnrollmentCancellation>empty()).resolve(failure, firstSentAt, async),
                options);
    }

    Prepared<PauseState> pauseEnrollment(String enrollmentId, RequestOptions options) {
        return enrollmentPause(enrollmentId, true, Routes.PAUSE_ENROLLMENT, options);
    }

    Prepared<PauseState> resumeEnrollment(String enrollmentId, RequestOptions options) {
        return enrollmentPause(enrollmentId, false, Routes.RESUME_ENROLLMENT, options);
    }

    /**
     * The spec documents no 409 for pausing or resuming an enrollment (the vendor marks both idempotent); should a
     * repeat be refused with one anyway, it succeeded if the enrollment is now in the requested state.
     */
    private Prepared<PauseState> enrollmentPause(String enrollmentId, boolean paused,
            Route route, RequestOptions options) {
        return stateChange(route, "enrollmentId", enrollmentId, OwnedJson::pauseState,
                id -> confirmedBy(ConflictException.class, async -> retrieveEnrollment(enrollmentId, options).body(async),
                        enrollment -> enrollment.isPaused() == paused
                                ? Optional.of(applied(id, "is_paused", paused, OwnedJson::pauseState)) : Optional.empty()),
                options);
    }

    Prepared<EnrollmentApproval> approveEnrollment(String enrollmentId, RequestOptions options) {
        UUID id = Check.uuid("enrollmentId", enrollmentId);
        return new Prepared<>(Operation.unsafe(ApiRequest.to(Routes.APPROVE_ENROLLMENT).path("id", id),
                OwnedJson::enrollmentApproval, null), options);
    }

    Prepared<ListPage<EnrollmentStep, PageParams>> listEnrollmentSteps(String enrollmentId, PageParams params,
            RequestOptions options) {
        UUID id = Check.uuid("enrollmentId", enrollmentId);
        return page(params.cursor().orElse(null), c -> params.toBuilder().cursor(c).build(), options, "steps",
                OwnedJson::enrollmentStep,
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

    /** One id in the path, no body, safe to repeat; {@code alreadyApplied} reads a repeat's refusal (see {@link Operation#stateChange}). */
    private <T> Prepared<T> stateChange(Route route, String field, String id, Function<JsonObject, T> decode,
            Function<UUID, Operation.Resolver<T>> alreadyApplied, RequestOptions options) {
        UUID uuid = Check.uuid(field, id);
        return new Prepared<>(Operation.stateChange(ApiRequest.to(route).path("id", uuid), decode, alreadyApplied.apply(uuid)),
                options);
    }

    /**
     * After an ambiguous attempt, a repeat refused with {@code refusal} is that attempt's success if a fresh read
     * shows the change in place; {@code applied} says whether it is and gives the result. Shared with query jobs.
     */
    static <T, S> Operation.Resolver<T> confirmedBy(Class<? extends UnifyException> refusal,
            Function<Boolean, CompletableFuture<S>> read, Function<S, Optional<T>> applied) {
        return (failure, firstSentAt, async) -> refusal.isInstance(failure)
                ? read.apply(async).thenApply(applied)
                : CompletableFuture.completedFuture(Optional.empty());
    }

    /** After an ambiguous attempt, a repeat answering 404 means the first attempt removed the resource. */
    private static <T> Operation.Resolver<T> gone(UUID id, String flag, Function<JsonObject, T> decode) {
        return (failure, firstSentAt, async) -> CompletableFuture.completedFuture(failure instanceof NotFoundException
                ? Optional.of(applied(id, flag, true, decode)) : Optional.empty());
    }

    /**
     * The answer the first attempt would have had, for the small {@code {id, flag}} responses: built as that JSON and
     * read by the operation's own decoder, so its {@code rawJson()} is this synthesised body.
     */
    private static <T> T applied(UUID id, String flag, boolean value, Function<JsonObject, T> decode) {
        JsonObject json = new JsonObject();
        json.addProperty("id", id.toString());
        json.addProperty(flag, value);
        return decode.apply(json);
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

    /**
     * A list call whose pages know how to fetch their successors with the same filters and options, and the params
     * that ask for each ({@code paramsAt}: the call's params with another cursor).
     */
    <T, P> Prepared<ListPage<T, P>> page(String cursor, Function<String, P> paramsAt, RequestOptions options,
            String field, Function<JsonObject, T> item, Function<String, ApiRequest> request) {
        PageSource<T, P> source = new PageSource<>() {
            @Override
            public P params(String at) {
                return paramsAt.apply(at);
            }

            @Override
            public ListPage<T, P> fetch(String next) {
                return page(next, paramsAt, options, field, item, request).get();
            }

            @Override
            public CompletableFuture<ListPage<T, P>> fetchAsync(String next) {
                return page(next, paramsAt, options, field, item, request).getAsync();
            }
        };
        // Only the cursor is read while the response is decoded; the items are mapped when the caller reaches them,
        // so a prefetching pager can request the next page without waiting for this page's (costlier) mapping.
        return idempotent(request.apply(cursor),
                json -> ListPage.deferred(() -> items(json, field, item), cursor, nextCursor(json), source), options);
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

    static <T, P> RawResponse<AsyncListPage<T, P>> asyncPage(RawResponse<ListPage<T, P>> raw) {
        return new RawResponse<>(raw.statusCode(), raw.headers(), AsyncListPage.of(raw.body()));
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
            return body(true);
        }

        /** The body, without blocking when {@code async}; a blocking run completes before this returns. */
        CompletableFuture<T> body(boolean async) {
            return execute(async).thenApply(RawResponse::body);
        }
    }
}
