package io.github.unifysequences.client;

import io.github.unifysequences.core.AsyncListPage;
import io.github.unifysequences.core.ListPage;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.models.PageParams;
import io.github.unifysequences.models.PauseState;
import io.github.unifysequences.models.Sequence;
import io.github.unifysequences.models.SequenceDeletion;
import io.github.unifysequences.services.SequenceService;
import io.github.unifysequences.services.SequenceServiceAsync;
import io.github.unifysequences.services.SequenceStepService;
import io.github.unifysequences.services.SequenceStepServiceAsync;
import java.util.concurrent.CompletableFuture;

/** The {@code client.sequences()} operations in their four faces (blocking, async, and their raw views), each a thin view over {@link Endpoints}. */
final class SequenceResource {

    private SequenceResource() {
    }

    static final class Blocking implements SequenceService {
        private final Endpoints endpoints;

        Blocking(Endpoints endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public SequenceStepService steps() {
            return new SequenceStepResource.Blocking(endpoints);
        }

        @Override
        public SequenceService.WithRawResponse withRawResponse() {
            return new Raw(endpoints);
        }

        @Override
        public ListPage<Sequence, PageParams> list(PageParams params, RequestOptions options) {
            return endpoints.listSequences(params, options).get();
        }

        @Override
        public Sequence retrieve(String sequenceId, RequestOptions options) {
            return endpoints.retrieveSequence(sequenceId, options).get();
        }

        @Override
        public SequenceDeletion delete(String sequenceId, RequestOptions options) {
            return endpoints.deleteSequence(sequenceId, options).get();
        }

        @Override
        public PauseState pause(String sequenceId, RequestOptions options) {
            return endpoints.pauseSequence(sequenceId, options).get();
        }

        @Override
        public Sequence resume(String sequenceId, RequestOptions options) {
            return endpoints.resumeSequence(sequenceId, options).get();
        }
    }

    static final class Raw implements SequenceService.WithRawResponse {
        private final Endpoints endpoints;

        Raw(Endpoints endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public RawResponse<ListPage<Sequence, PageParams>> list(PageParams params, RequestOptions options) {
            return endpoints.listSequences(params, options).raw();
        }

        @Override
        public RawResponse<Sequence> retrieve(String sequenceId, RequestOptions options) {
            return endpoints.retrieveSequence(sequenceId, options).raw();
        }

        @Override
        public RawResponse<SequenceDeletion> delete(String sequenceId, RequestOptions options) {
            return endpoints.deleteSequence(sequenceId, options).raw();
        }

        @Override
        public RawResponse<PauseState> pause(String sequenceId, RequestOptions options) {
            return endpoints.pauseSequence(sequenceId, options).raw();
        }

        @Override
        public RawResponse<Sequence> resume(String sequenceId, RequestOptions options) {
            return endpoints.resumeSequence(sequenceId, options).raw();
        }
    }

    static final class Async implements SequenceServiceAsync {
        private final Endpoints endpoints;

        Async(Endpoints endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public SequenceStepServiceAsync steps() {
            return new SequenceStepResource.Async(endpoints);
        }

        @Override
        public SequenceServiceAsync.WithRawResponse withRawResponse() {
            return new AsyncRaw(endpoints);
        }

        @Override
        public CompletableFuture<AsyncListPage<Sequence, PageParams>> list(PageParams params, RequestOptions options) {
            return endpoints.listSequences(params, options).getAsync().thenApply(AsyncListPage::of);
        }

        @Override
        public CompletableFuture<Sequence> retrieve(String sequenceId, RequestOptions options) {
            return endpoints.retrieveSequence(sequenceId, options).getAsync();
        }

        @Override
        public CompletableFuture<SequenceDeletion> delete(String sequenceId, RequestOptions options) {
            return endpoints.deleteSequence(sequenceId, options).getAsync();
        }

        @Override
        public CompletableFuture<PauseState> pause(String sequenceId, RequestOptions options) {
            return endpoints.pauseSequence(sequenceId, options).getAsync();
        }

        @Override
        public CompletableFuture<Sequence> resume(String sequenceId, RequestOptions options) {
            return endpoints.resumeSequence(sequenceId, options).getAsync();
        }
    }

    static final class AsyncRaw implements SequenceServiceAsync.WithRawResponse {
        private final Endpoints endpoints;

        AsyncRaw(Endpoints endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public CompletableFuture<RawResponse<AsyncListPage<Sequence, PageParams>>> list(PageParams params, RequestOptions options) {
            return endpoints.listSequences(params, options).execute(true).thenApply(Endpoints::asyncPage);
        }

        @Override
        public CompletableFuture<RawResponse<Sequence>> retrieve(String sequenceId, RequestOptions options) {
            return endpoints.retrieveSequence(sequenceId, options).execute(true);
        }

        @Override
        public CompletableFuture<RawResponse<SequenceDeletion>> delete(String sequenceId, RequestOptions options) {
            return endpoints.deleteSequence(sequenceId, options).execute(true);
        }

        @Override
        public CompletableFuture<RawResponse<PauseState>> pause(String sequenceId, RequestOptions options) {
            return endpoints.pauseSequence(sequenceId, options).execute(true);
        }

        @Override
        public CompletableFuture<RawResponse<Sequence>> resume(String sequenceId, RequestOptions options) {
            return endpoints.resumeSequence(sequenceId, options).execute(true);
        }
    }
}
