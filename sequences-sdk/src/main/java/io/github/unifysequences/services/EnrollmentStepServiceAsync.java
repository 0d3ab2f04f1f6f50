package io.github.unifysequences.services;

import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.models.EnrollmentStep;
import io.github.unifysequences.models.EnrollmentStepQueryParams;
import io.github.unifysequences.models.EnrollmentStepUpdateParams;
import io.github.unifysequences.models.SequenceEnrollmentStep;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Single enrollment steps, by id: read one, or edit the copy of its email.
 *
 * <p>The non-blocking twin of {@link EnrollmentStepService}, reached through {@code asyncClient.enrollmentSteps()} on
 * {@code UnifySequencesClientAsync}. Thread-safe.
 */
public interface EnrollmentStepServiceAsync {

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentStepId the enrollment step UUID
     * @return the enrollment step, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<EnrollmentStep> retrieve(String enrollmentStepId);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentStepId the enrollment step UUID
     * @return the enrollment step, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<EnrollmentStep> retrieve(UUID enrollmentStepId);

    /**
     * Retrieves one enrollment step with its personalised email and the email's current {@code versionId}.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param enrollmentStepId the enrollment step UUID
     * @param options settings for this call only
     * @return the enrollment step, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<EnrollmentStep> retrieve(String enrollmentStepId, RequestOptions options);

    /**
     * Retrieves one enrollment step with its personalised email and the email's current {@code versionId}.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param enrollmentStepId the enrollment step UUID
     * @param options settings for this call only
     * @return the enrollment step, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<EnrollmentStep> retrieve(UUID enrollmentStepId, RequestOptions options);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentStepId the enrollment step UUID
     * @param params the new copy and the version it starts from
     * @return the updated step, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<EnrollmentStep> update(String enrollmentStepId, EnrollmentStepUpdateParams params);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentStepId the enrollment step UUID
     * @param params the new copy and the version it starts from
     * @return the updated step, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<EnrollmentStep> update(UUID enrollmentStepId, EnrollmentStepUpdateParams params);

    /**
     * Replaces the email copy of one enrollment step. Optimistic: the params carry the {@code versionId} the edit
     * starts from, and the answer a new one. {@code email().isReady()} is {@code false} until Unify has resolved the
     * template tokens again.
     *
     * <p>Not resent after an ambiguous failure (a timeout after sending, a 5xx): if the first attempt landed, the
     * version a resend carries would already be stale. Retrieve the step to see whether the copy changed.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param enrollmentStepId the enrollment step UUID
     * @param params the new copy and the version it starts from
     * @param options settings for this call only
     * @return the updated step, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<EnrollmentStep> update(
            String enrollmentStepId, EnrollmentStepUpdateParams params, RequestOptions options);

    /**
     * Replaces the email copy of one enrollment step. Optimistic: the params carry the {@code versionId} the edit
     * starts from, and the answer a new one. {@code email().isReady()} is {@code false} until Unify has resolved the
     * template tokens again.
     *
     * <p>Not resent after an ambiguous failure (a timeout after sending, a 5xx): if the first attempt landed, the
     * version a resend carries would already be stale. Retrieve the step to see whether the copy changed.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param enrollmentStepId the enrollment step UUID
     * @param params the new copy and the version it starts from
     * @param options settings for this call only
     * @return the updated step, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<EnrollmentStep> update(
            UUID enrollmentStepId, EnrollmentStepUpdateParams params, RequestOptions options);

    /** @return Bulk API query jobs over enrollment steps: create, list, retrieve, cancel, fetch result pages */
    QueryJobServiceAsync<SequenceEnrollmentStep, EnrollmentStepQueryParams> queryJobs();

    /** @return the same operations, answering {@link RawResponse}s with the HTTP status and headers */
    WithRawResponse withRawResponse();

    /** {@link EnrollmentStepServiceAsync}'s operations, answering the HTTP status and headers along with the parsed body. */
    interface WithRawResponse {

        /**
         * Like {@link EnrollmentStepServiceAsync#retrieve(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentStepId the enrollment step UUID
         * @return the response with the enrollment step, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<EnrollmentStep>> retrieve(String enrollmentStepId);

        /**
         * Like {@link EnrollmentStepServiceAsync#retrieve(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentStepId the enrollment step UUID
         * @return the response with the enrollment step, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<EnrollmentStep>> retrieve(UUID enrollmentStepId);

        /**
         * Like {@link EnrollmentStepServiceAsync#retrieve(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentStepId the enrollment step UUID
         * @param options settings for this call only
         * @return the response with the enrollment step, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<EnrollmentStep>> retrieve(String enrollmentStepId, RequestOptions options);

        /**
         * Like {@link EnrollmentStepServiceAsync#retrieve(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentStepId the enrollment step UUID
         * @param options settings for this call only
         * @return the response with the enrollment step, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<EnrollmentStep>> retrieve(UUID enrollmentStepId, RequestOptions options);

        /**
         * Like {@link EnrollmentStepServiceAsync#update(String, EnrollmentStepUpdateParams)}, also giving the HTTP status and headers.
         *
         * @param enrollmentStepId the enrollment step UUID
         * @param params the new copy and the version it starts from
         * @return the response with the updated step, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<EnrollmentStep>> update(
                String enrollmentStepId, EnrollmentStepUpdateParams params);

        /**
         * Like {@link EnrollmentStepServiceAsync#update(String, EnrollmentStepUpdateParams)}, also giving the HTTP status and headers.
         *
         * @param enrollmentStepId the enrollment step UUID
         * @param params the new copy and the version it starts from
         * @return the response with the updated step, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<EnrollmentStep>> update(UUID enrollmentStepId, EnrollmentStepUpdateParams params);

        /**
         * Like {@link EnrollmentStepServiceAsync#update(String, EnrollmentStepUpdateParams, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentStepId the enrollment step UUID
         * @param params the new copy and the version it starts from
         * @param options settings for this call only
         * @return the response with the updated step, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<EnrollmentStep>> update(
                String enrollmentStepId, EnrollmentStepUpdateParams params, RequestOptions options);

        /**
         * Like {@link EnrollmentStepServiceAsync#update(String, EnrollmentStepUpdateParams, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentStepId the enrollment step UUID
         * @param params the new copy and the version it starts from
         * @param options settings for this call only
         * @return the response with the updated step, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<EnrollmentStep>> update(
                UUID enrollmentStepId, EnrollmentStepUpdateParams params, RequestOptions options);
    }
}
