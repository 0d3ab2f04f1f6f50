package io.github.unifysequences.client;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import io.github.unifysequences.client.ApiRequest.Route;
import io.github.unifysequences.core.AsyncListPage;
import io.github.unifysequences.core.ItemList;
import io.github.unifysequences.core.ListPage;
import io.github.unifysequences.core.PageSource;
import io.github.unifysequences.core.RawRequest;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.core.ResultsPage;
import io.github.unifysequences.errors.AlreadyEnrolledException;
import io.github.unifysequences.errors.ConflictException;
import io.github.unifysequences.errors.InvalidResponseException;
import io.github.unifysequences.errors.JobNotCancelableException;
import io.github.unifysequences.errors.NotFoundException;
import io.github.unifysequences.errors.UnifyException;
import io.github.unifysequences.errors.UnreadableItemException;
import io.github.unifysequences.internal.Check;
import io.github.unifysequences.internal.OwnedJson;
import io.github.unifysequences.models.Enrollment;
import io.github.unifysequences.models.EnrollmentApproval;
import io.github.unifysequences.models.EnrollmentCancellation;
import io.github.unifysequences.models.EnrollmentCreateParams;
import io.github.unifysequences.models.EnrollmentListParams;
import io.github.unifysequences.models.EnrollmentQueryParams;
import io.github.unifysequences.models.EnrollmentStatus;
import io.github.unifysequences.models.EnrollmentStep;
import io.github.unifysequences.models.EnrollmentStepQueryParams;
import io.github.unifysequences.models.EnrollmentStepUpdateParams;
import io.github.unifysequences.models.PageParams;
import io.github.unifysequences.models.PauseState;
import io.github.unifysequences.models.QueryJob;
import io.github.unifysequences.models.QueryJobListParams;
import io.github.unifysequences.models.QueryJobParams;
import io.github.unifysequences.models.QueryJobStatus;
import io.github.unifysequences.models.RawJson;
import io.github.unifysequences.models.ResultsPageParams;
import io.github.unifysequences.models.Sequence;
import io.github.unifysequences.models.SequenceDeletion;
import io.github.unifysequences.models.SequenceEnrollment;
import io.github.unifysequences.models.SequenceEnrollmentStep;
import io.github.unifysequences.models.SequenceStep;
import io.github.unifysequences.models.SequenceStepListParams;
import io.github.unifysequences.models.UnifyJson;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * The table of operations: each of the API's operations the SDK wraps, declared once, with its public SDK call, its
 * route ({@code METHOD /path/{template}} as the spec writes it, and the query parameters and body properties it may
 * set), whether it may be repeated ({@link Operation.Safety}), how its answer is read ({@link Result}), its ids and
 * params, and (for writes) how an ambiguous attempt is looked up. Every face of every service
 * ({@link Faces}) runs these rows; {@code BindingCheckTest} checks each route against the pin.
 *
 * <p>An instance runs rows for one client: {@link #prepare} validates the arguments (synchronously, before anything
 * is sent) and binds them into an {@link Operation} for the {@link Pipeline}.
 */
final class Endpoints {
    /** How far the server's clock may lag ours when deciding whether an enrollment is the one we just created. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    // client.sequences() and client.sequences().steps()

    static final Endpoint<PageParams, ListPage<Sequence, PageParams>> LIST_SEQUENCES = Endpoint.list(
                    "client.sequences().list()",
                    "GET /sequences",
                    "sequences",
                    OwnedJson::sequence,
                    PageParams.none(),
                    PageParams::cursor,
                    (p, c) -> p.toBuilder().cursor(c).build())
            .query("cursor", "limit")
            .form((r, p) -> paging(r, p.limit(), p.additionalQueryParameters()));

    static final Endpoint<NoParams, Sequence> RETRIEVE_SEQUENCE = Endpoint.read(
                    "client.sequences().retrieve()", "GET /sequences/{id}", OwnedJson::sequence)
            .ids("sequenceId");

    /** The spec documents only 404 besides success: a repeat answering 404 found the sequence already deleted. */
    static final Endpoint<NoParams, SequenceDeletion> DELETE_SEQUENCE = Endpoint.stateChange(
                    "client.sequences().delete()", "DELETE /sequences/{id}", OwnedJson::sequenceDeletion)
            .ids("sequenceId")
            .resolve((e, call) -> gone(call.uuid(0), "is_deleted", OwnedJson::sequenceDeletion));

    /** A repeat refused with 409 ({@code state_conflict}) succeeded if the sequence is now paused. */
    static final Endpoint<NoParams, PauseState> PAUSE_SEQUENCE = Endpoint.stateChange(
                    "client.sequences().pause()", "POST /sequences/{id}/pause", OwnedJson::pauseState)
            .ids("sequenceId")
            .resolve((e, call) -> confirmedBy(
                    ConflictException.class,
                    e.reader(RETRIEVE_SEQUENCE, call),
                    sequence -> sequence.isPaused()
                            ? Optional.of(applied(call.uuid(0), "is_paused", true, OwnedJson::pauseState))
                            : Optional.empty()));

