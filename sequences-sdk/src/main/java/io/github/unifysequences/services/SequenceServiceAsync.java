package io.github.unifysequences.services;

import io.github.unifysequences.core.AsyncListPage;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.models.PageParams;
import io.github.unifysequences.models.PauseState;
import io.github.unifysequences.models.Sequence;
import io.github.unifysequences.models.SequenceDeletion;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The sequences of the workspace: list them, read one, pause or resume one, delete one, and read their steps.
 *
 * <p>The non-blocking twin of {@link SequenceService}, reached through {@code asyncClient.sequences()} on
 * {@code UnifySequencesClientAsync}. Thread-safe.
 */
public interface SequenceServiceAsync {

    /**
     * See {@link SequenceService#steps()} for which steps entry point to use when.
     *
     * @return the steps of sequences
     */
    SequenceStepServiceAsync steps();

    /**
     * Same as the full overload with default params and options.
     *
     * @return the first page (or the page at the params' cursor), when it arrives
     */
    CompletableFuture<AsyncListPage<Sequence, PageParams>> list();

    /**
     * Same as the full overload with default options.
     *
     * @param params paging: page size and a cursor to resume from
     * @return the first page (or the page at the params' cursor), when it arrives
     */
    CompletableFuture<AsyncListPage<Sequence, PageParams>> list(PageParams params);

    /**
     * Lists the sequences of the workspace, one page at a time. Follow {@code nextPage()} or iterate {@code autoPager()} for the rest.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param params paging: page size and a cursor to resume from
     * @param options settings for this call only
     * @return the first page (or the page at the params' cursor), when it arrives
     */
    CompletableFuture<AsyncListPage<Sequence, PageParams>> list(PageParams params, RequestOptions options);

    /**
     * Same as the full overload with default options.
     *
     * @param sequenceId the sequence UUID
     * @return the sequence, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<Sequence> retrieve(String sequenceId);

    /**
     * Same as the full overload with default options.
     *
     * @param sequenceId the sequence UUID
     * @return the sequence, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<Sequence> retrieve(UUID sequenceId);

    /**
     * Retrieves a sequence with its owner, send schedule and ruleset.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param sequenceId the sequence UUID
     * @param options settings for this call only
     * @return the sequence, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<Sequence> retrieve(String sequenceId, RequestOptions options);

    /**
     * Retrieves a sequence with its owner, send schedule and ruleset.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param sequenceId the sequence UUID
     * @param options settings for this call only
     * @return the sequence, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<Sequence> retrieve(UUID sequenceId, RequestOptions options);

    /**
     * Same as the full overload with default options.
     *
     * @param sequenceId the sequence UUID
     * @return the deletion result, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<SequenceDeletion> delete(String sequenceId);

    /**
     * Same as the full overload with default options.
     *
     * @param sequenceId the sequence UUID
     * @return the deletion result, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<SequenceDeletion> delete(UUID sequenceId);

    /**
     * Deletes a sequence. Safe to retry, so the SDK retries it like a read.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param sequenceId the sequence UUID
     * @param options settings for this call only
     * @return the deletion result, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<SequenceDeletion> delete(String sequenceId, RequestOptions options);

    /**
     * Deletes a sequence. Safe to retry, so the SDK retries it like a read.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param sequenceId the sequence UUID
     * @param options settings for this call only
     * @return the deletion result, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<SequenceDeletion> delete(UUID sequenceId, RequestOptions options);

    /**
     * Same as the full overload with default options.
     *
     * @param sequenceId the sequence UUID
     * @return the new pause state, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<PauseState> pause(String sequenceId);

    /**
     * Same as the full overload with default options.
     *
     * @param sequenceId the sequence UUID
     * @return the new pause state, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<PauseState> pause(UUID sequenceId);

    /**
     * Pauses a sequence: none of its enrollments advance until it is resumed. Pausing a paused sequence is harmless, so the SDK retries it.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param sequenceId the sequence UUID
     * @param options settings for this call only
     * @return the new pause state, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<PauseState> pause(String sequenceId, RequestOptions options);

    /**
     * Pauses a sequence: none of its enrollments advance until it is resumed. Pausing a paused sequence is harmless, so the SDK retries it.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param sequenceId the sequence UUID
     * @param options settings for this call only
     * @return the new pause state, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<PauseState> pause(UUID sequenceId, RequestOptions options);

    /**
     * Same as the full overload with default options.
     *
     * @param sequenceId the sequence UUID
     * @return the resumed sequence, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<Sequence> resume(String sequenceId);

    /**
     * Same as the full overload with default options.
     *
     * @param sequenceId the sequence UUID
     * @return the resumed sequence, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<Sequence> resume(UUID sequenceId);

    /**
     * Resumes a paused sequence. Unlike {@link #pause(String)}, the answer is the whole sequence.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param sequenceId the sequence UUID
     * @param options settings for this call only
     * @return the resumed sequence, when it arrives
     * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
     */
    CompletableFuture<Sequence> resume(String sequenceId, RequestOptions options);

