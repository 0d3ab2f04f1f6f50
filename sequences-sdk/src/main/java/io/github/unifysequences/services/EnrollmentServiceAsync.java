package io.github.unifysequences.services;

import io.github.unifysequences.core.AsyncListPage;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.models.Enrollment;
import io.github.unifysequences.models.EnrollmentApproval;
import io.github.unifysequences.models.EnrollmentCancellation;
import io.github.unifysequences.models.EnrollmentCreateParams;
import io.github.unifysequences.models.EnrollmentListParams;
import io.github.unifysequences.models.EnrollmentQueryParams;
import io.github.unifysequences.models.PauseState;
import io.github.unifysequences.models.SequenceEnrollment;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Enrollments: people in sequences. Create, list, read, pause, resume, approve and cancel them, and read their steps.
 *
 * <p>The non-blocking twin of {@link EnrollmentService}, reached through {@code asyncClient.enrollments()} on
 * {@code UnifySequencesClientAsync}. Thread-safe.
 */
public interface EnrollmentServiceAsync {

    /** @return Bulk API query jobs over enrollments: create, list, retrieve, cancel, fetch result pages */
    QueryJobServiceAsync<SequenceEnrollment, EnrollmentQueryParams> queryJobs();

    /**
     * See {@link EnrollmentService#steps()} for which steps entry point to use when.
     *
     * @return the steps of enrollments
     */
    EnrollmentStepsServiceAsync steps();

    /**
     * Same as the full overload with default options.
     *
     * @param params who to enroll in which sequence, from which mailboxes
     * @return the new enrollment, when it arrives
     */
    CompletableFuture<Enrollment> create(EnrollmentCreateParams params);

    /**
     * Enrolls a person in a sequence.
     *
     * <p>Creating is not idempotent and the API has no idempotency key, so the SDK sends the request again only
     * when the first attempt provably did not reach the server (connection failure) or was refused with 429. When an
     * attempt fails ambiguously (timeout or reset after sending, or a 5xx), the SDK lists the person's enrollments in
     * the sequence: if the attempt took effect it returns that enrollment, otherwise it retries. A 409 on such a retry
     * that names the requested sequence is recognised as the first attempt's success the same way. The result: a
     * flaky network yields neither a lost nor a duplicate enrollment.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param params who to enroll in which sequence, from which mailboxes
     * @param options settings for this call only
     * @return the new enrollment, when it arrives
     */
    CompletableFuture<Enrollment> create(EnrollmentCreateParams params, RequestOptions options);

    /**
     * Same as the full overload with default params and options.
     *
     * @return the first page of enrollments, when it arrives
     */
    CompletableFuture<AsyncListPage<Enrollment, EnrollmentListParams>> list();

    /**
     * Same as the full overload with default options.
     *
     * @param params filters (sequence, person, mailbox, play, statuses, updated range) and paging
     * @return the first page of enrollments, when it arrives
     */
    CompletableFuture<AsyncListPage<Enrollment, EnrollmentListParams>> list(EnrollmentListParams params);

    /**
     * Lists enrollments matching the filters, at most 100 per page. For large exports the API recommends a query job.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param params filters (sequence, person, mailbox, play, statuses, updated range) and paging
     * @param options settings for this call only
     * @return the first page of enrollments, when it arrives
     */
    CompletableFuture<AsyncListPage<Enrollment, EnrollmentListParams>> list(
            EnrollmentListParams params, RequestOptions options);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentId the enrollment UUID
     * @return the enrollment, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<Enrollment> retrieve(String enrollmentId);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentId the enrollment UUID
     * @return the enrollment, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<Enrollment> retrieve(UUID enrollmentId);