    /** A repeat refused with 409 ({@code state_conflict}) succeeded if the sequence now runs; the answer is the sequence. */
    static final Endpoint<NoParams, Sequence> RESUME_SEQUENCE = Endpoint.stateChange(
                    "client.sequences().resume()", "POST /sequences/{id}/resume", OwnedJson::sequence)
            .ids("sequenceId")
            .resolve((e, call) -> confirmedBy(
                    ConflictException.class,
                    e.reader(RETRIEVE_SEQUENCE, call),
                    sequence -> sequence.isPaused() ? Optional.empty() : Optional.of(sequence)));

    static final Endpoint<SequenceStepListParams, ListPage<SequenceStep, SequenceStepListParams>> LIST_SEQUENCE_STEPS =
            Endpoint.list(
                            "client.sequences().steps().list()",
                            "GET /sequences/{id}/steps",
                            "steps",
                            OwnedJson::sequenceStep,
                            SequenceStepListParams.none(),
                            SequenceStepListParams::cursor,
                            (p, c) -> p.toBuilder().cursor(c).build())
                    .ids("sequenceId")
                    .query("cursor", "limit", "type")
                    .form((r, p) ->
                            paging(r, p.limit(), p.additionalQueryParameters()).query("type", p.types()));

    static final Endpoint<NoParams, SequenceStep> RETRIEVE_SEQUENCE_STEP = Endpoint.read(
                    "client.sequences().steps().retrieve()",
                    "GET /sequences/{id}/steps/{step_id}",
                    OwnedJson::sequenceStep)
            .ids("sequenceId", "stepId");

    // client.enrollments() and client.enrollments().steps()

    /**
     * Not repeatable (the API has no idempotency key): after an ambiguous attempt, or a refusal of its resend, the
     * enrollment this call created is looked up ({@link #findCreated}) before anything is sent again.
     */
    static final Endpoint<EnrollmentCreateParams, Enrollment> CREATE_ENROLLMENT = Endpoint.unsafeWrite(
                    "client.enrollments().create()", "POST /enrollments", OwnedJson::enrollment)
            .params(EnrollmentCreateParams.class)
            .body("sequence_id", "person_id", "mailbox_emails")
            .form((r, p) -> r.body(enrollmentBody(p), p.additionalBodyProperties()))
            .resolve((e, call) ->
                    (failure, firstSentAt, async) -> e.findCreated(call.params(), firstSentAt, failure, async));

    static final Endpoint<EnrollmentListParams, ListPage<Enrollment, EnrollmentListParams>> LIST_ENROLLMENTS =
            Endpoint.list(
                            "client.enrollments().list()",
                            "GET /enrollments",
                            "enrollments",
                            OwnedJson::enrollment,
                            EnrollmentListParams.none(),
                            EnrollmentListParams::cursor,
                            (p, c) -> p.toBuilder().cursor(c).build())
                    .query(
                            "cursor",
                            "limit",
                            "sequence_id",
                            "person_id",
                            "mailbox_id",
                            "status",
                            "updated_after",
                            "updated_before")
                    // Added by the 2026-08-19 spec; an SDK built against an older pin fails only when the filter is
                    // used.
                    .optionalQuery("enrolled_by_play_id")
                    .form((r, p) -> paging(r, p.limit(), p.additionalQueryParameters())
                            .query("sequence_id", p.sequenceId())
                            .query("person_id", p.personId())
                            .query("mailbox_id", p.mailboxId())
                            .query("enrolled_by_play_id", p.enrolledByPlayId())
                            .query("status", p.statuses())
                            .query("updated_after", p.updatedAfter())
                            .query("updated_before", p.updatedBefore()));

    static final Endpoint<NoParams, Enrollment> RETRIEVE_ENROLLMENT = Endpoint.read(
                    "client.enrollments().retrieve()", "GET /enrollments/{id}", OwnedJson::enrollment)
            .ids("enrollmentId");

    /**
     * Cancelling keeps the enrollment (the spec documents only 404 besides success): a repeat answering 404 found it
     * gone, and one refused with 409 succeeded if the enrollment is now cancelled.
     */
    static final Endpoint<NoParams, EnrollmentCancellation> CANCEL_ENROLLMENT = Endpoint.stateChange(
                    "client.enrollments().cancel()", "DELETE /enrollments/{id}", OwnedJson::enrollmentCancellation)
            .ids("enrollmentId")
            .resolve((e, call) -> (failure, firstSentAt, async) -> (failure instanceof NotFoundException
                            ? gone(call.uuid(0), "is_canceled", OwnedJson::enrollmentCancellation)
                            : confirmedBy(
                                    ConflictException.class,
                                    e.reader(RETRIEVE_ENROLLMENT, call),
                                    enrollment -> enrollment.isCanceled()
                                            ? Optional.of(applied(
                                                    call.uuid(0),
                                                    "is_canceled",
                                                    true,
                                                    OwnedJson::enrollmentCancellation))
                                            : Optional.<EnrollmentCancellation>empty()))
                    .resolve(failure, firstSentAt, async));

