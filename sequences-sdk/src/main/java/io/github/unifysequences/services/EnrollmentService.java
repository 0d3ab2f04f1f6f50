package io.github.unifysequences.services;

import io.github.unifysequences.core.ListPage;
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

/**
 * Enrollments: people in sequences. Create, list, read, pause, resume, approve and cancel them, and read their steps.
 *
 * <pre>{@code
 * Enrollment enrollment = client.enrollments().create(EnrollmentCreateParams.builder()
 *         .sequenceId(sequenceId).personId(personId).addMailboxEmail("ava@example.com").build());
 * client.enrollments().pause(enrollment.id());
 * }</pre>
 *
 * <p>Reached through {@code client.enrollments()}. Thread-safe. Every operation has the overloads
 * {@code op(ids)}, {@code op(ids, params)} where it takes params, and one more with {@link RequestOptions}; ids are
 * taken as the {@link java.util.UUID}s the models return ({@code e.id()}) or as strings.
 */
public interface EnrollmentService {

    /**
     * @return Bulk API query jobs over enrollments: export every enrollment matching a filter
     *     ({@code queryJobs().export(params)}), or drive a job's lifecycle yourself
     */
    QueryJobService<SequenceEnrollment, EnrollmentQueryParams> queryJobs();

    /**
     * One person's steps in their enrollment: list them by the enrollment's id. To read or edit one of them by its
     * own id use {@code client.enrollmentSteps()}; for the steps a sequence is made of, {@code client.sequences().steps()}.
     *
     * @return the steps of enrollments
     */
    EnrollmentStepsService steps();

    /**
     * Same as the full overload with default options.
     *
     * @param params who to enroll in which sequence, from which mailboxes
     * @return the new enrollment
     */
    Enrollment create(EnrollmentCreateParams params);

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
     * @param params who to enroll in which sequence, from which mailboxes
     * @param options settings for this call only
     * @return the new enrollment
     * @throws io.github.unifysequences.errors.AlreadyEnrolledException if the person is actively enrolled in a sequence (Unify allows one at a time)
     * @throws io.github.unifysequences.errors.NotFoundException if the sequence or person does not exist
     * @throws io.github.unifysequences.errors.BadRequestException if the request is invalid, for example a mailbox that is not connected
     */
    Enrollment create(EnrollmentCreateParams params, RequestOptions options);

    /**
     * Same as the full overload with default params and options.
     *
     * @return the first page of enrollments
     */
    ListPage<Enrollment, EnrollmentListParams> list();

    /**
     * Same as the full overload with default options.
     *
     * @param params filters (sequence, person, mailbox, play, statuses, updated range) and paging
     * @return the first page of enrollments
     */
    ListPage<Enrollment, EnrollmentListParams> list(EnrollmentListParams params);

    /**
     * Lists enrollments matching the filters, at most 100 per page. For large exports the API recommends a query job.
     *
     * @param params filters (sequence, person, mailbox, play, statuses, updated range) and paging
     * @param options settings for this call only
     * @return the first page of enrollments
     */
    ListPage<Enrollment, EnrollmentListParams> list(EnrollmentListParams params, RequestOptions options);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentId the enrollment UUID
     * @return the enrollment
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    Enrollment retrieve(String enrollmentId);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentId the enrollment UUID
     * @return the enrollment
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    Enrollment retrieve(UUID enrollmentId);