    /**
     * Retrieves an enrollment with its person, mailbox and reply.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param enrollmentId the enrollment UUID
     * @param options settings for this call only
     * @return the enrollment, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<Enrollment> retrieve(String enrollmentId, RequestOptions options);

    /**
     * Retrieves an enrollment with its person, mailbox and reply.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param enrollmentId the enrollment UUID
     * @param options settings for this call only
     * @return the enrollment, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<Enrollment> retrieve(UUID enrollmentId, RequestOptions options);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentId the enrollment UUID
     * @return the cancellation result, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<EnrollmentCancellation> cancel(String enrollmentId);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentId the enrollment UUID
     * @return the cancellation result, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<EnrollmentCancellation> cancel(UUID enrollmentId);

    /**
     * Cancels an enrollment: its remaining steps do not run. This is the API's {@code DELETE /enrollments/{id}}; the
     * enrollment is not erased and stays listable with {@code isCanceled()} set. Safe to retry.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param enrollmentId the enrollment UUID
     * @param options settings for this call only
     * @return the cancellation result, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<EnrollmentCancellation> cancel(String enrollmentId, RequestOptions options);

    /**
     * Cancels an enrollment: its remaining steps do not run. This is the API's {@code DELETE /enrollments/{id}}; the
     * enrollment is not erased and stays listable with {@code isCanceled()} set. Safe to retry.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param enrollmentId the enrollment UUID
     * @param options settings for this call only
     * @return the cancellation result, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<EnrollmentCancellation> cancel(UUID enrollmentId, RequestOptions options);

    /**
     * Alias of {@link #cancel(String)}, named after the API's {@code DELETE}: the enrollment is cancelled, not erased.
     *
     * @param enrollmentId the enrollment UUID
     * @return the cancellation result
     */
    default CompletableFuture<EnrollmentCancellation> delete(String enrollmentId) {
        return cancel(enrollmentId);
    }

    /**
     * Alias of {@link #cancel(String)}, named after the API's {@code DELETE}: the enrollment is cancelled, not erased.
     *
     * @param enrollmentId the enrollment UUID
     * @return the cancellation result
     */
    default CompletableFuture<EnrollmentCancellation> delete(UUID enrollmentId) {
        return cancel(enrollmentId);
    }

    /**
     * Alias of {@link #cancel(String, RequestOptions)}, named after the API's {@code DELETE}: the enrollment is cancelled, not erased.
     *
     * @param enrollmentId the enrollment UUID
     * @param options settings for this call only
     * @return the cancellation result
     */
    default CompletableFuture<EnrollmentCancellation> delete(String enrollmentId, RequestOptions options) {
        return cancel(enrollmentId, options);
    }

    /**
     * Alias of {@link #cancel(String, RequestOptions)}, named after the API's {@code DELETE}: the enrollment is cancelled, not erased.
     *
     * @param enrollmentId the enrollment UUID
     * @param options settings for this call only
     * @return the cancellation result
     */
    default CompletableFuture<EnrollmentCancellation> delete(UUID enrollmentId, RequestOptions options) {
        return cancel(enrollmentId, options);
    }

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentId the enrollment UUID
     * @return the new pause state, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<PauseState> pause(String enrollmentId);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentId the enrollment UUID
     * @return the new pause state, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<PauseState> pause(UUID enrollmentId);

    /**
     * Pauses one enrollment. Safe to retry.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param enrollmentId the enrollment UUID
     * @param options settings for this call only
     * @return the new pause state, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<PauseState> pause(String enrollmentId, RequestOptions options);

    /**
     * Pauses one enrollment. Safe to retry.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param enrollmentId the enrollment UUID
     * @param options settings for this call only
     * @return the new pause state, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<PauseState> pause(UUID enrollmentId, RequestOptions options);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentId the enrollment UUID
     * @return the new pause state, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<PauseState> resume(String enrollmentId);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentId the enrollment UUID
     * @return the new pause state, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<PauseState> resume(UUID enrollmentId);

    /**
     * Resumes a paused enrollment. Safe to retry.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param enrollmentId the enrollment UUID
     * @param options settings for this call only
     * @return the new pause state, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<PauseState> resume(String enrollmentId, RequestOptions options);

    /**
     * Resumes a paused enrollment. Safe to retry.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param enrollmentId the enrollment UUID
     * @param options settings for this call only
     * @return the new pause state, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<PauseState> resume(UUID enrollmentId, RequestOptions options);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentId the enrollment UUID
     * @return the approval result, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<EnrollmentApproval> approve(String enrollmentId);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentId the enrollment UUID
     * @return the approval result, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<EnrollmentApproval> approve(UUID enrollmentId);

    /**
     * Approves a draft enrollment that awaits approval, so it starts. Not idempotent: after an ambiguous failure
     * (timeout after sending, 5xx) the SDK does not send it again but throws, and the caller can check the
     * enrollment's {@code isDraftApprovalPending()}.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param enrollmentId the enrollment UUID
     * @param options settings for this call only
     * @return the approval result, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<EnrollmentApproval> approve(String enrollmentId, RequestOptions options);

    /**
     * Approves a draft enrollment that awaits approval, so it starts. Not idempotent: after an ambiguous failure
     * (timeout after sending, 5xx) the SDK does not send it again but throws, and the caller can check the
     * enrollment's {@code isDraftApprovalPending()}.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param enrollmentId the enrollment UUID
     * @param options settings for this call only
     * @return the approval result, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<EnrollmentApproval> approve(UUID enrollmentId, RequestOptions options);

    /** @return the same operations, answering {@link RawResponse}s with the HTTP status and headers */
    WithRawResponse withRawResponse();