    static final Endpoint<NoParams, PauseState> PAUSE_ENROLLMENT =
            enrollmentPause("client.enrollments().pause()", "POST /enrollments/{id}/pause", true);

    static final Endpoint<NoParams, PauseState> RESUME_ENROLLMENT =
            enrollmentPause("client.enrollments().resume()", "POST /enrollments/{id}/resume", false);

    static final Endpoint<NoParams, EnrollmentApproval> APPROVE_ENROLLMENT = Endpoint.unsafeWrite(
                    "client.enrollments().approve()", "POST /enrollments/{id}/approve", OwnedJson::enrollmentApproval)
            .ids("enrollmentId");

    static final Endpoint<PageParams, ListPage<EnrollmentStep, PageParams>> LIST_ENROLLMENT_STEPS = Endpoint.list(
                    "client.enrollments().steps().list()",
                    "GET /enrollments/{id}/steps",
                    "steps",
                    OwnedJson::enrollmentStep,
                    PageParams.none(),
                    PageParams::cursor,
                    (p, c) -> p.toBuilder().cursor(c).build())
            .ids("enrollmentId")
            .query("cursor", "limit")
            .form((r, p) -> paging(r, p.limit(), p.additionalQueryParameters()));

    // client.enrollmentSteps()

    static final Endpoint<NoParams, EnrollmentStep> RETRIEVE_ENROLLMENT_STEP = Endpoint.read(
                    "client.enrollmentSteps().retrieve()", "GET /enrollment-steps/{id}", OwnedJson::enrollmentStep)
            .ids("enrollmentStepId");

    /** Not repeatable: once the first attempt lands, a resend's version is stale and would fail misleadingly. */
    static final Endpoint<EnrollmentStepUpdateParams, EnrollmentStep> UPDATE_ENROLLMENT_STEP = Endpoint.unsafeWrite(
                    "client.enrollmentSteps().update()", "PATCH /enrollment-steps/{id}", OwnedJson::enrollmentStep)
            .ids("enrollmentStepId")
            .params(EnrollmentStepUpdateParams.class)
            .body("version_id", "subject", "fallback_subject", "body")
            .form((r, p) -> r.body(enrollmentStepBody(p), p.additionalBodyProperties()));

    // client.enrollments().queryJobs() and client.enrollmentSteps().queryJobs(): the same five rows under two prefixes

    static final QueryJobs<SequenceEnrollment, EnrollmentQueryParams> ENROLLMENT_QUERY_JOBS = QueryJobs.under(
            "client.enrollments().queryJobs()",
            "/enrollments/query-jobs",
            UnifyJson::sequenceEnrollment,
            UnifyJson::sequenceEnrollment,
            EnrollmentQueryParams.all());

    static final QueryJobs<SequenceEnrollmentStep, EnrollmentStepQueryParams> STEP_QUERY_JOBS = QueryJobs.under(
            "client.enrollmentSteps().queryJobs()",
            "/enrollment-steps/query-jobs",
            UnifyJson::sequenceEnrollmentStep,
            UnifyJson::sequenceEnrollmentStep,
            EnrollmentStepQueryParams.all());

    /** Both kinds of query job. */
    static final List<QueryJobs<?, ?>> QUERY_JOBS = List.of(ENROLLMENT_QUERY_JOBS, STEP_QUERY_JOBS);

