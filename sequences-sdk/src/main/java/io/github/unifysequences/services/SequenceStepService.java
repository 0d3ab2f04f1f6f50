package io.github.unifysequences.services;

import io.github.unifysequences.core.ListPage;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.models.SequenceStep;
import io.github.unifysequences.models.SequenceStepListParams;
import java.util.UUID;

/**
 * The steps of a sequence. Steps come back as the {@link io.github.unifysequences.models.SequenceStep} variant their {@code type} names.
 *
 * <pre>{@code
 * for (SequenceStep step : client.sequences().steps().list(sequenceId).autoPager()) {
 *     if (step instanceof AutomaticEmailStep email) {
 *         System.out.println(email.email().subject().orElse("(reply in thread)"));
 *     }
 * }
 * }</pre>
 *
 * <p>Reached through {@code client.sequences().steps()}. Thread-safe. Every operation has the overloads
 * {@code op(ids)}, {@code op(ids, params)} where it takes params, and one more with {@link RequestOptions}; ids are
 * taken as the {@link java.util.UUID}s the models return ({@code e.id()}) or as strings.
 */
public interface SequenceStepService {

    /**
     * Same as the full overload with default params and options.
     *
     * @param sequenceId the sequence UUID
     * @return the first page of steps
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    ListPage<SequenceStep, SequenceStepListParams> list(String sequenceId);

    /**
     * Same as the full overload with default params and options.
     *
     * @param sequenceId the sequence UUID
     * @return the first page of steps
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    ListPage<SequenceStep, SequenceStepListParams> list(UUID sequenceId);

    /**
     * Same as the full overload with default options.
     *
     * @param sequenceId the sequence UUID
     * @param params an optional filter by step type, and paging
     * @return the first page of steps
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    ListPage<SequenceStep, SequenceStepListParams> list(String sequenceId, SequenceStepListParams params);

    /**
     * Same as the full overload with default options.
     *
     * @param sequenceId the sequence UUID
     * @param params an optional filter by step type, and paging
     * @return the first page of steps
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    ListPage<SequenceStep, SequenceStepListParams> list(UUID sequenceId, SequenceStepListParams params);

    /**
     * Lists the steps of a sequence, one page at a time, optionally only those of some types.
     *
     * @param sequenceId the sequence UUID
     * @param params an optional filter by step type, and paging
     * @param options settings for this call only
     * @return the first page of steps
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such sequence
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    ListPage<SequenceStep, SequenceStepListParams> list(
            String sequenceId, SequenceStepListParams params, RequestOptions options);

    /**
     * Lists the steps of a sequence, one page at a time, optionally only those of some types.
     *
     * @param sequenceId the sequence UUID
     * @param params an optional filter by step type, and paging
     * @param options settings for this call only
     * @return the first page of steps
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such sequence
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    ListPage<SequenceStep, SequenceStepListParams> list(
            UUID sequenceId, SequenceStepListParams params, RequestOptions options);

    /**
     * Same as the full overload with default options.
     *
     * @param sequenceId the sequence UUID
     * @param stepId the step UUID
     * @return the step, as the variant its type names
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    SequenceStep retrieve(String sequenceId, String stepId);

    /**
     * Same as the full overload with default options.
     *
     * @param sequenceId the sequence UUID
     * @param stepId the step UUID
     * @return the step, as the variant its type names
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    SequenceStep retrieve(UUID sequenceId, UUID stepId);

    /**
     * Retrieves one step of a sequence.
     *
     * @param sequenceId the sequence UUID
     * @param stepId the step UUID
     * @param options settings for this call only
     * @return the step, as the variant its type names
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such sequence or step
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    SequenceStep retrieve(String sequenceId, String stepId, RequestOptions options);

    /**
     * Retrieves one step of a sequence.
     *
     * @param sequenceId the sequence UUID
     * @param stepId the step UUID
     * @param options settings for this call only
     * @return the step, as the variant its type names
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such sequence or step
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    SequenceStep retrieve(UUID sequenceId, UUID stepId, RequestOptions options);

    /** @return the same operations, answering {@link RawResponse}s with the HTTP status and headers */
    WithRawResponse withRawResponse();

    /** {@link SequenceStepService}'s operations, answering the HTTP status and headers along with the parsed body. */
    interface WithRawResponse {

        /**
         * Like {@link SequenceStepService#list(String)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @return the response with the first page of steps
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<ListPage<SequenceStep, SequenceStepListParams>> list(String sequenceId);

        /**
         * Like {@link SequenceStepService#list(String)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @return the response with the first page of steps
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<ListPage<SequenceStep, SequenceStepListParams>> list(UUID sequenceId);

        /**
         * Like {@link SequenceStepService#list(String, SequenceStepListParams)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param params an optional filter by step type, and paging
         * @return the response with the first page of steps
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<ListPage<SequenceStep, SequenceStepListParams>> list(
                String sequenceId, SequenceStepListParams params);

        /**
         * Like {@link SequenceStepService#list(String, SequenceStepListParams)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param params an optional filter by step type, and paging
         * @return the response with the first page of steps
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<ListPage<SequenceStep, SequenceStepListParams>> list(
                UUID sequenceId, SequenceStepListParams params);

        /**
         * Like {@link SequenceStepService#list(String, SequenceStepListParams, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param params an optional filter by step type, and paging
         * @param options settings for this call only
         * @return the response with the first page of steps
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<ListPage<SequenceStep, SequenceStepListParams>> list(
                String sequenceId, SequenceStepListParams params, RequestOptions options);

        /**
         * Like {@link SequenceStepService#list(String, SequenceStepListParams, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param params an optional filter by step type, and paging
         * @param options settings for this call only
         * @return the response with the first page of steps
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<ListPage<SequenceStep, SequenceStepListParams>> list(
                UUID sequenceId, SequenceStepListParams params, RequestOptions options);

        /**
         * Like {@link SequenceStepService#retrieve(String, String)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param stepId the step UUID
         * @return the response with the step, as the variant its type names
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<SequenceStep> retrieve(String sequenceId, String stepId);

        /**
         * Like {@link SequenceStepService#retrieve(String, String)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param stepId the step UUID
         * @return the response with the step, as the variant its type names
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<SequenceStep> retrieve(UUID sequenceId, UUID stepId);

        /**
         * Like {@link SequenceStepService#retrieve(String, String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param stepId the step UUID
         * @param options settings for this call only
         * @return the response with the step, as the variant its type names
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<SequenceStep> retrieve(String sequenceId, String stepId, RequestOptions options);

        /**
         * Like {@link SequenceStepService#retrieve(String, String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param stepId the step UUID
         * @param options settings for this call only
         * @return the response with the step, as the variant its type names
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<SequenceStep> retrieve(UUID sequenceId, UUID stepId, RequestOptions options);
    }
}
