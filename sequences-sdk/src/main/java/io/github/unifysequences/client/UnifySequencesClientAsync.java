package io.github.unifysequences.client;

import io.github.unifysequences.core.RawRequest;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.models.RawJson;
import io.github.unifysequences.services.EnrollmentServiceAsync;
import io.github.unifysequences.services.EnrollmentStepServiceAsync;
import io.github.unifysequences.services.SequenceServiceAsync;
import java.util.concurrent.CompletableFuture;

/**
 * The non-blocking client of the Unify Sequences API: every operation returns a
 * {@link java.util.concurrent.CompletableFuture}, and no thread waits for the network or for a retry's
 * backoff. Up to {@link UnifySequencesClientBuilder#maxConcurrentRequests} calls (default 64) are in flight at
 * once. Futures complete on the SDK's HTTP threads (or a timer thread after a backoff) unless
 * {@link UnifySequencesClientBuilder#callbackExecutor} names an executor, so chain quick work on them and hand slow
 * work to your own executor.
 *
 * <p>Invalid arguments (an id that is not a UUID, for instance) throw {@link IllegalArgumentException} at once, on
 * the caller's thread, before anything is sent; every later failure fails the future with the
 * {@link io.github.unifysequences.errors.UnifyException} the blocking client would throw. Cancelling a returned
 * future, or one derived from it with {@code thenApply}/{@code thenCompose}, cancels the request in flight and
 * stops its retries.
 *
 * <pre>{@code
 * UnifySequencesClientAsync client = UnifySequencesClient.builder().apiKey(key).buildAsync();
 * client.enrollments().retrieve(enrollmentId)
 *         .thenAccept(e -> System.out.println(e.status()));
 * }</pre>
 *
 * <p>Thread-safe and meant to be shared; same configuration, retries and errors as
 * {@link UnifySequencesClient}.
 */
public final class UnifySequencesClientAsync implements AutoCloseable {
    private final ClientCore core;
    private final SequenceServiceAsync sequences;
    private final EnrollmentServiceAsync enrollments;
    private final EnrollmentStepServiceAsync enrollmentSteps;

    UnifySequencesClientAsync(ClientCore core) {
        this.core = core;
        this.sequences = Faces.service(SequenceServiceAsync.class, "client.sequences()", core.endpoints);
        this.enrollments = Faces.service(EnrollmentServiceAsync.class, "client.enrollments()", core.endpoints);
        this.enrollmentSteps =
                Faces.service(EnrollmentStepServiceAsync.class, "client.enrollmentSteps()", core.endpoints);
    }

    /**
     * Builds an async client from the environment, like {@link UnifySequencesClient#fromEnv()}.
     *
     * @return the client
     */
    public static UnifySequencesClientAsync fromEnv() {
        return UnifySequencesClient.builder().fromEnv().buildAsync();
    }

    /** @return sequences and their steps */
    public SequenceServiceAsync sequences() {
        return sequences;
    }

    /** @return enrollments and their steps */
    public EnrollmentServiceAsync enrollments() {
        return enrollments;
    }

    /**
     * Enrollment steps by their own id; see {@link UnifySequencesClient#enrollmentSteps()} for which steps entry
     * point to use when.
     *
     * @return single enrollment steps by id
     */
    public EnrollmentStepServiceAsync enrollmentSteps() {
        return enrollmentSteps;
    }

    /**
     * Sends a request this SDK version does not wrap (an operation or parameter a newer spec added) through this
     * client's pipeline: API key, rate limiter, retries by the request's idempotency, typed exceptions, redacted
     * logs. The path is relative to the base URL.
     *
     * @param request what to send; see {@link RawRequest}
     * @param options per-call overrides (timeout, retries, headers)
     * @return a future of the status, headers and the 2xx JSON object body; it fails with a
     *     {@link io.github.unifysequences.errors.UnifyServiceException} for a non-2xx answer (typed by status), a
     *     {@link io.github.unifysequences.errors.UnifyIoException} when the API could not be reached, or an
     *     {@link io.github.unifysequences.errors.InvalidResponseException} when a 2xx body is not a JSON object
     */
    public CompletableFuture<RawResponse<RawJson>> rawRequest(RawRequest request, RequestOptions options) {
        return core.endpoints.raw(request, options).execute(true);
    }

    /**
     * {@link #rawRequest(RawRequest, RequestOptions)} with the client's defaults.
     *
     * @param request what to send
     * @return a future of the status, headers and the 2xx JSON object body
     */
    public CompletableFuture<RawResponse<RawJson>> rawRequest(RawRequest request) {
        return rawRequest(request, RequestOptions.none());
    }

    /** @return the blocking face of this client, sharing its connections */
    public UnifySequencesClient sync() {
        return new UnifySequencesClient(core);
    }

    /** Releases the connections and threads this client created; see {@link UnifySequencesClient#close()}. */
    @Override
    public void close() {
        core.close();
    }
}