    /** {@link EnrollmentServiceAsync}'s operations, answering the HTTP status and headers along with the parsed body. */
    interface WithRawResponse {

        /**
         * Like {@link EnrollmentServiceAsync#create(EnrollmentCreateParams)}, also giving the HTTP status and headers.
         * When the SDK resolved an ambiguous failure by finding the enrollment, the status is 200 with no headers.
         *
         * @param params who to enroll in which sequence, from which mailboxes
         * @return the response with the new enrollment, when it arrives
         */
        CompletableFuture<RawResponse<Enrollment>> create(EnrollmentCreateParams params);

        /**
         * Like {@link EnrollmentServiceAsync#create(EnrollmentCreateParams, RequestOptions)}, also giving the HTTP status and headers.
         * When the SDK resolved an ambiguous failure by finding the enrollment, the status is 200 with no headers.
         *
         * @param params who to enroll in which sequence, from which mailboxes
         * @param options settings for this call only
         * @return the response with the new enrollment, when it arrives
         */
        CompletableFuture<RawResponse<Enrollment>> create(EnrollmentCreateParams params, RequestOptions options);

        /**
         * Like {@link EnrollmentServiceAsync#list()}, also giving the HTTP status and headers.
         *
         * @return the response with the first page of enrollments, when it arrives
         */
        CompletableFuture<RawResponse<AsyncListPage<Enrollment, EnrollmentListParams>>> list();

        /**
         * Like {@link EnrollmentServiceAsync#list(EnrollmentListParams)}, also giving the HTTP status and headers.
         *
         * @param params filters (sequence, person, mailbox, play, statuses, updated range) and paging
         * @return the response with the first page of enrollments, when it arrives
         */
        CompletableFuture<RawResponse<AsyncListPage<Enrollment, EnrollmentListParams>>> list(
                EnrollmentListParams params);

        /**
         * Like {@link EnrollmentServiceAsync#list(EnrollmentListParams, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param params filters (sequence, person, mailbox, play, statuses, updated range) and paging
         * @param options settings for this call only
         * @return the response with the first page of enrollments, when it arrives
         */
        CompletableFuture<RawResponse<AsyncListPage<Enrollment, EnrollmentListParams>>> list(
                EnrollmentListParams params, RequestOptions options);

        /**
         * Like {@link EnrollmentServiceAsync#retrieve(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @return the response with the enrollment, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<Enrollment>> retrieve(String enrollmentId);

        /**
         * Like {@link EnrollmentServiceAsync#retrieve(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @return the response with the enrollment, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<Enrollment>> retrieve(UUID enrollmentId);

        /**
         * Like {@link EnrollmentServiceAsync#retrieve(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param options settings for this call only
         * @return the response with the enrollment, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<Enrollment>> retrieve(String enrollmentId, RequestOptions options);

        /**
         * Like {@link EnrollmentServiceAsync#retrieve(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param options settings for this call only
         * @return the response with the enrollment, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<Enrollment>> retrieve(UUID enrollmentId, RequestOptions options);

        /**
         * Like {@link EnrollmentServiceAsync#cancel(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @return the response with the cancellation result, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<EnrollmentCancellation>> cancel(String enrollmentId);

        /**
         * Like {@link EnrollmentServiceAsync#cancel(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @return the response with the cancellation result, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<EnrollmentCancellation>> cancel(UUID enrollmentId);

        /**
         * Like {@link EnrollmentServiceAsync#cancel(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param options settings for this call only
         * @return the response with the cancellation result, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<EnrollmentCancellation>> cancel(String enrollmentId, RequestOptions options);

        /**
         * Like {@link EnrollmentServiceAsync#cancel(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param options settings for this call only
         * @return the response with the cancellation result, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<EnrollmentCancellation>> cancel(UUID enrollmentId, RequestOptions options);

        /**
         * Alias of {@link #cancel(String)}, named after the API's {@code DELETE}: the enrollment is cancelled, not erased.
         *
         * @param enrollmentId the enrollment UUID
         * @return the cancellation result
         */
        default CompletableFuture<RawResponse<EnrollmentCancellation>> delete(String enrollmentId) {
            return cancel(enrollmentId);
        }

