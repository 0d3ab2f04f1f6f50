package io.github.unifysequences.services;

import io.github.unifysequences.core.ListPage;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.models.PageParams;
import io.github.unifysequences.models.PauseState;
import io.github.unifysequences.models.Sequence;
import io.github.unifysequences.models.SequenceDeletion;
import java.util.UUID;

/**
 * The sequences of the workspace: list them, read one, pause or resume one, delete one, and read their steps.
 *
 * <pre>{@code
 * Sequence sequence = client.sequences().retrieve(sequenceId);
 * if (!sequence.isPaused()) {
 *     client.sequences().pause(sequenceId);
 * }
 * }</pre>
 *
 * <p>Reached through {@code client.sequences()}. Thread-safe. Every operation has the overloads
 * {@code op(ids)}, {@code op(ids, params)} where it takes params, and one more with {@link RequestOptions}; ids are
 * taken as the {@link java.util.UUID}s the models return ({@code e.id()}) or as strings.
 */
public interface SequenceService {

    /**
     * The steps a sequence is made of: its template, the same for everyone enrolled. For one person's progress
     * through them use {@code client.enrollments().steps()}; for one such step by its own id,
     * {@code client.enrollmentSteps()}.
     *
     * @return the steps of sequences
     */
    SequenceStepService steps();

    /**
     * Same as the full overload with default params and options.
     *
     * @return the first page (or the page at the params' cursor)
     */
    ListPage<Sequence, PageParams> list();

    /**
     * Same as the full overload with default options.
     *
     * @param params paging: page size and a cursor to resume from
     * @return the first page (or the page at the params' cursor)
     */
    ListPage<Sequence, PageParams> list(PageParams params);

    /**
     * Lists the sequences of the workspace, one page at a time. Follow {@code nextPage()} or iterate {@code autoPager()} for the rest.
     *
     * @param params paging: page size and a cursor to resume from
     * @param options settings for this call only
     * @return the first page (or the page at the params' cursor)
     */
    ListPage<Sequence, PageParams> list(PageParams params, RequestOptions options);

    /**
     * Same as the full overload with default options.
     *
     * @param sequenceId the sequence UUID
     * @return the sequence
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    Sequence retrieve(String sequenceId);

    /**
     * Same as the full overload with default options.
     *
     * @param sequenceId the sequence UUID
     * @return the sequence
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    Sequence retrieve(UUID sequenceId);

    /**
     * Retrieves a sequence with its owner, send schedule and ruleset.
     *
     * @param sequenceId the sequence UUID
     * @param options settings for this call only
     * @return the sequence
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such sequence
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    Sequence retrieve(String sequenceId, RequestOptions options);

    /**
     * Retrieves a sequence with its owner, send schedule and ruleset.
     *
     * @param sequenceId the sequence UUID
     * @param options settings for this call only
     * @return the sequence
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such sequence
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    Sequence retrieve(UUID sequenceId, RequestOptions options);

    /**
     * Same as the full overload with default options.
     *
     * @param sequenceId the sequence UUID
     * @return the deletion result
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    SequenceDeletion delete(String sequenceId);

    /**
     * Same as the full overload with default options.
     *
     * @param sequenceId the sequence UUID
     * @return the deletion result
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    SequenceDeletion delete(UUID sequenceId);

    /**
     * Deletes a sequence. Safe to retry, so the SDK retries it like a read.
     *
     * @param sequenceId the sequence UUID
     * @param options settings for this call only
     * @return the deletion result
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such sequence
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    SequenceDeletion delete(String sequenceId, RequestOptions options);

    /**
     * Deletes a sequence. Safe to retry, so the SDK retries it like a read.
     *
     * @param sequenceId the sequence UUID
     * @param options settings for this call only
     * @return the deletion result
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such sequence
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    SequenceDeletion delete(UUID sequenceId, RequestOptions options);

    /**
     * Same as the full overload with default options.
     *
     * @param sequenceId the sequence UUID
     * @return the new pause state
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    PauseState pause(String sequenceId);

    /**
     * Same as the full overload with default options.
     *
     * @param sequenceId the sequence UUID
     * @return the new pause state
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    PauseState pause(UUID sequenceId);

    /**
     * Pauses a sequence: none of its enrollments advance until it is resumed. Pausing a paused sequence is harmless, so the SDK retries it.
     *
     * @param sequenceId the sequence UUID
     * @param options settings for this call only
     * @return the new pause state
     * @throws io.github.unifysequences.errors.StateConflictException if a concurrent update changed the sequence; {@code currentIsPaused()} tells its state now
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such sequence
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    PauseState pause(String sequenceId, RequestOptions options);

    /**
     * Pauses a sequence: none of its enrollments advance until it is resumed. Pausing a paused sequence is harmless, so the SDK retries it.
     *
     * @param sequenceId the sequence UUID
     * @param options settings for this call only
     * @return the new pause state
     * @throws io.github.unifysequences.errors.StateConflictException if a concurrent update changed the sequence; {@code currentIsPaused()} tells its state now
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such sequence
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    PauseState pause(UUID sequenceId, RequestOptions options);

    /**
     * Same as the full overload with default options.
     *
     * @param sequenceId the sequence UUID
     * @return the resumed sequence
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    Sequence resume(String sequenceId);

    /**
     * Same as the full overload with default options.
     *
     * @param sequenceId the sequence UUID
     * @return the resumed sequence
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    Sequence resume(UUID sequenceId);

    /**
     * Resumes a paused sequence. Unlike {@link #pause(String)}, the answer is the whole sequence.
     *
     * @param sequenceId the sequence UUID
     * @param options settings for this call only
     * @return the resumed sequence
     * @throws io.github.unifysequences.errors.StateConflictException if a concurrent update changed the sequence
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such sequence
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    Sequence resume(String sequenceId, RequestOptions options);

    /**
     * Resumes a paused sequence. Unlike {@link #pause(String)}, the answer is the whole sequence.
     *
     * @param sequenceId the sequence UUID
     * @param options settings for this call only
     * @return the resumed sequence
     * @throws io.github.unifysequences.errors.StateConflictException if a concurrent update changed the sequence
     * @throws io.github.unifysequences.errors.NotFoundException if there is no such sequence
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    Sequence resume(UUID sequenceId, RequestOptions options);

    /** @return the same operations, answering {@link RawResponse}s with the HTTP status and headers */
    WithRawResponse withRawResponse();