    /**
     * The five query-job operations of one kind of job; the kinds differ only by path prefix, row type and params.
     *
     * @param <R> the result row type
     * @param <P> the filter params type
     */
    record QueryJobs<R, P extends QueryJobParams>(
            Endpoint<P, QueryJob> create,
            Endpoint<QueryJobListParams, ListPage<QueryJob, QueryJobListParams>> list,
            Endpoint<NoParams, QueryJob> retrieve,
            Endpoint<NoParams, QueryJob> cancel,
            Endpoint<ResultsPageParams, ResultsPage<R>> results,
            Function<String, R> line) {

        /**
         * @param row reads a row of a JSON results page
         * @param line reads a row of an NDJSON results page (exports), without copying the freshly parsed object
         * @param all the params without filters, what {@code create()} sends
         */
        static <R, P extends QueryJobParams> QueryJobs<R, P> under(
                String sdk, String prefix, Function<JsonObject, R> row, Function<String, R> line, P all) {
            Endpoint<NoParams, QueryJob> retrieve = Endpoint.read(
                            sdk + ".retrieve()", "GET " + prefix + "/{job_id}", OwnedJson::queryJob)
                    .jobId();
            return new QueryJobs<>(
                    // Not repeatable: a resend after an ambiguous failure could start a second job, and jobs are
                    // rationed (about 100 a day), so only failures that provably did not reach the server are retried.
                    Endpoint.unsafeWrite(sdk + ".create()", "POST " + prefix, OwnedJson::queryJob)
                            .params(all)
                            .body("filter")
                            .form((r, p) -> r.body(queryJobBody(p), p.additionalBodyProperties())),
                    Endpoint.list(
                                    sdk + ".list()",
                                    "GET " + prefix,
                                    "jobs",
                                    OwnedJson::queryJob,
                                    QueryJobListParams.none(),
                                    QueryJobListParams::cursor,
                                    (p, c) -> p.toBuilder().cursor(c).build())
                            .query("cursor", "limit", "status")
                            .form((r, p) -> paging(r, p.limit(), p.additionalQueryParameters())
                                    .query("status", p.status())),
                    retrieve,
                    // Repeatable: a repeat after an ambiguous attempt answering 409 job_not_cancelable succeeded if the
                    // job is now CANCELED; its answer is then the job as read.
                    Endpoint.stateChange(sdk + ".cancel()", "POST " + prefix + "/{job_id}/cancel", OwnedJson::queryJob)
                            .jobId()
                            .resolve((e, call) -> confirmedBy(
                                    JobNotCancelableException.class,
                                    e.reader(retrieve, call),
                                    job -> job.status().value() == QueryJobStatus.Value.CANCELED
                                            ? Optional.of(job)
                                            : Optional.empty())),
                    Endpoint.results(sdk + ".results()", "GET " + prefix + "/{job_id}/results", row)
                            .jobId()
                            .params(ResultsPageParams.first())
                            .query("page", "page_size")
                            .form((r, p) -> r.query("page", p.page())
                                    .query("page_size", p.pageSize())
                                    .additionalQuery(p.additionalQueryParameters())),
                    line);
        }

        List<Endpoint<?, ?>> all() {
            return List.of(create, list, retrieve, cancel, results);
        }
    }

    /**
     * The spec documents no 409 for pausing or resuming an enrollment (the vendor marks both idempotent); should a
     * repeat be refused with one anyway, it succeeded if the enrollment is now in the requested state.
     */
    private static Endpoint<NoParams, PauseState> enrollmentPause(String sdk, String route, boolean paused) {
        return Endpoint.stateChange(sdk, route, OwnedJson::pauseState)
                .ids("enrollmentId")
                .resolve((e, call) -> confirmedBy(
                        ConflictException.class,
                        e.reader(RETRIEVE_ENROLLMENT, call),
                        enrollment -> enrollment.isPaused() == paused
                                ? Optional.of(applied(call.uuid(0), "is_paused", paused, OwnedJson::pauseState))
                                : Optional.empty()));
    }

    private static JsonObject enrollmentBody(EnrollmentCreateParams params) {
        JsonObject body = new JsonObject();
        body.addProperty("sequence_id", params.sequenceId().toString());
        body.addProperty("person_id", params.personId().toString());
        JsonArray mailboxes = new JsonArray();
        params.mailboxEmails().forEach(mailboxes::add);
        body.add("mailbox_emails", mailboxes);
        return body;
    }

    private static JsonObject enrollmentStepBody(EnrollmentStepUpdateParams params) {
        JsonObject body = new JsonObject();
        body.addProperty("version_id", params.versionId());
        params.subject().ifPresent(subject -> body.addProperty("subject", subject));
        params.fallbackSubject().ifPresent(subject -> body.addProperty("fallback_subject", subject));
        params.body().ifPresent(text -> body.addProperty("body", text));
        return body;
    }

    private static JsonObject queryJobBody(QueryJobParams params) {
        JsonObject body = new JsonObject();
        JsonObject filter = params.toJson();
        if (filter.size() > 0) {
            body.add("filter", filter);
        }
        return body;
    }

    /** A list request's page size and the caller's additional query parameters; the cursor is set per page. */
    private static ApiRequest paging(
            ApiRequest request, Optional<Integer> limit, Map<String, List<String>> additional) {
        return request.query("limit", limit).additionalQuery(additional);
    }

