package io.github.unifysequences.services;

import io.github.unifysequences.core.AsyncListPage;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.models.SequenceStep;
import io.github.unifysequences.models.SequenceStepListParams;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The steps of a sequence. Steps come back as the {@link io.github.unifysequences.models.SequenceStep} variant their {@code type} names.
 *
 * <p>The non-blocking twin of {@link SequenceStepService}, reached through {@code asyncClient.sequences().steps()} on
 * {@code UnifySequencesClientAsync}. Thread-safe.
 */
public interface SequenceStepServiceAsync {

    /**
     * Same as the full overload with default params and options.
     *
     * @param sequenceId the sequence UUID
     * @return the first page of steps, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<AsyncListPage<SequenceStep, SequenceStepListParams>> list(String sequenceId);

    /**
     * Same as the full overload with default params and options.
     *
     * @param sequenceId the sequence UUID
     * @return the first page of steps, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<AsyncListPage<SequenceStep, SequenceStepListParams>> list(UUID sequenceId);

    /**
     * Same as the full overload with default options.
     *
     * @param sequenceId the sequence UUID
     * @param params an optional filter by step type, and paging
     * @return the first page of steps, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<AsyncListPage<SequenceStep, SequenceStepListParams>> list(
            String sequenceId, SequenceStepListParams params);

    /**
     * Same as the full overload with default options.
     *
     * @param sequenceId the sequence UUID
     * @param params an optional filter by step type, and paging
     * @return the first page of steps, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<AsyncListPage<SequenceStep, SequenceStepListParams>> list(
            UUID sequenceId, SequenceStepListParams params);

    /**
     * Lists the steps of a sequence, one page at a time, optionally only those of some types.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param sequenceId the sequence UUID
     * @param params an optional filter by step type, and paging
     * @param options settings for this call only
     * @return the first page of steps, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<AsyncListPage<SequenceStep, SequenceStepListParams>> list(
            String sequenceId, SequenceStepListParams params, RequestOptions options);

    /**
     * Lists the steps of a sequence, one page at a time, optionally only those of some types.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param sequenceId the sequence UUID
     * @param params an optional filter by step type, and paging
     * @param options settings for this call only
     * @return the first page of steps, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<AsyncListPage<SequenceStep, SequenceStepListParams>> list(
            UUID sequenceId, SequenceStepListParams params, RequestOptions options);

    /**
     * Same as the full overload with default options.
     *
     * @param sequenceId the sequence UUID
     * @param stepId the step UUID
     * @return the step, as the variant its type names, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<SequenceStep> retrieve(String sequenceId, String stepId);

    /**
     * Same as the full overload with default options.
     *
     * @param sequenceId the sequence UUID
     * @param stepId the step UUID
     * @return the step, as the variant its type names, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<SequenceStep> retrieve(UUID sequenceId, UUID stepId);

    /**
     * Retrieves one step of a sequence.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param sequenceId the sequence UUID
     * @param stepId the step UUID
     * @param options settings for this call only
     * @return the step, as the variant its type names, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<SequenceStep> retrieve(String sequenceId, String stepId, RequestOptions options);

    /**
     * Retrieves one step of a sequence.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param sequenceId the sequence UUID
     * @param stepId the step UUID
     * @param options settings for this call only
     * @return the step, as the variant its type names, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<SequenceStep> retrieve(UUID sequenceId, UUID stepId, RequestOptions options);

    /** @return the same operations, answering {@link RawResponse}s with the HTTP status and headers */
    WithRawResponse withRawResponse();

    /** {@link SequenceStepServiceAsync}'s operations, answering the HTTP status and headers along with the parsed body. */
    interface WithRawResponse {

        /**
         * Like {@link SequenceStepServiceAsync#list(String)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @return the response with the first page of steps, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<AsyncListPage<SequenceStep, SequenceStepListParams>>> list(String sequenceId);

        /**
         * Like {@link SequenceStepServiceAsync#list(String)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @return the response with the first page of steps, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<AsyncListPage<SequenceStep, SequenceStepListParams>>> list(UUID sequenceId);

        /**
         * Like {@link SequenceStepServiceAsync#list(String, SequenceStepListParams)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param params an optional filter by step type, and paging
         * @return the response with the first page of steps, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<AsyncListPage<SequenceStep, SequenceStepListParams>>> list(
                String sequenceId, SequenceStepListParams params);

        /**
         * Like {@link SequenceStepServiceAsync#list(String, SequenceStepListParams)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param params an optional filter by step type, and paging
         * @return the response with the first page of steps, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<AsyncListPage<SequenceStep, SequenceStepListParams>>> list(
                UUID sequenceId, SequenceStepListParams params);

        /**
         * Like {@link SequenceStepServiceAsync#list(String, SequenceStepListParams, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param params an optional filter by step type, and paging
         * @param options settings for this call only
         * @return the response with the first page of steps, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<AsyncListPage<SequenceStep, SequenceStepListParams>>> list(
                String sequenceId, SequenceStepListParams params, RequestOptions options);

        /**
         * Like {@link SequenceStepServiceAsync#list(String, SequenceStepListParams, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param params an optional filter by step type, and paging
         * @param options settings for this call only
         * @return the response with the first page of steps, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<AsyncListPage<SequenceStep, SequenceStepListParams>>> list(
                UUID sequenceId, SequenceStepListParams params, RequestOptions options);

        /**
         * Like {@link SequenceStepServiceAsync#retrieve(String, String)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param stepId the step UUID
         * @return the response with the step, as the variant its type names, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<SequenceStep>> retrieve(String sequenceId, String stepId);

        /**
         * Like {@link SequenceStepServiceAsync#retrieve(String, String)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param stepId the step UUID
         * @return the response with the step, as the variant its type names, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<SequenceStep>> retrieve(UUID sequenceId, UUID stepId);

        /**
         * Like {@link SequenceStepServiceAsync#retrieve(String, String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param stepId the step UUID
         * @param options settings for this call only
         * @return the response with the step, as the variant its type names, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<SequenceStep>> retrieve(String sequenceId, String stepId, RequestOptions options);

        /**
         * Like {@link SequenceStepServiceAsync#retrieve(String, String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param stepId the step UUID
         * @param options settings for this call only
         * @return the response with the step, as the variant its type names, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<SequenceStep>> retrieve(UUID sequenceId, UUID stepId, RequestOptions options);
    }
}
