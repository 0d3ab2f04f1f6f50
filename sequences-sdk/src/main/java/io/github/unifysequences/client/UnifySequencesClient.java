package io.github.unifysequences.client;

import io.github.unifysequences.core.RawRequest;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.models.RawJson;
import io.github.unifysequences.services.EnrollmentService;
import io.github.unifysequences.services.EnrollmentStepService;
import io.github.unifysequences.services.SequenceService;

/**
 * The blocking client of the Unify Sequences API.
 *
 * <pre>{@code
 * try (UnifySequencesClient client = UnifySequencesClient.fromEnv()) {
 *     for (Sequence sequence : client.sequences().list().autoPager()) {
 *         System.out.println(sequence.name());
 *     }
 * }
 * }</pre>
 *
 * <p>Thread-safe and meant to be shared: create one per application and close it at shutdown. Each
 * call runs on the caller's thread, retrying transient failures as described on
 * {@link UnifySequencesClientBuilder}. For the non-blocking twin, see {@link #async()}.
 */
public final class UnifySequencesClient implements AutoCloseable {
    private final ClientCore core;
    private final SequenceService sequences;
    private final EnrollmentService enrollments;
    private final EnrollmentStepService enrollmentSteps;

    UnifySequencesClient(ClientCore core) {
        this.core = core;
        this.sequences = Faces.service(SequenceService.class, "client.sequences()", core.endpoints);
        this.enrollments = Faces.service(EnrollmentService.class, "client.enrollments()", core.endpoints);
        this.enrollmentSteps = Faces.service(EnrollmentStepService.class, "client.enrollmentSteps()", core.endpoints);
    }

    /** @return a builder for a client; only the API key is required */
    public static UnifySequencesClientBuilder builder() {
        return new UnifySequencesClientBuilder();
    }

    /**
     * Builds a client from the environment: {@code UNIFY_API_KEY} (required), {@code UNIFY_BASE_URL} and
     * {@code UNIFY_LOG} ({@code none}, {@code basic}, {@code headers} or {@code body}). The system properties
     * {@code unify.apiKey}, {@code unify.baseUrl} and {@code unify.log} take precedence.
     *
     * @return the client
     * @throws IllegalArgumentException if no API key is configured
     */
    public static UnifySequencesClient fromEnv() {
        return builder().fromEnv().build();
    }

    /** @return sequences and their steps */
    public SequenceService sequences() {
        return sequences;
    }

    /** @return enrollments (people in sequences) and their steps */
    public EnrollmentService enrollments() {
        return enrollments;
    }

    /**
     * Enrollment steps by their own id: read one, edit its email copy, or export them in bulk. To list the steps
     * of one enrollment use {@code enrollments().steps()}; for the steps a sequence is made of,
     * {@code sequences().steps()}.
     *
     * @return single enrollment steps by id
     */
    public EnrollmentStepService enrollmentSteps() {
        return enrollmentSteps;
    }

    /**
     * Sends a request this SDK version does not wrap (an operation or parameter a newer spec added) through this
     * client's pipeline: API key, rate limiter, retries by the request's idempotency, typed exceptions, redacted
     * logs. The path is relative to the base URL.
     *
     * @param request what to send; see {@link RawRequest}
     * @param options per-call overrides (timeout, retries, headers)
     * @return  the status, headers and the 2xx JSON object body
     * @throws io.github.unifysequences.errors.UnifyServiceException for a non-2xx answer, typed by status
     * @throws io.github.unifysequences.errors.UnifyIoException when the API could not be reached
     * @throws io.github.unifysequences.errors.InvalidResponseException when a 2xx body is not a JSON object
     */
    public RawResponse<RawJson> rawRequest(RawRequest request, RequestOptions options) {
        return core.endpoints.raw(request, options).raw();
    }

    /**
     * {@link #rawRequest(RawRequest, RequestOptions)} with the client's defaults.
     *
     * @param request what to send
     * @return the status, headers and the 2xx JSON object body
     */
    public RawResponse<RawJson> rawRequest(RawRequest request) {
        return rawRequest(request, RequestOptions.none());
    }

    /** @return the non-blocking face of this client, sharing its connections, retries and rate limiter */
    public UnifySequencesClientAsync async() {
        return new UnifySequencesClientAsync(core);
    }

    /**
     * Releases the connections and threads this client created. A user-supplied {@code OkHttpClient} is
     * left open. Closing either face closes both; calls after closing fail.
     */
    @Override
    public void close() {
        core.close();
    }
}