        /**
         * Alias of {@link #cancel(String)}, named after the API's {@code DELETE}: the enrollment is cancelled, not erased.
         *
         * @param enrollmentId the enrollment UUID
         * @return the cancellation result
         */
        default CompletableFuture<RawResponse<EnrollmentCancellation>> delete(UUID enrollmentId) {
            return cancel(enrollmentId);
        }

        /**
         * Alias of {@link #cancel(String, RequestOptions)}, named after the API's {@code DELETE}: the enrollment is cancelled, not erased.
         *
         * @param enrollmentId the enrollment UUID
         * @param options settings for this call only
         * @return the cancellation result
         */
        default CompletableFuture<RawResponse<EnrollmentCancellation>> delete(
                String enrollmentId, RequestOptions options) {
            return cancel(enrollmentId, options);
        }

        /**
         * Alias of {@link #cancel(String, RequestOptions)}, named after the API's {@code DELETE}: the enrollment is cancelled, not erased.
         *
         * @param enrollmentId the enrollment UUID
         * @param options settings for this call only
         * @return the cancellation result
         */
        default CompletableFuture<RawResponse<EnrollmentCancellation>> delete(
                UUID enrollmentId, RequestOptions options) {
            return cancel(enrollmentId, options);
        }

        /**
         * Like {@link EnrollmentServiceAsync#pause(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @return the response with the new pause state, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<PauseState>> pause(String enrollmentId);

        /**
         * Like {@link EnrollmentServiceAsync#pause(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @return the response with the new pause state, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<PauseState>> pause(UUID enrollmentId);

        /**
         * Like {@link EnrollmentServiceAsync#pause(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param options settings for this call only
         * @return the response with the new pause state, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<PauseState>> pause(String enrollmentId, RequestOptions options);

        /**
         * Like {@link EnrollmentServiceAsync#pause(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param options settings for this call only
         * @return the response with the new pause state, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<PauseState>> pause(UUID enrollmentId, RequestOptions options);

        /**
         * Like {@link EnrollmentServiceAsync#resume(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @return the response with the new pause state, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<PauseState>> resume(String enrollmentId);

        /**
         * Like {@link EnrollmentServiceAsync#resume(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @return the response with the new pause state, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<PauseState>> resume(UUID enrollmentId);

        /**
         * Like {@link EnrollmentServiceAsync#resume(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param options settings for this call only
         * @return the response with the new pause state, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<PauseState>> resume(String enrollmentId, RequestOptions options);

        /**
         * Like {@link EnrollmentServiceAsync#resume(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param options settings for this call only
         * @return the response with the new pause state, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<PauseState>> resume(UUID enrollmentId, RequestOptions options);

        /**
         * Like {@link EnrollmentServiceAsync#approve(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @return the response with the approval result, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<EnrollmentApproval>> approve(String enrollmentId);

        /**
         * Like {@link EnrollmentServiceAsync#approve(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @return the response with the approval result, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<EnrollmentApproval>> approve(UUID enrollmentId);

        /**
         * Like {@link EnrollmentServiceAsync#approve(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param options settings for this call only
         * @return the response with the approval result, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<EnrollmentApproval>> approve(String enrollmentId, RequestOptions options);

        /**
         * Like {@link EnrollmentServiceAsync#approve(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param options settings for this call only
         * @return the response with the approval result, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<EnrollmentApproval>> approve(UUID enrollmentId, RequestOptions options);
    }
}
