package io.github.unifysequences.client;

import io.github.unifysequences.core.AsyncListPage;
import io.github.unifysequences.core.ListPage;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.models.EnrollmentStep;
import io.github.unifysequences.models.PageParams;
import io.github.unifysequences.services.EnrollmentStepsService;
import io.github.unifysequences.services.EnrollmentStepsServiceAsync;
import java.util.concurrent.CompletableFuture;

/** The {@code client.enrollments().steps()} operations in their four faces (blocking, async, and their raw views), each a thin view over {@link Endpoints}. */
final class EnrollmentStepsResource {

    private EnrollmentStepsResource() {
    }

    static final class Blocking implements EnrollmentStepsService {
        private final Endpoints endpoints;

        Blocking(Endpoints endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public EnrollmentStepsService.WithRawResponse withRawResponse() {
            return new Raw(endpoints);
        }

        @Override
        public ListPage<EnrollmentStep, PageParams> list(String enrollmentId, PageParams params, RequestOptions options) {
            return endpoints.listEnrollmentSteps(enrollmentId, params, options).get();
        }
    }

    static final class Raw implements EnrollmentStepsService.WithRawResponse {
        private final Endpoints endpoints;

        Raw(Endpoints endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public RawResponse<ListPage<EnrollmentStep, PageParams>> list(String enrollmentId, PageParams params, RequestOptions options) {
            return endpoints.listEnrollmentSteps(enrollmentId, params, options).raw();
        }
    }

    static final class Async implements EnrollmentStepsServiceAsync {
        private final Endpoints endpoints;

        Async(Endpoints endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public EnrollmentStepsServiceAsync.WithRawResponse withRawResponse() {
            return new AsyncRaw(endpoints);
        }

        @Override
        public CompletableFuture<AsyncListPage<EnrollmentStep, PageParams>> list(String enrollmentId, PageParams params, RequestOptions options) {
            return endpoints.listEnrollmentSteps(enrollmentId, params, options).getAsync().thenApply(AsyncListPage::of);
        }
    }

    static final class AsyncRaw implements EnrollmentStepsServiceAsync.WithRawResponse {
        private final Endpoints endpoints;

        AsyncRaw(Endpoints endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public CompletableFuture<RawResponse<AsyncListPage<EnrollmentStep, PageParams>>> list(String enrollmentId, PageParams params, RequestOptions options) {
            return endpoints.listEnrollmentSteps(enrollmentId, params, options).execute(true).thenApply(Endpoints::asyncPage);
        }
    }
}
