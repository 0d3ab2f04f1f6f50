package io.github.unifysequences.client;

import io.github.unifysequences.core.AsyncListPage;
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
import io.github.unifysequences.services.EnrollmentService;
import io.github.unifysequences.services.EnrollmentServiceAsync;
import io.github.unifysequences.services.EnrollmentStepsService;
import io.github.unifysequences.services.EnrollmentStepsServiceAsync;
import io.github.unifysequences.services.QueryJobService;
import io.github.unifysequences.services.QueryJobServiceAsync;
import java.util.concurrent.CompletableFuture;

/** The {@code client.enrollments()} operations in their four faces (blocking, async, and their raw views), each a thin view over {@link Endpoints}. */
final class EnrollmentResource {

    private EnrollmentResource() {
    }

    static final class Blocking implements EnrollmentService {
        private final Endpoints endpoints;

        Blocking(Endpoints endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public QueryJobService<SequenceEnrollment, EnrollmentQueryParams> queryJobs() {
            return new QueryJobResource.Blocking<>(new QueryJobEndpoints<>(endpoints, QueryJobEndpoints.ENROLLMENTS));
        }

        @Override
        public EnrollmentStepsService steps() {
            return new EnrollmentStepsResource.Blocking(endpoints);
        }

        @Override
        public EnrollmentService.WithRawResponse withRawResponse() {
            return new Raw(endpoints);
        }

        @Override
        public Enrollment create(EnrollmentCreateParams params, RequestOptions options) {
            return endpoints.createEnrollment(params, options).get();
        }

        @Override
        public ListPage<Enrollment, EnrollmentListParams> list(EnrollmentListParams params, RequestOptions options) {
            return endpoints.listEnrollments(params, options).get();
        }

        @Override
        public Enrollment retrieve(String enrollmentId, RequestOptions options) {
            return endpoints.retrieveEnrollment(enrollmentId, options).get();
        }

        @Override
        public EnrollmentCancellation cancel(String enrollmentId, RequestOptions options) {
            return endpoints.cancelEnrollment(enrollmentId, options).get();
        }

        @Override
        public PauseState pause(String enrollmentId, RequestOptions options) {
            return endpoints.pauseEnrollment(enrollmentId, options).get();
        }

        @Override
        public PauseState resume(String enrollmentId, RequestOptions options) {
            return endpoints.resumeEnrollment(enrollmentId, options).get();
        }

        @Override
        public EnrollmentApproval approve(String enrollmentId, RequestOptions options) {
            return endpoints.approveEnrollment(enrollmentId, options).get();
        }
    }

    static final class Raw implements EnrollmentService.WithRawResponse {
        private final Endpoints endpoints;

        Raw(Endpoints endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public RawResponse<Enrollment> create(EnrollmentCreateParams params, RequestOptions options) {
            return endpoints.createEnrollment(params, options).raw();
        }

        @Override
        public RawResponse<ListPage<Enrollment, EnrollmentListParams>> list(EnrollmentListParams params, RequestOptions options) {
            return endpoints.listEnrollments(params, options).raw();
        }

        @Override
        public RawResponse<Enrollment> retrieve(String enrollmentId, RequestOptions options) {
            return endpoints.retrieveEnrollment(enrollmentId, options).raw();
        }

        @Override
        public RawResponse<EnrollmentCancellation> cancel(String enrollmentId, RequestOptions options) {
            return endpoints.cancelEnrollment(enrollmentId, options).raw();
        }

        @Override
        public RawResponse<PauseState> pause(String enrollmentId, RequestOptions options) {
            return endpoints.pauseEnrollment(enrollmentId, options).raw();
        }

        @Override
        public RawResponse<PauseState> resume(String enrollmentId, RequestOptions options) {
            return endpoints.resumeEnrollment(enrollmentId, options).raw();
        }

        @Override
        public RawResponse<EnrollmentApproval> approve(String enrollmentId, RequestOptions options) {
            return endpoints.approveEnrollment(enrollmentId, options).raw();
        }
    }

