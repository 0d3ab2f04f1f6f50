package io.github.unifysequences.services;

import io.github.unifysequences.core.ListPage;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.models.PageParams;
import io.github.unifysequences.models.PauseState;
import io.github.unifysequences.models.Sequence;
import io.github.unifysequences.models.SequenceDeletion;

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
 * {@code op(ids)}, {@code op(ids, params)} where it takes params, and one more with {@link RequestOptions}.
 */
public interface SequenceService {

    /** @return the steps of sequences */
    SequenceStepService steps();

    /**
     * Same as the full overload with default params and options.
     *
     * @return the first page (or the page at the params' cursor)
     */
    default ListPage<Sequence, PageParams> list() {
        return list(PageParams.none());
    }

    /**
     * Same as the full overload with default options.
     *
     * @param params paging: page size and a cursor to resume from
     * @return the first page (or the page at the params' cursor)
     */
    default ListPage<Sequence, PageParams> list(PageParams params) {
        return list(params, RequestOptions.none());
    }

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
    default Sequence retrieve(String sequenceId) {
        return retrieve(sequenceId, RequestOptions.none());
    }

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
     * Same as the full overload with default options.
     *
     * @param sequenceId the sequence UUID
     * @return the deletion result
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    default SequenceDeletion delete(String sequenceId) {
        return delete(sequenceId, RequestOptions.none());
    }

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
     * Same as the full overload with default options.
     *
     * @param sequenceId the sequence UUID
     * @return the new pause state
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    default PauseState pause(String sequenceId) {
        return pause(sequenceId, RequestOptions.none());
    }

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
     * Same as the full overload with default options.
     *
     * @param sequenceId the sequence UUID
     * @return the resumed sequence
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    default Sequence resume(String sequenceId) {
        return resume(sequenceId, RequestOptions.none());
    }

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

    /** @return the same operations, answering {@link RawResponse}s with the HTTP status and headers */
    WithRawResponse withRawResponse();

    /** {@link SequenceService}'s operations, answering the HTTP status and headers along with the parsed body. */
    interface WithRawResponse {

        /**
         * Like {@link SequenceService#list()}, also giving the HTTP status and headers.
         *
         * @return the response with the first page (or the page at the params' cursor)
         */
        default RawResponse<ListPage<Sequence, PageParams>> list() {
            return list(PageParams.none());
        }

        /**
         * Like {@link SequenceService#list(PageParams)}, also giving the HTTP status and headers.
         *
         * @param params paging: page size and a cursor to resume from
         * @return the response with the first page (or the page at the params' cursor)
         */
        default RawResponse<ListPage<Sequence, PageParams>> list(PageParams params) {
            return list(params, RequestOptions.none());
        }

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
        default RawResponse<Sequence> retrieve(String sequenceId) {
            return retrieve(sequenceId, RequestOptions.none());
        }

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
         * Like {@link SequenceService#delete(String)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @return the response with the deletion result
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        default RawResponse<SequenceDeletion> delete(String sequenceId) {
            return delete(sequenceId, RequestOptions.none());
        }

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
         * Like {@link SequenceService#pause(String)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @return the response with the new pause state
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        default RawResponse<PauseState> pause(String sequenceId) {
            return pause(sequenceId, RequestOptions.none());
        }

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
         * Like {@link SequenceService#resume(String)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @return the response with the resumed sequence
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        default RawResponse<Sequence> resume(String sequenceId) {
            return resume(sequenceId, RequestOptions.none());
        }

        /**
         * Like {@link SequenceService#resume(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param options settings for this call only
         * @return the response with the resumed sequence
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        RawResponse<Sequence> resume(String sequenceId, RequestOptions options);
    }
}