    /**
     * Retrieves an enrollment with its person, mailbox and reply.
     *
     * @param enrollmentId the enrollment UUID
     * @param options settings for this call only
     * @return the enrollment
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such enrollment
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    Enrollment retrieve(String enrollmentId, RequestOptions options);

    /**
     * Retrieves an enrollment with its person, mailbox and reply.
     *
     * @param enrollmentId the enrollment UUID
     * @param options settings for this call only
     * @return the enrollment
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such enrollment
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    Enrollment retrieve(UUID enrollmentId, RequestOptions options);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentId the enrollment UUID
     * @return the cancellation result
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    EnrollmentCancellation cancel(String enrollmentId);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentId the enrollment UUID
     * @return the cancellation result
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    EnrollmentCancellation cancel(UUID enrollmentId);

    /**
     * Cancels an enrollment: its remaining steps do not run. This is the API's {@code DELETE /enrollments/{id}}; the
     * enrollment is not erased and stays listable with {@code isCanceled()} set. Safe to retry.
     *
     * @param enrollmentId the enrollment UUID
     * @param options settings for this call only
     * @return the cancellation result
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such enrollment
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    EnrollmentCancellation cancel(String enrollmentId, RequestOptions options);

    /**
     * Cancels an enrollment: its remaining steps do not run. This is the API's {@code DELETE /enrollments/{id}}; the
     * enrollment is not erased and stays listable with {@code isCanceled()} set. Safe to retry.
     *
     * @param enrollmentId the enrollment UUID
     * @param options settings for this call only
     * @return the cancellation result
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such enrollment
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    EnrollmentCancellation cancel(UUID enrollmentId, RequestOptions options);

    /**
     * Alias of {@link #cancel(String)}, named after the API's {@code DELETE}: the enrollment is cancelled, not erased.
     *
     * @param enrollmentId the enrollment UUID
     * @return the cancellation result
     */
    default EnrollmentCancellation delete(String enrollmentId) {
        return cancel(enrollmentId);
    }

    /**
     * Alias of {@link #cancel(String)}, named after the API's {@code DELETE}: the enrollment is cancelled, not erased.
     *
     * @param enrollmentId the enrollment UUID
     * @return the cancellation result
     */
    default EnrollmentCancellation delete(UUID enrollmentId) {
        return cancel(enrollmentId);
    }

    /**
     * Alias of {@link #cancel(String, RequestOptions)}, named after the API's {@code DELETE}: the enrollment is cancelled, not erased.
     *
     * @param enrollmentId the enrollment UUID
     * @param options settings for this call only
     * @return the cancellation result
     */
    default EnrollmentCancellation delete(String enrollmentId, RequestOptions options) {
        return cancel(enrollmentId, options);
    }

    /**
     * Alias of {@link #cancel(String, RequestOptions)}, named after the API's {@code DELETE}: the enrollment is cancelled, not erased.
     *
     * @param enrollmentId the enrollment UUID
     * @param options settings for this call only
     * @return the cancellation result
     */
    default EnrollmentCancellation delete(UUID enrollmentId, RequestOptions options) {
        return cancel(enrollmentId, options);
    }

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentId the enrollment UUID
     * @return the new pause state
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    PauseState pause(String enrollmentId);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentId the enrollment UUID
     * @return the new pause state
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    PauseState pause(UUID enrollmentId);

    /**
     * Pauses one enrollment. Safe to retry.
     *
     * @param enrollmentId the enrollment UUID
     * @param options settings for this call only
     * @return the new pause state
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such enrollment
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    PauseState pause(String enrollmentId, RequestOptions options);

    /**
     * Pauses one enrollment. Safe to retry.
     *
     * @param enrollmentId the enrollment UUID
     * @param options settings for this call only
     * @return the new pause state
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such enrollment
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    PauseState pause(UUID enrollmentId, RequestOptions options);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentId the enrollment UUID
     * @return the new pause state
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    PauseState resume(String enrollmentId);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentId the enrollment UUID
     * @return the new pause state
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    PauseState resume(UUID enrollmentId);

    /**
     * Resumes a paused enrollment. Safe to retry.
     *
     * @param enrollmentId the enrollment UUID
     * @param options settings for this call only
     * @return the new pause state
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such enrollment
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    PauseState resume(String enrollmentId, RequestOptions options);

    /**
     * Resumes a paused enrollment. Safe to retry.
     *
     * @param enrollmentId the enrollment UUID
     * @param options settings for this call only
     * @return the new pause state
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such enrollment
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    PauseState resume(UUID enrollmentId, RequestOptions options);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentId the enrollment UUID
     * @return the approval result
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    EnrollmentApproval approve(String enrollmentId);

    /**
     * Same as the full overload with default options.
     *
     * @param enrollmentId the enrollment UUID
     * @return the approval result
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    EnrollmentApproval approve(UUID enrollmentId);

    /**
     * Approves a draft enrollment that awaits approval, so it starts. Not idempotent: after an ambiguous failure
     * (timeout after sending, 5xx) the SDK does not send it again but throws, and the caller can check the
     * enrollment's {@code isDraftApprovalPending()}.
     *
     * @param enrollmentId the enrollment UUID
     * @param options settings for this call only
     * @return the approval result
     * @throws io.github.unifysequences.errors.ConflictException if the enrollment is not awaiting approval
     * @throws io.github.unifysequences.errors.BadRequestException if the person opted out or is marked do-not-email
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such enrollment
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    EnrollmentApproval approve(String enrollmentId, RequestOptions options);

    /**
     * Approves a draft enrollment that awaits approval, so it starts. Not idempotent: after an ambiguous failure
     * (timeout after sending, 5xx) the SDK does not send it again but throws, and the caller can check the
     * enrollment's {@code isDraftApprovalPending()}.
     *
     * @param enrollmentId the enrollment UUID
     * @param options settings for this call only
     * @return the approval result
     * @throws io.github.unifysequences.errors.ConflictException if the enrollment is not awaiting approval
     * @throws io.github.unifysequences.errors.BadRequestException if the person opted out or is marked do-not-email
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such enrollment
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    EnrollmentApproval approve(UUID enrollmentId, RequestOptions options);

    /** @return the same operations, answering {@link RawResponse}s with the HTTP status and headers */
    WithRawResponse withRawResponse();

