package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.unifysequences.errors.ConflictException;
import io.github.unifysequences.errors.JobNotCancelableException;
import io.github.unifysequences.errors.NotFoundException;
import io.github.unifysequences.errors.ResultsCanceledException;
import io.github.unifysequences.errors.ResultsExpiredException;
import io.github.unifysequences.errors.ResultsFailedException;
import io.github.unifysequences.errors.ResultsNotReadyException;
import io.github.unifysequences.errors.ResultsPageTooLargeException;
import io.github.unifysequences.errors.UnifyServiceException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The results and cancel errors of the Bulk API each become their own type, through the one error mapper. */
class QueryJobErrorsTest extends ClientTestBase {
    private static final String JOB_ID = QueryJobOperationsTest.JOB_ID;

    @BeforeEach
    void noRetries() {
        client.close();
        client = builder().maxRetries(0).build();
    }

    @ParameterizedTest
    @CsvSource({
        "404, not_found, io.github.unifysequences.errors.NotFoundException",
        "409, results_not_ready, io.github.unifysequences.errors.ResultsNotReadyException",
        "409, results_failed, io.github.unifysequences.errors.ResultsFailedException",
        "409, results_canceled, io.github.unifysequences.errors.ResultsCanceledException",
        "410, results_expired, io.github.unifysequences.errors.ResultsExpiredException",
        "413, results_page_too_large, io.github.unifysequences.errors.ResultsPageTooLargeException",
    })
    void resultsErrorMapsToType(int code, String status, Class<? extends UnifyServiceException> type) {
        enqueueError(code, status, "About the job");
        UnifyServiceException e = catchThrowableOfType(
                UnifyServiceException.class,
                () -> client.enrollments().queryJobs().results(JOB_ID));
        assertThat(e).isExactlyInstanceOf(type);
        assertThat(e.statusCode()).isEqualTo(code);
        assertThat(e.apiStatus()).contains(status);
        assertThat(e.path()).isEqualTo("/sequences/v1/enrollments/query-jobs/" + JOB_ID + "/results");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void resultsConflictsAreConflicts() {
        assertThat(ConflictException.class)
                .isAssignableFrom(ResultsNotReadyException.class)
                .isAssignableFrom(ResultsFailedException.class)
                .isAssignableFrom(ResultsCanceledException.class)
                .isAssignableFrom(JobNotCancelableException.class);
        assertThat(ConflictException.class.isAssignableFrom(ResultsExpiredException.class))
                .isFalse();
        assertThat(ConflictException.class.isAssignableFrom(ResultsPageTooLargeException.class))
                .isFalse();
    }

    @Test
    void cancelOfAFinishedJobIsNotCancelable() {
        enqueueError(409, "job_not_cancelable", "Only IN_PROGRESS jobs can be canceled");
        JobNotCancelableException e = catchThrowableOfType(
                JobNotCancelableException.class,
                () -> client.enrollmentSteps().queryJobs().cancel(JOB_ID));
        assertThat(e.method()).isEqualTo("POST");
        assertThat(e.apiMessage()).contains("Only IN_PROGRESS jobs can be canceled");
    }

    @Test
    void unknownJobIsNotFound() {
        enqueueError(404, "not_found", "Job not found");
        assertThat(catchThrowableOfType(
                        NotFoundException.class,
                        () -> client.enrollments().queryJobs().retrieve(JOB_ID)))
                .isNotNull();
    }

    @Test
    void createIsNotResentAfterAnAmbiguousFailure() {
        client.close();
        client = builder().maxRetries(2).build();
        enqueueError(500, "error", "boom");
        assertThat(catchThrowableOfType(
                        UnifyServiceException.class,
                        () -> client.enrollments().queryJobs().create()))
                .isNotNull();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