    /** {@link SequenceService}'s operations, answering the HTTP status and headers along with the parsed body. */
    interface WithRawResponse {

        /**
         * Like {@link SequenceService#list()}, also giving the HTTP status and headers.
         *
         * @return the response with the first page (or the page at the params' cursor)
         */
        RawResponse<ListPage<Sequence, PageParams>> list();

        /**
         * Like {@link SequenceService#list(PageParams)}, also giving the HTTP status and headers.
         *
         * @param params paging: page size and a cursor to resume from
         * @return the response with the first page (or the page at the params' cursor)
         */
        RawResponse<ListPage<Sequence, PageParams>> list(PageParams params);

        /**
         * Like {@link SequenceService#list(PageParams, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param params paging: page size and a cursor to resume from
         * @param options settings for this call only
         * @return the response with the first page (or the page at the params' cursor)
         */
        RawResponse<ListPage<Sequence, PageParams>> list(PageParams params, RequestOptions options);

        /**
         * Like {@link SequenceService#retrieve(String)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @return the response with the sequence
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<Sequence> retrieve(String sequenceId);

        /**
         * Like {@link SequenceService#retrieve(String)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @return the response with the sequence
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<Sequence> retrieve(UUID sequenceId);

        /**
         * Like {@link SequenceService#retrieve(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param options settings for this call only
         * @return the response with the sequence
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<Sequence> retrieve(String sequenceId, RequestOptions options);

        /**
         * Like {@link SequenceService#retrieve(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param options settings for this call only
         * @return the response with the sequence
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<Sequence> retrieve(UUID sequenceId, RequestOptions options);

        /**
         * Like {@link SequenceService#delete(String)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @return the response with the deletion result
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<SequenceDeletion> delete(String sequenceId);

        /**
         * Like {@link SequenceService#delete(String)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @return the response with the deletion result
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<SequenceDeletion> delete(UUID sequenceId);

        /**
         * Like {@link SequenceService#delete(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param options settings for this call only
         * @return the response with the deletion result
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<SequenceDeletion> delete(String sequenceId, RequestOptions options);

        /**
         * Like {@link SequenceService#delete(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param options settings for this call only
         * @return the response with the deletion result
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<SequenceDeletion> delete(UUID sequenceId, RequestOptions options);

        /**
         * Like {@link SequenceService#pause(String)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @return the response with the new pause state
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<PauseState> pause(String sequenceId);

        /**
         * Like {@link SequenceService#pause(String)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @return the response with the new pause state
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<PauseState> pause(UUID sequenceId);

        /**
         * Like {@link SequenceService#pause(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param options settings for this call only
         * @return the response with the new pause state
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<PauseState> pause(String sequenceId, RequestOptions options);

        /**
         * Like {@link SequenceService#pause(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param options settings for this call only
         * @return the response with the new pause state
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<PauseState> pause(UUID sequenceId, RequestOptions options);

        /**
         * Like {@link SequenceService#resume(String)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @return the response with the resumed sequence
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<Sequence> resume(String sequenceId);

        /**
         * Like {@link SequenceService#resume(String)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @return the response with the resumed sequence
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<Sequence> resume(UUID sequenceId);

        /**
         * Like {@link SequenceService#resume(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param options settings for this call only
         * @return the response with the resumed sequence
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<Sequence> resume(String sequenceId, RequestOptions options);

        /**
         * Like {@link SequenceService#resume(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param options settings for this call only
         * @return the response with the resumed sequence
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        RawResponse<Sequence> resume(UUID sequenceId, RequestOptions options);
    }
}