    /** {@link EnrollmentService}'s operations, answering the HTTP status and headers along with the parsed body. */
    interface WithRawResponse {

        /**
         * Like {@link EnrollmentService#create(EnrollmentCreateParams)}, also giving the HTTP status and headers.
         * When the SDK resolved an ambiguous failure by finding the enrollment, the status is 200 with no headers.
         *
         * @param params who to enroll in which sequence, from which mailboxes
         * @return the response with the new enrollment
         */
        RawResponse<Enrollment> create(EnrollmentCreateParams params);

        /**
         * Like {@link EnrollmentService#create(EnrollmentCreateParams, RequestOptions)}, also giving the HTTP status and headers.
         * When the SDK resolved an ambiguous failure by finding the enrollment, the status is 200 with no headers.
         *
         * @param params who to enroll in which sequence, from which mailboxes
         * @param options settings for this call only
         * @return the response with the new enrollment
         */
        RawResponse<Enrollment> create(EnrollmentCreateParams params, RequestOptions options);

        /**
         * Like {@link EnrollmentService#list()}, also giving the HTTP status and headers.
         *
         * @return the response with the first page of enrollments
         */
        RawResponse<ListPage<Enrollment, EnrollmentListParams>> list();

        /**
         * Like {@link EnrollmentService#list(EnrollmentListParams)}, also giving the HTTP status and headers.
         *
         * @param params filters (sequence, person, mailbox, play, statuses, updated range) and paging
         * @return the response with the first page of enrollments
         */
        RawResponse<ListPage<Enrollment, EnrollmentListParams>> list(EnrollmentListParams params);

        /**
         * Like {@link EnrollmentService#list(EnrollmentListParams, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param params filters (sequence, person, mailbox, play, statuses, updated range) and paging
         * @param options settings for this call only
         * @return the response with the first page of enrollments
         */
        RawResponse<ListPage<Enrollment, EnrollmentListParams>> list(
                EnrollmentListParams params, RequestOptions options);