    /** Every row of the table, read from the fields so that a new one cannot be left out of the binding check. */
    static List<Endpoint<?, ?>> all() {
        List<Endpoint<?, ?>> all = new ArrayList<>();
        for (Field field : Endpoints.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            try {
                Object value = field.get(null);
                if (value instanceof Endpoint<?, ?> endpoint) {
                    all.add(endpoint);
                } else if (value instanceof QueryJobs<?, ?> jobs) {
                    all.addAll(jobs.all());
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return all;
    }

    /** @return every row by its SDK call, e.g. {@code client.sequences().pause()} */
    static Map<String, Endpoint<?, ?>> bySdkMethod() {
        Map<String, Endpoint<?, ?>> rows = new LinkedHashMap<>();
        all().forEach(row -> rows.put(row.route().sdkMethod(), row));
        return rows;
    }

    /**
     * One row of the table.
     *
     * @param route the SDK call, {@code METHOD /path/{template}} and the wire names it may set
     * @param safety whether it may be repeated
     * @param result how its 2xx answer is read
     * @param ids the names of its id arguments, in the order of the path template's parameters
     * @param params its params argument: the type, and the value an overload without params stands for
     * @param form adds the params' query parameters and body to the request
     * @param resolver for a write, how an ambiguous attempt is looked up
     * @param <P> the params type ({@link NoParams} when it takes none)
     * @param <T> the result type
     */
    record Endpoint<P, T>(
            Route route,
            Operation.Safety safety,
            Result<T> result,
            List<Id> ids,
            Params<P> params,
            BiFunction<ApiRequest, P, ApiRequest> form,
            Optional<ResolverFactory<P, T>> resolver) {

        static <T> Endpoint<NoParams, T> read(String sdk, String route, Function<JsonObject, T> decode) {
            return of(sdk, route, Operation.Safety.READ, new One<>(decode));
        }

        static <T> Endpoint<NoParams, T> stateChange(String sdk, String route, Function<JsonObject, T> decode) {
            return of(sdk, route, Operation.Safety.STATE_CHANGE, new One<>(decode));
        }

        static <T> Endpoint<NoParams, T> unsafeWrite(String sdk, String route, Function<JsonObject, T> decode) {
            return of(sdk, route, Operation.Safety.UNSAFE_WRITE, new One<>(decode));
        }

        /** A cursor-paginated list: {@code field} holds the items; {@code cursor} reads the params' resume cursor. */
        static <P, I> Endpoint<P, ListPage<I, P>> list(
                String sdk,
                String route,
                String field,
                Function<JsonObject, I> item,
                P defaults,
                Function<P, Optional<String>> cursor,
                BiFunction<P, String, P> at) {
            return of(sdk, route, Operation.Safety.READ, new Paged<>(field, item, cursor, at))
                    .params(defaults);
        }

        /** A page of a finished query job's results, each row of {@code data} read by {@code row}. */
        static <R> Endpoint<NoParams, ResultsPage<R>> results(String sdk, String route, Function<JsonObject, R> row) {
            return of(sdk, route, Operation.Safety.READ, new Rows<>(row));
        }

        private static <T> Endpoint<NoParams, T> of(
                String sdk, String route, Operation.Safety safety, Result<T> result) {
            return new Endpoint<>(
                    Route.of(sdk, route), safety, result, List.of(), Params.none(), (r, p) -> r, Optional.empty());
        }

        /** Ids the spec types as UUIDs: each taken as a {@link UUID}, or as a String that must be one. */
        Endpoint<P, T> ids(String... names) {
            return new Endpoint<>(
                    route,
                    safety,
                    result,
                    List.of(names).stream().map(name -> new Id(name, true)).toList(),
                    params,
                    form,
                    resolver);
        }

        /** A query job's id: a string the spec does not constrain, sent as it is unless it could change the route. */
        Endpoint<P, T> jobId() {
            return new Endpoint<>(route, safety, result, List.of(new Id("jobId", false)), params, form, resolver);
        }

        /** Params the caller must give. */
        <Q> Endpoint<Q, T> params(Class<Q> type) {
            return new Endpoint<>(
                    route, safety, result, ids, new Params<>(type, Optional.empty()), (r, p) -> r, Optional.empty());
        }

        /** Params an overload may leave out, standing for {@code defaults}. */
        @SuppressWarnings("unchecked")
        <Q> Endpoint<Q, T> params(Q defaults) {
            return new Endpoint<>(
                    route,
                    safety,
                    result,
                    ids,
                    new Params<>((Class<Q>) defaults.getClass(), Optional.of(defaults)),
                    (r, p) -> r,
                    Optional.empty());
        }

        Endpoint<P, T> query(String... names) {
            return new Endpoint<>(route.query(names), safety, result, ids, params, form, resolver);
        }

        Endpoint<P, T> optionalQuery(String... names) {
            return new Endpoint<>(route.optionalQuery(names), safety, result, ids, params, form, resolver);
        }

        Endpoint<P, T> body(String... names) {
            return new Endpoint<>(route.body(names), safety, result, ids, params, form, resolver);
        }

        Endpoint<P, T> form(BiFunction<ApiRequest, P, ApiRequest> form) {
            return new Endpoint<>(route, safety, result, ids, params, form, resolver);
        }

        Endpoint<P, T> resolve(ResolverFactory<P, T> resolver) {
            return new Endpoint<>(route, safety, result, ids, params, form, Optional.of(resolver));
        }
    }

    /**
     * An id argument.
     *
     * @param name the SDK's parameter name, for messages
     * @param uuid whether the spec types it as a UUID (else: a query job's string id)
     */
    record Id(String name, boolean uuid) {
        /** @return the id to send; throws {@link IllegalArgumentException} naming the parameter when it is not one */
        Object check(Object value) {
            if (value instanceof UUID id && uuid) {
                return id;
            }
            if (value instanceof UUID) {
                throw new IllegalArgumentException(name + " is a string id, was a UUID");
            }
            String text = (String) value;
            return uuid ? Check.uuid(name, text) : Check.pathId(name, text);
        }
    }

    /**
     * The params argument of a row.
     *
     * @param type the params class; {@link NoParams} when the operation takes none
     * @param defaults what an overload without params stands for ({@link NoParams#NONE} for a row that takes none);
     *     empty when params are required
     */
    record Params<P>(Class<P> type, Optional<P> defaults) {
        static Params<NoParams> none() {
            return new Params<>(NoParams.class, Optional.of(NoParams.NONE));
        }

        boolean taken() {
            return type != NoParams.class;
        }
    }

    /** The params of a row that takes none: a value, so that every call's params are one (never null). */
    enum NoParams {
        NONE
    }

    /**
     * How a row's 2xx answer is read: one JSON object, a page of a cursor-paginated list, or a numbered page of a
     * query job's results.
     */
    sealed interface Result<T> permits One, Paged, Rows {}

    /** @param decode reads the JSON object */
    record One<T>(Function<JsonObject, T> decode) implements Result<T> {}

    /**
     * @param field the array of items
     * @param item reads one item
     * @param cursor the params' resume cursor, where the first page starts
     * @param at the params with another cursor: what asks for the page there ({@link ListPage#nextPageParams()})
     */
    record Paged<P, I>(
            String field,
            Function<JsonObject, I> item,
            Function<P, Optional<String>> cursor,
            BiFunction<P, String, P> at)
            implements Result<ListPage<I, P>> {}

    /** @param row reads one row of the page's {@code data} */
    record Rows<R>(Function<JsonObject, R> row) implements Result<ResultsPage<R>> {}

    /** Builds a write's resolver for one call. */
    interface ResolverFactory<P, T> {
        Operation.Resolver<T> of(Endpoints endpoints, Args<P> call);
    }

    /**
     * One call's checked arguments.
     *
     * @param ids the ids, as {@link UUID}s or (query jobs) strings, in path-template order
     * @param params the params; {@link NoParams#NONE} when the row takes none
     * @param options the per-call options
     */
    record Args<P>(List<Object> ids, P params, RequestOptions options) {
        UUID uuid(int index) {
            return (UUID) ids.get(index);
        }
    }

    private final Pipeline pipeline;

    Endpoints(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    ClientConfig config() {
        return pipeline.config();
    }

    /**
     * Checks a call's arguments against its row and binds them, before anything is sent.
     *
     * @param ids the id arguments as given (UUIDs or strings)
     * @param params the params as given ({@link NoParams#NONE} for a row without params); null is refused
     * @param options the per-call options as given; null is refused
     * @throws IllegalArgumentException naming the argument that is missing or invalid
     */
    <P, T> Prepared<T> prepare(
            Endpoint<P, T> endpoint, List<?> ids, @Nullable P params, @Nullable RequestOptions options) {
        List<Object> checked = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            checked.add(endpoint.ids().get(i).check(ids.get(i)));
        }
        if (params == null) {
            throw new IllegalArgumentException("params must not be null");
        }
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        return bind(endpoint, new Args<>(List.copyOf(checked), params, options));
    }

    @SuppressWarnings("unchecked")
    private <P, T> Prepared<T> bind(Endpoint<P, T> endpoint, Args<P> call) {
        Optional<Operation.Resolver<T>> resolver = endpoint.resolver().map(factory -> factory.of(this, call));
        if (endpoint.result() instanceof Paged<?, ?> paged) {
            String first = ((Function<P, Optional<String>>) paged.cursor())
                    .apply(call.params())
                    .orElse(null);
            return (Prepared<T>) page(endpoint, call, (Paged<P, Object>) paged, first);
        }
        Function<JsonObject, T> decode = endpoint.result() instanceof Rows<?> rows
                ? json -> (T) ResultsPage.builder()
                        .total(OwnedJson.int64(json, "total"))
                        .page(OwnedJson.int32(json, "page"))
                        .pageSize(OwnedJson.int32(json, "page_size"))
                        .items(items(json, "data", rows.row()))
                        .params((ResultsPageParams) call.params())
                        .build()
                : ((One<T>) endpoint.result()).decode();
        return new Prepared<>(
                new Operation<>(
                        factory -> factory.form(request(endpoint, call, null)),
                        endpoint.safety(),
                        new Operation.Json<>(decode),
                        resolver),
                call.options());
    }

    /** The row's request for a call: its ids in the path template, then its cursor (lists) and the params' values. */
    private static <P> ApiRequest request(Endpoint<P, ?> endpoint, Args<P> call, @Nullable String cursor) {
        ApiRequest request = ApiRequest.to(endpoint.route());
        List<String> names = endpoint.route().pathParameters();
        for (int i = 0; i < names.size(); i++) {
            request.path(names.get(i), call.ids().get(i));
        }
        if (endpoint.result() instanceof Paged) {
            request.query("cursor", cursor);
        }
        return endpoint.form().apply(request, call.params());
    }

    /** A list call whose pages know how to fetch their successors with the same filters and options. */
    private <P, I> Prepared<ListPage<I, P>> page(
            Endpoint<P, ?> endpoint, Args<P> call, Paged<P, I> paged, @Nullable String cursor) {
        PageSource<I, P> source = new PageSource<>() {
            @Override
            public P params(@Nullable String at) {
                return paged.at().apply(call.params(), at);
            }

            @Override
            public ListPage<I, P> fetch(String next) {
                return page(endpoint, call, paged, next).get();
            }

            @Override
            public CompletableFuture<ListPage<I, P>> fetchAsync(String next) {
                return page(endpoint, call, paged, next).getAsync();
            }
        };
        // Only the cursor is read while the response is decoded; the items are mapped when the caller reaches them,
        // so a prefetching pager can request the next page without waiting for this page's (costlier) mapping.
        Function<JsonObject, ListPage<I, P>> decode = json ->
                ListPage.deferred(() -> items(json, paged.field(), paged.item()), cursor, nextCursor(json), source);
        return new Prepared<>(
                new Operation<>(
                        factory -> factory.form(request(endpoint, call, cursor)),
                        endpoint.safety(),
                        new Operation.Json<>(decode),
                        Optional.empty()),
                call.options());
    }

    /** The body of another row's answer for the same ids (a fresh read), blocking or not: for resolvers. */
    <T> Function<Boolean, CompletableFuture<T>> reader(Endpoint<NoParams, T> read, Args<?> call) {
        return async -> prepare(read, call.ids(), NoParams.NONE, call.options()).body(async);
    }

    /** @return whether the row is a cursor-paginated list, whose first page the async faces give as an {@link AsyncListPage} */
    static boolean paged(Endpoint<?, ?> endpoint) {
        return endpoint.result() instanceof Paged;
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
    private CompletableFuture<Optional<Enrollment>> findCreated(
            EnrollmentCreateParams params, Instant firstSentAt, UnifyException failure, boolean async) {
        UUID active = failure instanceof AlreadyEnrolledException conflict ? conflict.activeEnrollmentId() : null;
        if (failure instanceof AlreadyEnrolledException conflict
                && !conflict.activeSequenceId().equals(params.sequenceId())) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        EnrollmentListParams lookup = EnrollmentListParams.builder()
                .personId(params.personId().toString())
                .sequenceId(params.sequenceId().toString())
                .limit(100)
                .build();
        Instant since = firstSentAt.minus(CLOCK_SKEW);
        return prepare(LIST_ENROLLMENTS, List.of(), lookup, RequestOptions.none())
                .execute(async)
                .thenApply(page -> page.body().items().stream()
                        .filter(e -> (active == null || e.id().equals(active)) && couldBeCreatedBy(params, e, since))
                        .max(Comparator.comparing(Enrollment::createdAt)));
    }

    private static boolean couldBeCreatedBy(EnrollmentCreateParams params, Enrollment e, Instant since) {
        EnrollmentStatus.Value status = e.status().value();
        return (status == EnrollmentStatus.Value.DRAFT || status == EnrollmentStatus.Value.IN_PROGRESS)
                && !e.isCanceled()
                && e.endedAt().isEmpty()
                && e.sequence().id().equals(params.sequenceId())
                && e.person().id().equals(params.personId())
                && (params.mailboxEmails().isEmpty()
                        || params.mailboxEmails().stream()
                                .anyMatch(email ->
                                        email.equalsIgnoreCase(e.mailbox().email())))
                && !e.createdAt().toInstant().isBefore(since);
    }

    /** A request the SDK does not wrap, through the same pipeline; its 2xx body is returned as it came. */
    Prepared<RawJson> raw(RawRequest request, RequestOptions options) {
        Function<RequestFactory, Request> form = factory -> factory.raw(
                request.method(),
                request.path(),
                request.query(),
                request.body().orElse(null));
        return new Prepared<>(
                new Operation<>(
                        form,
                        request.idempotent() ? Operation.Safety.READ : Operation.Safety.UNSAFE_WRITE,
                        new Operation.Json<>(RawJson::of),
                        Optional.empty()),
                options);
    }

    /**
     * After an ambiguous attempt, a repeat refused with {@code refusal} is that attempt's success if a fresh read
     * shows the change in place; {@code applied} says whether it is and gives the result.
     */
    static <T, S> Operation.Resolver<T> confirmedBy(
            Class<? extends UnifyException> refusal,
            Function<Boolean, CompletableFuture<S>> read,
            Function<S, Optional<T>> applied) {
        return (failure, firstSentAt, async) -> refusal.isInstance(failure)
                ? read.apply(async).thenApply(applied)
                : CompletableFuture.completedFuture(Optional.empty());
    }

    /** After an ambiguous attempt, a repeat answering 404 means the first attempt removed the resource. */
    private static <T> Operation.Resolver<T> gone(UUID id, String flag, Function<JsonObject, T> decode) {
        return (failure, firstSentAt, async) -> CompletableFuture.completedFuture(
                failure instanceof NotFoundException ? Optional.of(applied(id, flag, true, decode)) : Optional.empty());
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

    /** @return {@code text} without the API key: for messages built from what a server sent */
    String redact(String text) {
        return pipeline.redact(text);
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
        return ItemList.read(
                elements,
                element -> {
                    if (!element.isJsonObject()) {
                        throw new JsonParseException("an item of '" + field + "' must be an object");
                    }
                    return item.apply(element.getAsJsonObject());
                },
                (index, cause) -> new UnreadableItemException(
                        pipeline.redact("Item " + index + " of '" + field
                                + "' on a page (status 200) is not the documented JSON: " + cause.getMessage()),
                        index,
                        elements.get(index).toString(),
                        cause));
    }

    /**
     * {@code next_cursor} is required but nullable; a missing, {@code null}, empty or blank one is the end of the list
     * (a blank cursor could only be sent back as {@code cursor=}, which starts the list again). A cursor that is not
     * a string is not one.
     */
    private static @Nullable String nextCursor(JsonObject json) {
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
        return RawResponse.of(raw.statusCode(), raw.headers(), AsyncListPage.of(raw.body()));
    }

    /** One operation bound to its options, ready to run in any face. */
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

    /**
     * One call as the pipeline runs it: the request, whether it may be repeated, how its 2xx answer is read, and (for a
     * write) how to find out whether an ambiguous attempt landed. Formed per call from a row of the table
     * ({@link Endpoints}), or from a {@code RawRequest}.
     *
     * @param request forms the request, once per call: an SDK operation's {@link ApiRequest} through
     *     {@link RequestFactory#form}, a raw request through {@link RequestFactory#raw}
     * @param safety whether sending it twice is harmless, and why
     * @param reading how the 2xx answer is read
     * @param resolver for a write, finds out whether an ambiguous attempt took effect: for an unsafe write before it is
     *     resent, for a state change when a repeat answers "already done"; empty when the write has no such lookup
     *     (an ambiguous failure then ends the call, marked {@code outcomeUnknown()})
     */
    record Operation<T>(
            Function<RequestFactory, Request> request,
            Safety safety,
            Reading<T> reading,
            Optional<Resolver<T>> resolver) {

        /** Whether an operation may be sent again after a failure that may have reached the server. */
        enum Safety {
            /** Changes nothing: timeouts, 408 and 5xx are retried. */
            READ,
            /**
             * A repeatable state change (pause, resume, delete, cancel): retried like a read, and a repeat's "already in
             * that state" or "already gone" after an ambiguous attempt is turned into that attempt's success by the
             * resolver.
             */
            STATE_CHANGE,
            /** Not repeatable: resent only when the first attempt provably did not reach the server, or its resolver found no trace of it. */
            UNSAFE_WRITE
        }

        /** Whether sending it twice is harmless, so timeouts, 408 and 5xx may be retried. */
        boolean idempotent() {
            return safety != Safety.UNSAFE_WRITE;
        }

        /** How the pipeline reads a 2xx answer: buffered and parsed as a JSON object, or handed over still open. */
        sealed interface Reading<T> permits Json, Streamed {}

        /** @param decode reads the parsed 2xx body */
        record Json<T>(Function<JsonObject, T> decode) implements Reading<T> {}

        /**
         * A streaming read: {@code reader} reads the 2xx body as it arrives, within the attempt, so that a body that
         * breaks off is that attempt's I/O failure and goes through the retry loop like a dropped connection (the
         * pipeline closes the response afterwards).
         */
        record Streamed<T>(BodyReader<T> reader) implements Reading<T> {}

        /**
         * Reads a 2xx body while its attempt lasts. It is called once per attempt; a reader that keeps what earlier
         * attempts delivered resumes after it.
         */
        interface BodyReader<T> {
            /**
             * @param response the open 2xx response
             * @return the value of the call
             * @throws IOException if the body broke off, timed out or is incomplete: the attempt failed
             */
            T read(Response response) throws IOException;
        }

        /** Finds the result of an earlier attempt that may have reached the server. */
        interface Resolver<T> {
            /**
             * @param failure the failure that left the outcome unknown (an I/O error after sending, a 408 or 5xx), or
             *     a later attempt's definitive refusal (a 4xx) after such an ambiguous attempt
             * @param firstSentAt when the call's first attempt was sent, by the client's clock
             * @param async whether to run the lookup without blocking
             * @return the result the earlier attempt produced, or empty if it did not take effect (or this failure
             *     says nothing about it); a failed future if the lookup itself failed
             */
            CompletableFuture<Optional<T>> resolve(UnifyException failure, Instant firstSentAt, boolean async);
        }
    }
}
