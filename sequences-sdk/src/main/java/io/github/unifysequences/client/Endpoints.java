package io.github.unifysequences.client;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import io.github.unifysequences.core.AsyncPage;
import io.github.unifysequences.core.ItemList;
import io.github.unifysequences.core.Page;
import io.github.unifysequences.core.PageSource;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.errors.AlreadyEnrolledException;
import io.github.unifysequences.errors.InvalidResponseException;
import io.github.unifysequences.errors.UnifyException;
import io.github.unifysequences.errors.UnreadableItemException;
import io.github.unifysequences.generated.api.UnifySequencesApi;
import io.github.unifysequences.generated.model.CreateEnrollmentRequest;
import io.github.unifysequences.generated.model.SequenceEnrollmentStatus;
import io.github.unifysequences.generated.model.SequenceStepType;
import io.github.unifysequences.generated.model.UpdateEnrollmentStepRequest;
import io.github.unifysequences.models.ApiEnum;
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
import io.github.unifysequences.models.Sequence;
import io.github.unifysequences.models.SequenceDeletion;
import io.github.unifysequences.models.SequenceStep;
import io.github.unifysequences.models.SequenceStepListParams;
import io.github.unifysequences.models.OwnedJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The 17 operations, each said once: the generated method that forms the request, whether it may be
 * repeated, and how its body is read. The blocking, raw and async faces are views over these.
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
                (api, cursor) -> api.listSequences(cursor, params.limit().orElse(null)));
    }

    Prepared<Sequence> retrieveSequence(String sequenceId, RequestOptions options) {
        return byId("sequenceId", sequenceId, UnifySequencesApi::retrieveSequence, OwnedJson::sequence, options);
    }

    Prepared<SequenceDeletion> deleteSequence(String sequenceId, RequestOptions options) {
        return byId("sequenceId", sequenceId, UnifySequencesApi::deleteSequence, OwnedJson::sequenceDeletion, options);
    }

    Prepared<PauseState> pauseSequence(String sequenceId, RequestOptions options) {
        return byId("sequenceId", sequenceId, UnifySequencesApi::pauseSequence, OwnedJson::pauseState, options);
    }

    Prepared<Sequence> resumeSequence(String sequenceId, RequestOptions options) {
        return byId("sequenceId", sequenceId, UnifySequencesApi::resumeSequence, OwnedJson::sequence, options);
    }

    Prepared<Page<SequenceStep>> listSequenceSteps(String sequenceId, SequenceStepListParams params,
            RequestOptions options) {
        UUID id = Check.uuid("sequenceId", sequenceId);
        List<SequenceStepType> types = filter("types", params.types(), SequenceStepType::fromValue,
                SequenceStepType.UNKNOWN_DEFAULT_OPEN_API);
        return page(params.cursor().orElse(null), options, "steps", OwnedJson::sequenceStep,
                (api, cursor) -> api.listSequenceSteps(id, cursor, params.limit().orElse(null), types));
    }

    Prepared<SequenceStep> retrieveSequenceStep(String sequenceId, String stepId, RequestOptions options) {
        UUID id = Check.uuid("sequenceId", sequenceId);
        UUID step = Check.uuid("stepId", stepId);
        return idempotent(api -> api.retrieveSequenceStep(id, step), OwnedJson::sequenceStep, options);
    }

    Prepared<Enrollment> createEnrollment(EnrollmentCreateParams params, RequestOptions options) {
        CreateEnrollmentRequest body = new CreateEnrollmentRequest()
                .sequenceId(params.sequenceId())
                .personId(params.personId())
                .mailboxEmails(params.mailboxEmails());
        Instant startedAt = pipeline.config().clock().instant();
        Operation.Resolver<Enrollment> resolver = (failure, async) -> findCreated(params, startedAt, failure, async);
        return new Prepared<>(Operation.unsafe(api -> api.createSequenceEnrollment(body), OwnedJson::enrollment, resolver),
                options);
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
        List<SequenceEnrollmentStatus> statuses = filter("statuses", params.statuses(),
                SequenceEnrollmentStatus::fromValue, SequenceEnrollmentStatus.UNKNOWN_DEFAULT_OPEN_API);
        return page(params.cursor().orElse(null), options, "enrollments", OwnedJson::enrollment,
                (api, cursor) -> api.listSequenceEnrollments(cursor, params.limit().orElse(null),
                        params.sequenceId().orElse(null), params.personId().orElse(null),
                        params.mailboxId().orElse(null), params.enrolledByPlayId().orElse(null), statuses,
                        params.updatedAfter().orElse(null), params.updatedBefore().orElse(null)));
    }

    /**
     * A repeated query filter, as the generated enum the request factory takes. The generated enum cannot
     * carry a value it does not know, so a value the spec does not list for this filter is refused rather
     * than sent as the generator's placeholder.
     */
    private static <E extends ApiEnum<?>, G> List<G> filter(String field, Set<E> values, Function<String, G> fromValue,
            G unknown) {
        if (values.isEmpty()) {
            return null;
        }
        List<G> result = new ArrayList<>();
        for (E value : values) {
            G generated = fromValue.apply(value.asString());
            if (generated == unknown) {
                throw new IllegalArgumentException(field + ": '" + value.asString() + "' is not a value this filter accepts");
            }
            result.add(generated);
        }
        return result;
    }

    Prepared<Enrollment> retrieveEnrollment(String enrollmentId, RequestOptions options) {
        return byId("enrollmentId", enrollmentId, UnifySequencesApi::getSequenceEnrollment, OwnedJson::enrollment, options);
    }

    Prepared<EnrollmentCancellation> cancelEnrollment(String enrollmentId, RequestOptions options) {
        return byId("enrollmentId", enrollmentId, UnifySequencesApi::deleteSequenceEnrollment, OwnedJson::enrollmentCancellation, options);
    }

    Prepared<PauseState> pauseEnrollment(String enrollmentId, RequestOptions options) {
        return byId("enrollmentId", enrollmentId, UnifySequencesApi::pauseSequenceEnrollment, OwnedJson::pauseState, options);
    }

    Prepared<PauseState> resumeEnrollment(String enrollmentId, RequestOptions options) {
        return byId("enrollmentId", enrollmentId, UnifySequencesApi::resumeSequenceEnrollment, OwnedJson::pauseState, options);
    }

    Prepared<EnrollmentApproval> approveEnrollment(String enrollmentId, RequestOptions options) {
        UUID id = Check.uuid("enrollmentId", enrollmentId);
        return new Prepared<>(Operation.unsafe(api -> api.approveSequenceEnrollment(id), OwnedJson::enrollmentApproval, null),
                options);
    }

    Prepared<Page<EnrollmentStep>> listEnrollmentSteps(String enrollmentId, PageParams params, RequestOptions options) {
        UUID id = Check.uuid("enrollmentId", enrollmentId);
        return page(params.cursor().orElse(null), options, "steps", OwnedJson::enrollmentStep,
                (api, cursor) -> api.listSequenceEnrollmentSteps(id, cursor, params.limit().orElse(null)));
    }

    Prepared<EnrollmentStep> retrieveEnrollmentStep(String enrollmentStepId, RequestOptions options) {
        return byId("enrollmentStepId", enrollmentStepId, UnifySequencesApi::getSequenceEnrollmentStep, OwnedJson::enrollmentStep, options);
    }

    /** Not repeatable: once the first attempt lands, a resend's version is stale and would fail misleadingly. */
    Prepared<EnrollmentStep> updateEnrollmentStep(String enrollmentStepId, EnrollmentStepUpdateParams params,
            RequestOptions options) {
        UUID id = Check.uuid("enrollmentStepId", enrollmentStepId);
        UpdateEnrollmentStepRequest body = new UpdateEnrollmentStepRequest()
                .versionId(params.versionId())
                .subject(params.subject().orElse(null))
                .fallbackSubject(params.fallbackSubject().orElse(null))
                .body(params.body().orElse(null));
        return new Prepared<>(Operation.unsafe(api -> api.updateSequenceEnrollmentStep(id, body), OwnedJson::enrollmentStep,
                null), options);
    }

    /** The common shape: one id in the path, no body, safe to repeat. */
    private <T> Prepared<T> byId(String field, String id, BiFunction<UnifySequencesApi, UUID, retrofit2.Call<?>> request,
            Function<JsonObject, T> decode, RequestOptions options) {
        UUID uuid = Check.uuid(field, id);
        return idempotent(api -> request.apply(api, uuid), decode, options);
    }

    private <T> Prepared<T> idempotent(Function<UnifySequencesApi, retrofit2.Call<?>> request, Function<JsonObject, T> decode,
            RequestOptions options) {
        return new Prepared<>(Operation.idempotent(request, decode), options);
    }

    /** @return {@code text} without the API key: for messages built from what a server sent */
    String redact(String text) {
        return pipeline.redact(text);
    }

    /** A list call whose pages know how to fetch their successors with the same filters and options. */
    <T> Prepared<Page<T>> page(String cursor, RequestOptions options, String field, Function<JsonObject, T> item,
            BiFunction<UnifySequencesApi, String, retrofit2.Call<?>> request) {
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
        return idempotent(api -> request.apply(api, cursor),
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