        /**
         * Like {@link EnrollmentService#retrieve(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @return the response with the enrollment
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<Enrollment> retrieve(String enrollmentId);

        /**
         * Like {@link EnrollmentService#retrieve(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @return the response with the enrollment
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<Enrollment> retrieve(UUID enrollmentId);

        /**
         * Like {@link EnrollmentService#retrieve(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param options settings for this call only
         * @return the response with the enrollment
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<Enrollment> retrieve(String enrollmentId, RequestOptions options);

        /**
         * Like {@link EnrollmentService#retrieve(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param options settings for this call only
         * @return the response with the enrollment
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<Enrollment> retrieve(UUID enrollmentId, RequestOptions options);

        /**
         * Like {@link EnrollmentService#cancel(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @return the response with the cancellation result
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<EnrollmentCancellation> cancel(String enrollmentId);

        /**
         * Like {@link EnrollmentService#cancel(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @return the response with the cancellation result
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<EnrollmentCancellation> cancel(UUID enrollmentId);

        /**
         * Like {@link EnrollmentService#cancel(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param options settings for this call only
         * @return the response with the cancellation result
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<EnrollmentCancellation> cancel(String enrollmentId, RequestOptions options);

        /**
         * Like {@link EnrollmentService#cancel(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param options settings for this call only
         * @return the response with the cancellation result
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<EnrollmentCancellation> cancel(UUID enrollmentId, RequestOptions options);

        /**
         * Alias of {@link #cancel(String)}, named after the API's {@code DELETE}: the enrollment is cancelled, not erased.
         *
         * @param enrollmentId the enrollment UUID
         * @return the cancellation result
         */
        default RawResponse<EnrollmentCancellation> delete(String enrollmentId) {
            return cancel(enrollmentId);
        }

        /**
         * Alias of {@link #cancel(String)}, named after the API's {@code DELETE}: the enrollment is cancelled, not erased.
         *
         * @param enrollmentId the enrollment UUID
         * @return the cancellation result
         */
        default RawResponse<EnrollmentCancellation> delete(UUID enrollmentId) {
            return cancel(enrollmentId);
        }

        /**
         * Alias of {@link #cancel(String, RequestOptions)}, named after the API's {@code DELETE}: the enrollment is cancelled, not erased.
         *
         * @param enrollmentId the enrollment UUID
         * @param options settings for this call only
         * @return the cancellation result
         */
        default RawResponse<EnrollmentCancellation> delete(String enrollmentId, RequestOptions options) {
            return cancel(enrollmentId, options);
        }

        /**
         * Alias of {@link #cancel(String, RequestOptions)}, named after the API's {@code DELETE}: the enrollment is cancelled, not erased.
         *
         * @param enrollmentId the enrollment UUID
         * @param options settings for this call only
         * @return the cancellation result
         */
        default RawResponse<EnrollmentCancellation> delete(UUID enrollmentId, RequestOptions options) {
            return cancel(enrollmentId, options);
        }

        /**
         * Like {@link EnrollmentService#pause(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @return the response with the new pause state
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<PauseState> pause(String enrollmentId);

        /**
         * Like {@link EnrollmentService#pause(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @return the response with the new pause state
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<PauseState> pause(UUID enrollmentId);

        /**
         * Like {@link EnrollmentService#pause(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param options settings for this call only
         * @return the response with the new pause state
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<PauseState> pause(String enrollmentId, RequestOptions options);

        /**
         * Like {@link EnrollmentService#pause(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param options settings for this call only
         * @return the response with the new pause state
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<PauseState> pause(UUID enrollmentId, RequestOptions options);

        /**
         * Like {@link EnrollmentService#resume(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @return the response with the new pause state
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<PauseState> resume(String enrollmentId);

        /**
         * Like {@link EnrollmentService#resume(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @return the response with the new pause state
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<PauseState> resume(UUID enrollmentId);

        /**
         * Like {@link EnrollmentService#resume(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param options settings for this call only
         * @return the response with the new pause state
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<PauseState> resume(String enrollmentId, RequestOptions options);

        /**
         * Like {@link EnrollmentService#resume(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param options settings for this call only
         * @return the response with the new pause state
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<PauseState> resume(UUID enrollmentId, RequestOptions options);

        /**
         * Like {@link EnrollmentService#approve(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @return the response with the approval result
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<EnrollmentApproval> approve(String enrollmentId);

        /**
         * Like {@link EnrollmentService#approve(String)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @return the response with the approval result
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<EnrollmentApproval> approve(UUID enrollmentId);

        /**
         * Like {@link EnrollmentService#approve(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param options settings for this call only
         * @return the response with the approval result
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<EnrollmentApproval> approve(String enrollmentId, RequestOptions options);

        /**
         * Like {@link EnrollmentService#approve(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param enrollmentId the enrollment UUID
         * @param options settings for this call only
         * @return the response with the approval result
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<EnrollmentApproval> approve(UUID enrollmentId, RequestOptions options);
    }
}
