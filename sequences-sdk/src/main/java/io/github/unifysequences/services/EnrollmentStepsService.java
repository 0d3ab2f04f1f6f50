package io.github.unifysequences.services;

import io.github.unifysequences.core.ListPage;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.models.EnrollmentStep;
import io.github.unifysequences.models.PageParams;
import java.util.UUID;

/**
 * The steps of one enrollment: where a person is in the sequence.
 *
 * <pre>{@code
 * client.enrollments().steps().list(enrollmentId).autoPager()
 *         .forEach(step -> System.out.println(step.stepNumber().orElse(0) + " " + step.status()));
 * }</pre>
 *
 * <p>Reached through {@code client.enrollments().steps()}. Thread-safe. Every operation has the overloads
 * {@code op(ids)}, {@code op(ids, params)} where it takes params, and one more with {@link RequestOptions}; ids are
 * taken as the {@link java.util.UUID}s the models return ({@code e.id()}) or as strings.
 */
public interface EnrollmentStepsService {

    /**
     * Same as the full overload with default params and options.
     *
     * @param enrollmentId the enrollment UUID
     * @return the first page of steps
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    ListPage<EnrollmentStep, PageParams> list(String enrollmentId);

    /**
     * Same as the full overload with default params and options.
     *
     * @param enrollmentId the enrollment UUID
     * @return the first page of steps
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    ListPage<EnrollmentStep, PageParams> list(UUID enrollmentId);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentId the enrollment UUID
     * @param params paging: page size and a cursor to resume from
     * @return the first page of steps
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    ListPage<EnrollmentStep, PageParams> list(String enrollmentId, PageParams params);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentId the enrollment UUID
     * @param params paging: page size and a cursor to resume from
     * @return the first page of steps
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    ListPage<EnrollmentStep, PageParams> list(UUID enrollmentId, PageParams params);

    /**
     * Lists the steps of one enrollment, one page at a time.
     *
     * @param enrollmentId the enrollment UUID
     * @param params paging: page size and a cursor to resume from
     * @param options settings for this call only
     * @return the first page of steps
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such enrollment
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    ListPage<EnrollmentStep, PageParams> list(String enrollmentId, PageParams params, RequestOptions options);

    /**
     * Lists the steps of one enrollment, one page at a time.
     *
     * @param enrollmentId the enrollment UUID
     * @param params paging: page size and a cursor to resume from
     * @param options settings for this call only
     * @return the first page of steps
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such enrollment
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    ListPage<EnrollmentStep, PageParams> list(UUID enrollmentId, PageParams params, RequestOptions options);

    /** @return the same operations, answering {@link RawResponse}s with the HTTP status and headers */
    WithRawResponse withRawResponse();

    /** {@link EnrollmentStepsService}'s operations, answering the HTTP status and headers along with the parsed body. */
    interface WithRawResponse {

        /**
         * Like {@link EnrollmentStepsService#list(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @return the response with the first page of steps
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<ListPage<EnrollmentStep, PageParams>> list(String enrollmentId);

        /**
         * Like {@link EnrollmentStepsService#list(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @return the response with the first page of steps
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<ListPage<EnrollmentStep, PageParams>> list(UUID enrollmentId);

        /**
         * Like {@link EnrollmentStepsService#list(String, PageParams)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param params paging: page size and a cursor to resume from
         * @return the response with the first page of steps
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<ListPage<EnrollmentStep, PageParams>> list(String enrollmentId, PageParams params);

        /**
         * Like {@link EnrollmentStepsService#list(String, PageParams)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param params paging: page size and a cursor to resume from
         * @return the response with the first page of steps
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<ListPage<EnrollmentStep, PageParams>> list(UUID enrollmentId, PageParams params);

        /**
         * Like {@link EnrollmentStepsService#list(String, PageParams, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param params paging: page size and a cursor to resume from
         * @param options settings for this call only
         * @return the response with the first page of steps
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<ListPage<EnrollmentStep, PageParams>> list(
                String enrollmentId, PageParams params, RequestOptions options);

        /**
         * Like {@link EnrollmentStepsService#list(String, PageParams, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param params paging: page size and a cursor to resume from
         * @param options settings for this call only
         * @return the response with the first page of steps
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<ListPage<EnrollmentStep, PageParams>> list(
                UUID enrollmentId, PageParams params, RequestOptions options);
    }
}
