package io.github.unifysequences.services;

import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.models.EnrollmentStep;
import io.github.unifysequences.models.EnrollmentStepQueryParams;
import io.github.unifysequences.models.EnrollmentStepUpdateParams;
import io.github.unifysequences.models.SequenceEnrollmentStep;
import java.util.UUID;

/**
 * Single enrollment steps, by id: read one, or edit the copy of its email.
 *
 * <pre>{@code
 * EnrollmentStep step = client.enrollmentSteps().retrieve(enrollmentStepId);
 * client.enrollmentSteps().update(enrollmentStepId, EnrollmentStepUpdateParams.builder()
 *         .versionId(step.email().orElseThrow().versionId())
 *         .body("<p>Hi {{variable::person.firstName}}, ...</p>")
 *         .build());
 * }</pre>
 *
 * <p>Reached through {@code client.enrollmentSteps()}. Thread-safe. Every operation has the overloads
 * {@code op(ids)}, {@code op(ids, params)} where it takes params, and one more with {@link RequestOptions}; ids are
 * taken as the {@link java.util.UUID}s the models return ({@code e.id()}) or as strings.
 */
public interface EnrollmentStepService {

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentStepId the enrollment step UUID
     * @return the enrollment step
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    EnrollmentStep retrieve(String enrollmentStepId);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentStepId the enrollment step UUID
     * @return the enrollment step
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    EnrollmentStep retrieve(UUID enrollmentStepId);

    /**
     * Retrieves one enrollment step with its personalised email and the email's current {@code versionId}.
     *
     * @param enrollmentStepId the enrollment step UUID
     * @param options settings for this call only
     * @return the enrollment step
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such enrollment step
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    EnrollmentStep retrieve(String enrollmentStepId, RequestOptions options);

    /**
     * Retrieves one enrollment step with its personalised email and the email's current {@code versionId}.
     *
     * @param enrollmentStepId the enrollment step UUID
     * @param options settings for this call only
     * @return the enrollment step
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such enrollment step
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    EnrollmentStep retrieve(UUID enrollmentStepId, RequestOptions options);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentStepId the enrollment step UUID
     * @param params the new copy and the version it starts from
     * @return the updated step
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    EnrollmentStep update(String enrollmentStepId, EnrollmentStepUpdateParams params);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentStepId the enrollment step UUID
     * @param params the new copy and the version it starts from
     * @return the updated step
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    EnrollmentStep update(UUID enrollmentStepId, EnrollmentStepUpdateParams params);

    /**
     * Replaces the email copy of one enrollment step. Optimistic: the params carry the {@code versionId} the edit
     * starts from, and the answer a new one. {@code email().isReady()} is {@code false} until Unify has resolved the
     * template tokens again.
     *
     * <p>Not resent after an ambiguous failure (a timeout after sending, a 5xx): if the first attempt landed, the
     * version a resend carries would already be stale. Retrieve the step to see whether the copy changed.
     *
     * @param enrollmentStepId the enrollment step UUID
     * @param params the new copy and the version it starts from
     * @param options settings for this call only
     * @return the updated step
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such enrollment step
     * @throws io.github.unifysequences.errors.BadRequestException if the version is stale or the copy invalid
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    EnrollmentStep update(String enrollmentStepId, EnrollmentStepUpdateParams params, RequestOptions options);

    /**
     * Replaces the email copy of one enrollment step. Optimistic: the params carry the {@code versionId} the edit
     * starts from, and the answer a new one. {@code email().isReady()} is {@code false} until Unify has resolved the
     * template tokens again.
     *
     * <p>Not resent after an ambiguous failure (a timeout after sending, a 5xx): if the first attempt landed, the
     * version a resend carries would already be stale. Retrieve the step to see whether the copy changed.
     *
     * @param enrollmentStepId the enrollment step UUID
     * @param params the new copy and the version it starts from
     * @param options settings for this call only
     * @return the updated step
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such enrollment step
     * @throws io.github.unifysequences.errors.BadRequestException if the version is stale or the copy invalid
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    EnrollmentStep update(UUID enrollmentStepId, EnrollmentStepUpdateParams params, RequestOptions options);

    /**
     * @return Bulk API query jobs over enrollment steps: export every step matching a filter
     *     ({@code queryJobs().export(params)}), or drive a job's lifecycle yourself
     */
    QueryJobService<SequenceEnrollmentStep, EnrollmentStepQueryParams> queryJobs();

    /** @return the same operations, answering {@link RawResponse}s with the HTTP status and headers */
    WithRawResponse withRawResponse();

    /** {@link EnrollmentStepService}'s operations, answering the HTTP status and headers along with the parsed body. */
    interface WithRawResponse {

        /**
         * Like {@link EnrollmentStepService#retrieve(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentStepId the enrollment step UUID
         * @return the response with the enrollment step
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<EnrollmentStep> retrieve(String enrollmentStepId);

        /**
         * Like {@link EnrollmentStepService#retrieve(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentStepId the enrollment step UUID
         * @return the response with the enrollment step
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<EnrollmentStep> retrieve(UUID enrollmentStepId);

        /**
         * Like {@link EnrollmentStepService#retrieve(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentStepId the enrollment step UUID
         * @param options settings for this call only
         * @return the response with the enrollment step
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<EnrollmentStep> retrieve(String enrollmentStepId, RequestOptions options);

        /**
         * Like {@link EnrollmentStepService#retrieve(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentStepId the enrollment step UUID
         * @param options settings for this call only
         * @return the response with the enrollment step
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<EnrollmentStep> retrieve(UUID enrollmentStepId, RequestOptions options);

        /**
         * Like {@link EnrollmentStepService#update(String, EnrollmentStepUpdateParams)}, also giving the HTTP status and headers.
         *
         * @param enrollmentStepId the enrollment step UUID
         * @param params the new copy and the version it starts from
         * @return the response with the updated step
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<EnrollmentStep> update(String enrollmentStepId, EnrollmentStepUpdateParams params);

        /**
         * Like {@link EnrollmentStepService#update(String, EnrollmentStepUpdateParams)}, also giving the HTTP status and headers.
         *
         * @param enrollmentStepId the enrollment step UUID
         * @param params the new copy and the version it starts from
         * @return the response with the updated step
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<EnrollmentStep> update(UUID enrollmentStepId, EnrollmentStepUpdateParams params);

        /**
         * Like {@link EnrollmentStepService#update(String, EnrollmentStepUpdateParams, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentStepId the enrollment step UUID
         * @param params the new copy and the version it starts from
         * @param options settings for this call only
         * @return the response with the updated step
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<EnrollmentStep> update(
                String enrollmentStepId, EnrollmentStepUpdateParams params, RequestOptions options);

        /**
         * Like {@link EnrollmentStepService#update(String, EnrollmentStepUpdateParams, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentStepId the enrollment step UUID
         * @param params the new copy and the version it starts from
         * @param options settings for this call only
         * @return the response with the updated step
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<EnrollmentStep> update(
                UUID enrollmentStepId, EnrollmentStepUpdateParams params, RequestOptions options);
    }
}
