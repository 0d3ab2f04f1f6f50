package io.github.unifysequences.client;

import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.models.EnrollmentStep;
import io.github.unifysequences.models.EnrollmentStepQueryParams;
import io.github.unifysequences.models.EnrollmentStepUpdateParams;
import io.github.unifysequences.models.SequenceEnrollmentStep;
import io.github.unifysequences.services.EnrollmentStepService;
import io.github.unifysequences.services.EnrollmentStepServiceAsync;
import io.github.unifysequences.services.QueryJobService;
import io.github.unifysequences.services.QueryJobServiceAsync;
import java.util.concurrent.CompletableFuture;

/** The {@code client.enrollmentSteps()} operations in their four faces (blocking, async, and their raw views), each a thin view over {@link Endpoints}. */
final class EnrollmentStepResource {

    private EnrollmentStepResource() {
    }

    static final class Blocking implements EnrollmentStepService {
        private final Endpoints endpoints;

        Blocking(Endpoints endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public QueryJobService<SequenceEnrollmentStep, EnrollmentStepQueryParams> queryJobs() {
            return new QueryJobResource.Blocking<>(new QueryJobEndpoints<>(endpoints, QueryJobEndpoints.STEPS));
        }

        @Override
        public EnrollmentStepService.WithRawResponse withRawResponse() {
            return new Raw(endpoints);
        }

        @Override
        public EnrollmentStep retrieve(String enrollmentStepId, RequestOptions options) {
            return endpoints.retrieveEnrollmentStep(enrollmentStepId, options).get();
        }

        @Override
        public EnrollmentStep update(String enrollmentStepId, EnrollmentStepUpdateParams params, RequestOptions options) {
            return endpoints.updateEnrollmentStep(enrollmentStepId, params, options).get();
        }
    }

    static final class Raw implements EnrollmentStepService.WithRawResponse {
        private final Endpoints endpoints;

        Raw(Endpoints endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public RawResponse<EnrollmentStep> retrieve(String enrollmentStepId, RequestOptions options) {
            return endpoints.retrieveEnrollmentStep(enrollmentStepId, options).raw();
        }

        @Override
        public RawResponse<EnrollmentStep> update(String enrollmentStepId, EnrollmentStepUpdateParams params, RequestOptions options) {
            return endpoints.updateEnrollmentStep(enrollmentStepId, params, options).raw();
        }
    }

    static final class Async implements EnrollmentStepServiceAsync {
        private final Endpoints endpoints;

        Async(Endpoints endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public QueryJobServiceAsync<SequenceEnrollmentStep, EnrollmentStepQueryParams> queryJobs() {
            return new QueryJobResource.Async<>(new QueryJobEndpoints<>(endpoints, QueryJobEndpoints.STEPS));
        }

        @Override
        public EnrollmentStepServiceAsync.WithRawResponse withRawResponse() {
            return new AsyncRaw(endpoints);
        }

        @Override
        public CompletableFuture<EnrollmentStep> retrieve(String enrollmentStepId, RequestOptions options) {
            return endpoints.retrieveEnrollmentStep(enrollmentStepId, options).getAsync();
        }

        @Override
        public CompletableFuture<EnrollmentStep> update(String enrollmentStepId, EnrollmentStepUpdateParams params, RequestOptions options) {
            return endpoints.updateEnrollmentStep(enrollmentStepId, params, options).getAsync();
        }
    }

    static final class AsyncRaw implements EnrollmentStepServiceAsync.WithRawResponse {
        private final Endpoints endpoints;

        AsyncRaw(Endpoints endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public CompletableFuture<RawResponse<EnrollmentStep>> retrieve(String enrollmentStepId, RequestOptions options) {
            return endpoints.retrieveEnrollmentStep(enrollmentStepId, options).execute(true);
        }

        @Override
        public CompletableFuture<RawResponse<EnrollmentStep>> update(String enrollmentStepId, EnrollmentStepUpdateParams params, RequestOptions options) {
            return endpoints.updateEnrollmentStep(enrollmentStepId, params, options).execute(true);
        }
    }
}
