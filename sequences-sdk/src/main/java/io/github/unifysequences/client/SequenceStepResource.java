package io.github.unifysequences.client;

import io.github.unifysequences.core.AsyncListPage;
import io.github.unifysequences.core.ListPage;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.models.SequenceStep;
import io.github.unifysequences.models.SequenceStepListParams;
import io.github.unifysequences.services.SequenceStepService;
import io.github.unifysequences.services.SequenceStepServiceAsync;
import java.util.concurrent.CompletableFuture;

/** The {@code client.sequences().steps()} operations in their four faces (blocking, async, and their raw views), each a thin view over {@link Endpoints}. */
final class SequenceStepResource {

    private SequenceStepResource() {
    }

    static final class Blocking implements SequenceStepService {
        private final Endpoints endpoints;

        Blocking(Endpoints endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public SequenceStepService.WithRawResponse withRawResponse() {
            return new Raw(endpoints);
        }

        @Override
        public ListPage<SequenceStep, SequenceStepListParams> list(String sequenceId, SequenceStepListParams params, RequestOptions options) {
            return endpoints.listSequenceSteps(sequenceId, params, options).get();
        }

        @Override
        public SequenceStep retrieve(String sequenceId, String stepId, RequestOptions options) {
            return endpoints.retrieveSequenceStep(sequenceId, stepId, options).get();
        }
    }

    static final class Raw implements SequenceStepService.WithRawResponse {
        private final Endpoints endpoints;

        Raw(Endpoints endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public RawResponse<ListPage<SequenceStep, SequenceStepListParams>> list(String sequenceId, SequenceStepListParams params, RequestOptions options) {
            return endpoints.listSequenceSteps(sequenceId, params, options).raw();
        }

        @Override
        public RawResponse<SequenceStep> retrieve(String sequenceId, String stepId, RequestOptions options) {
            return endpoints.retrieveSequenceStep(sequenceId, stepId, options).raw();
        }
    }

    static final class Async implements SequenceStepServiceAsync {
        private final Endpoints endpoints;

        Async(Endpoints endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public SequenceStepServiceAsync.WithRawResponse withRawResponse() {
            return new AsyncRaw(endpoints);
        }

        @Override
        public CompletableFuture<AsyncListPage<SequenceStep, SequenceStepListParams>> list(String sequenceId, SequenceStepListParams params, RequestOptions options) {
            return endpoints.listSequenceSteps(sequenceId, params, options).getAsync().thenApply(AsyncListPage::of);
        }

        @Override
        public CompletableFuture<SequenceStep> retrieve(String sequenceId, String stepId, RequestOptions options) {
            return endpoints.retrieveSequenceStep(sequenceId, stepId, options).getAsync();
        }
    }

    static final class AsyncRaw implements SequenceStepServiceAsync.WithRawResponse {
        private final Endpoints endpoints;

        AsyncRaw(Endpoints endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public CompletableFuture<RawResponse<AsyncListPage<SequenceStep, SequenceStepListParams>>> list(String sequenceId, SequenceStepListParams params, RequestOptions options) {
            return endpoints.listSequenceSteps(sequenceId, params, options).execute(true).thenApply(Endpoints::asyncPage);
        }

        @Override
        public CompletableFuture<RawResponse<SequenceStep>> retrieve(String sequenceId, String stepId, RequestOptions options) {
            return endpoints.retrieveSequenceStep(sequenceId, stepId, options).execute(true);
        }
    }
}
