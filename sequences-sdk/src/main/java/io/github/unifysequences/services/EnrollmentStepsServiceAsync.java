package io.github.unifysequences.services;

import io.github.unifysequences.core.AsyncListPage;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.models.EnrollmentStep;
import io.github.unifysequences.models.PageParams;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The steps of one enrollment: where a person is in the sequence.
 *
 * <p>The non-blocking twin of {@link EnrollmentStepsService}, reached through {@code asyncClient.enrollments().steps()} on
 * {@code UnifySequencesClientAsync}. Thread-safe.
 */
public interface EnrollmentStepsServiceAsync {

    /**
     * Same as the full overload with default params and options.
     *
     * @param enrollmentId the enrollment UUID
     * @return the first page of steps, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<AsyncListPage<EnrollmentStep, PageParams>> list(String enrollmentId);

    /**
     * Same as the full overload with default params and options.
     *
     * @param enrollmentId the enrollment UUID
     * @return the first page of steps, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<AsyncListPage<EnrollmentStep, PageParams>> list(UUID enrollmentId);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentId the enrollment UUID
     * @param params paging: page size and a cursor to resume from
     * @return the first page of steps, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<AsyncListPage<EnrollmentStep, PageParams>> list(String enrollmentId, PageParams params);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentId the enrollment UUID
     * @param params paging: page size and a cursor to resume from
     * @return the first page of steps, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<AsyncListPage<EnrollmentStep, PageParams>> list(UUID enrollmentId, PageParams params);

    /**
     * Lists the steps of one enrollment, one page at a time.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param enrollmentId the enrollment UUID
     * @param params paging: page size and a cursor to resume from
     * @param options settings for this call only
     * @return the first page of steps, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<AsyncListPage<EnrollmentStep, PageParams>> list(
            String enrollmentId, PageParams params, RequestOptions options);

    /**
     * Lists the steps of one enrollment, one page at a time.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param enrollmentId the enrollment UUID
     * @param params paging: page size and a cursor to resume from
     * @param options settings for this call only
     * @return the first page of steps, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<AsyncListPage<EnrollmentStep, PageParams>> list(
            UUID enrollmentId, PageParams params, RequestOptions options);

    /** @return the same operations, answering {@link RawResponse}s with the HTTP status and headers */
    WithRawResponse withRawResponse();

    /** {@link EnrollmentStepsServiceAsync}'s operations, answering the HTTP status and headers along with the parsed body. */
    interface WithRawResponse {

        /**
         * Like {@link EnrollmentStepsServiceAsync#list(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @return the response with the first page of steps, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<AsyncListPage<EnrollmentStep, PageParams>>> list(String enrollmentId);

        /**
         * Like {@link EnrollmentStepsServiceAsync#list(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @return the response with the first page of steps, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<AsyncListPage<EnrollmentStep, PageParams>>> list(UUID enrollmentId);

        /**
         * Like {@link EnrollmentStepsServiceAsync#list(String, PageParams)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param params paging: page size and a cursor to resume from
         * @return the response with the first page of steps, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<AsyncListPage<EnrollmentStep, PageParams>>> list(
                String enrollmentId, PageParams params);

        /**
         * Like {@link EnrollmentStepsServiceAsync#list(String, PageParams)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param params paging: page size and a cursor to resume from
         * @return the response with the first page of steps, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<AsyncListPage<EnrollmentStep, PageParams>>> list(
                UUID enrollmentId, PageParams params);

        /**
         * Like {@link EnrollmentStepsServiceAsync#list(String, PageParams, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param params paging: page size and a cursor to resume from
         * @param options settings for this call only
         * @return the response with the first page of steps, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<AsyncListPage<EnrollmentStep, PageParams>>> list(
                String enrollmentId, PageParams params, RequestOptions options);

        /**
         * Like {@link EnrollmentStepsServiceAsync#list(String, PageParams, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param params paging: page size and a cursor to resume from
         * @param options settings for this call only
         * @return the response with the first page of steps, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<AsyncListPage<EnrollmentStep, PageParams>>> list(
                UUID enrollmentId, PageParams params, RequestOptions options);
    }
}