    static final class Async implements EnrollmentServiceAsync {
        private final Endpoints endpoints;

        Async(Endpoints endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public QueryJobServiceAsync<SequenceEnrollment, EnrollmentQueryParams> queryJobs() {
            return new QueryJobResource.Async<>(new QueryJobEndpoints<>(endpoints, QueryJobEndpoints.ENROLLMENTS));
        }

        @Override
        public EnrollmentStepsServiceAsync steps() {
            return new EnrollmentStepsResource.Async(endpoints);
        }

        @Override
        public EnrollmentServiceAsync.WithRawResponse withRawResponse() {
            return new AsyncRaw(endpoints);
        }

        @Override
        public CompletableFuture<Enrollment> create(EnrollmentCreateParams params, RequestOptions options) {
            return endpoints.createEnrollment(params, options).getAsync();
        }

        @Override
        public CompletableFuture<AsyncListPage<Enrollment, EnrollmentListParams>> list(EnrollmentListParams params, RequestOptions options) {
            return endpoints.listEnrollments(params, options).getAsync().thenApply(AsyncListPage::of);
        }

        @Override
        public CompletableFuture<Enrollment> retrieve(String enrollmentId, RequestOptions options) {
            return endpoints.retrieveEnrollment(enrollmentId, options).getAsync();
        }

        @Override
        public CompletableFuture<EnrollmentCancellation> cancel(String enrollmentId, RequestOptions options) {
            return endpoints.cancelEnrollment(enrollmentId, options).getAsync();
        }

        @Override
        public CompletableFuture<PauseState> pause(String enrollmentId, RequestOptions options) {
            return endpoints.pauseEnrollment(enrollmentId, options).getAsync();
        }

        @Override
        public CompletableFuture<PauseState> resume(String enrollmentId, RequestOptions options) {
            return endpoints.resumeEnrollment(enrollmentId, options).getAsync();
        }

        @Override
        public CompletableFuture<EnrollmentApproval> approve(String enrollmentId, RequestOptions options) {
            return endpoints.approveEnrollment(enrollmentId, options).getAsync();
        }
    }

    static final class AsyncRaw implements EnrollmentServiceAsync.WithRawResponse {
        private final Endpoints endpoints;

        AsyncRaw(Endpoints endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public CompletableFuture<RawResponse<Enrollment>> create(EnrollmentCreateParams params, RequestOptions options) {
            return endpoints.createEnrollment(params, options).execute(true);
        }

        @Override
        public CompletableFuture<RawResponse<AsyncListPage<Enrollment, EnrollmentListParams>>> list(EnrollmentListParams params, RequestOptions options) {
            return endpoints.listEnrollments(params, options).execute(true).thenApply(Endpoints::asyncPage);
        }

        @Override
        public CompletableFuture<RawResponse<Enrollment>> retrieve(String enrollmentId, RequestOptions options) {
            return endpoints.retrieveEnrollment(enrollmentId, options).execute(true);
        }

        @Override
        public CompletableFuture<RawResponse<EnrollmentCancellation>> cancel(String enrollmentId, RequestOptions options) {
            return endpoints.cancelEnrollment(enrollmentId, options).execute(true);
        }

        @Override
        public CompletableFuture<RawResponse<PauseState>> pause(String enrollmentId, RequestOptions options) {
            return endpoints.pauseEnrollment(enrollmentId, options).execute(true);
        }

        @Override
        public CompletableFuture<RawResponse<PauseState>> resume(String enrollmentId, RequestOptions options) {
            return endpoints.resumeEnrollment(enrollmentId, options).execute(true);
        }

        @Override
        public CompletableFuture<RawResponse<EnrollmentApproval>> approve(String enrollmentId, RequestOptions options) {
            return endpoints.approveEnrollment(enrollmentId, options).execute(true);
        }
    }
}