    /**
     * Resumes a paused sequence. Unlike {@link #pause(String)}, the answer is the whole sequence.
     *
     * <p>Never blocks: the future completes when the call (with its retries) is done, or exceptionally with the
     * exceptions the blocking client would throw. Invalid arguments throw at once.
     *
     * @param sequenceId the sequence UUID
     * @param options settings for this call only
     * @return the resumed sequence, when it arrives
     * @throws IllegalArgumentException if an id is null (nothing is sent)
     */
    CompletableFuture<Sequence> resume(UUID sequenceId, RequestOptions options);

    /** @return the same operations, answering {@link RawResponse}s with the HTTP status and headers */
    WithRawResponse withRawResponse();

    /** {@link SequenceServiceAsync}'s operations, answering the HTTP status and headers along with the parsed body. */
    interface WithRawResponse {

        /**
         * Like {@link SequenceServiceAsync#list()}, also giving the HTTP status and headers.
         *
         * @return the response with the first page (or the page at the params' cursor), when it arrives
         */
        CompletableFuture<RawResponse<AsyncListPage<Sequence, PageParams>>> list();

        /**
         * Like {@link SequenceServiceAsync#list(PageParams)}, also giving the HTTP status and headers.
         *
         * @param params paging: page size and a cursor to resume from
         * @return the response with the first page (or the page at the params' cursor), when it arrives
         */
        CompletableFuture<RawResponse<AsyncListPage<Sequence, PageParams>>> list(PageParams params);

        /**
         * Like {@link SequenceServiceAsync#list(PageParams, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param params paging: page size and a cursor to resume from
         * @param options settings for this call only
         * @return the response with the first page (or the page at the params' cursor), when it arrives
         */
        CompletableFuture<RawResponse<AsyncListPage<Sequence, PageParams>>> list(
                PageParams params, RequestOptions options);

        /**
         * Like {@link SequenceServiceAsync#retrieve(String)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @return the response with the sequence, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<Sequence>> retrieve(String sequenceId);

        /**
         * Like {@link SequenceServiceAsync#retrieve(String)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @return the response with the sequence, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<Sequence>> retrieve(UUID sequenceId);

        /**
         * Like {@link SequenceServiceAsync#retrieve(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param options settings for this call only
         * @return the response with the sequence, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<Sequence>> retrieve(String sequenceId, RequestOptions options);

        /**
         * Like {@link SequenceServiceAsync#retrieve(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param options settings for this call only
         * @return the response with the sequence, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<Sequence>> retrieve(UUID sequenceId, RequestOptions options);

        /**
         * Like {@link SequenceServiceAsync#delete(String)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @return the response with the deletion result, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<SequenceDeletion>> delete(String sequenceId);

        /**
         * Like {@link SequenceServiceAsync#delete(String)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @return the response with the deletion result, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<SequenceDeletion>> delete(UUID sequenceId);

        /**
         * Like {@link SequenceServiceAsync#delete(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param options settings for this call only
         * @return the response with the deletion result, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<SequenceDeletion>> delete(String sequenceId, RequestOptions options);

        /**
         * Like {@link SequenceServiceAsync#delete(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param options settings for this call only
         * @return the response with the deletion result, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<SequenceDeletion>> delete(UUID sequenceId, RequestOptions options);

        /**
         * Like {@link SequenceServiceAsync#pause(String)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @return the response with the new pause state, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<PauseState>> pause(String sequenceId);

        /**
         * Like {@link SequenceServiceAsync#pause(String)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @return the response with the new pause state, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<PauseState>> pause(UUID sequenceId);

        /**
         * Like {@link SequenceServiceAsync#pause(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param options settings for this call only
         * @return the response with the new pause state, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<PauseState>> pause(String sequenceId, RequestOptions options);

        /**
         * Like {@link SequenceServiceAsync#pause(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param options settings for this call only
         * @return the response with the new pause state, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<PauseState>> pause(UUID sequenceId, RequestOptions options);

        /**
         * Like {@link SequenceServiceAsync#resume(String)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @return the response with the resumed sequence, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<Sequence>> resume(String sequenceId);

        /**
         * Like {@link SequenceServiceAsync#resume(String)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @return the response with the resumed sequence, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<Sequence>> resume(UUID sequenceId);

        /**
         * Like {@link SequenceServiceAsync#resume(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param options settings for this call only
         * @return the response with the resumed sequence, when it arrives
         * @throws IllegalArgumentException if an id is not a UUID (nothing is sent)
         */
        CompletableFuture<RawResponse<Sequence>> resume(String sequenceId, RequestOptions options);

        /**
         * Like {@link SequenceServiceAsync#resume(String, RequestOptions)}, also giving the HTTP status and headers.
         *
         * @param sequenceId the sequence UUID
         * @param options settings for this call only
         * @return the response with the resumed sequence, when it arrives
         * @throws IllegalArgumentException if an id is null (nothing is sent)
         */
        CompletableFuture<RawResponse<Sequence>> resume(UUID sequenceId, RequestOptions options);
    }
}
