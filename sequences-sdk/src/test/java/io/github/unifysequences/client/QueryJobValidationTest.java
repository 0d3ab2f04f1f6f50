package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unifysequences.core.ExportOptions;
import io.github.unifysequences.models.DateRange;
import io.github.unifysequences.models.EnrollmentQueryParams;
import io.github.unifysequences.models.EnrollmentStepQueryParams;
import io.github.unifysequences.models.QueryJobListParams;
import io.github.unifysequences.models.ResultsPageParams;
import io.github.unifysequences.models.SetFilter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Invalid query-job input fails with an IllegalArgumentException naming the problem, and nothing reaches the server. */
class QueryJobValidationTest extends ClientTestBase {
    private static final Instant T = Instant.parse("2023-11-01T00:00:00Z");

    @AfterEach
    void nothingWasSent() {
        assertThat(server.getRequestCount()).isZero();
    }

    private static void rejects(ThrowingCallable call, String text) {
        assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(text);
    }

    @Test
    void dateRangesNeedABoundAndExclusiveOperators() {
        rejects(() -> DateRange.builder().build(), "at least one");
        rejects(() -> DateRange.builder().gt(T).gte(T).build(), "gt or gte");
        rejects(() -> DateRange.builder().lt(T).lte(T).build(), "lt or lte");
        rejects(() -> DateRange.builder().gte(T).lt(T.minusSeconds(1)).build(), "after its upper bound");
        assertThat(DateRange.builder().gt(T).lte(T.plusSeconds(1)).build().gt()).contains(T);
    }

    @Test
    void setFiltersNeedValues() {
        rejects(() -> SetFilter.in(List.of()), "in needs at least one value");
        rejects(() -> SetFilter.<String>notIn(), "not_in needs at least one value");
        assertThat(SetFilter.in("a", "a", "b").values()).containsExactly("a", "b");
    }

    @Test
    void filterValuesAreChecked() {
        rejects(() -> EnrollmentQueryParams.builder().sequenceId("seq-1").build(), "sequenceId");
        rejects(() -> EnrollmentQueryParams.builder().personId("x").build(), "personId");
        rejects(() -> EnrollmentQueryParams.builder().companyId("x").build(), "companyId");
        rejects(() -> EnrollmentQueryParams.builder().mailboxId("x").build(), "mailboxId");
        rejects(() -> EnrollmentQueryParams.builder().mailboxEmail("ava").build(), "mailboxEmail");
        rejects(() -> EnrollmentQueryParams.builder().mailboxId(SEQUENCE_ID).mailboxEmail("a@b.c").build(), "not both");
        rejects(() -> EnrollmentQueryParams.builder().id(SetFilter.in("nope")).build(), "id");
        rejects(() -> EnrollmentQueryParams.builder().enrolledByPlay(SetFilter.in("play")).build(), "enrolledByPlay");
        rejects(() -> EnrollmentStepQueryParams.builder().stepNumber(0).build(), "stepNumber");
        rejects(() -> EnrollmentStepQueryParams.builder().enrollmentId("e").build(), "enrollmentId");
    }

    @Test
    void pagingIsChecked() {
        rejects(() -> ResultsPageParams.builder().page(0).build(), "page");
        rejects(() -> ResultsPageParams.builder().pageSize(2_001).build(), "pageSize");
        rejects(() -> QueryJobListParams.builder().limit(101).build(), "limit");
        rejects(() -> ExportOptions.builder().pageSize(10_001).build(), "pageSize");
        rejects(() -> ExportOptions.builder().pollInterval(Duration.ZERO, Duration.ofSeconds(1)).build(), "poll");
        rejects(() -> ExportOptions.builder().pollInterval(Duration.ofSeconds(5), Duration.ofSeconds(1)).build(), "poll");
        rejects(() -> ExportOptions.builder().waitTimeout(Duration.ZERO).build(), "waitTimeout");
    }

    @Test
    void jobIdsMustBeUuids() {
        rejects(() -> client.enrollments().queryJobs().retrieve("job-1"), "jobId");
        rejects(() -> client.enrollmentSteps().queryJobs().cancel("../x"), "jobId");
        rejects(() -> client.enrollments().queryJobs().results(null), "jobId");
        rejects(() -> client.enrollments().queryJobs().exportJob("1-2-3-4-5"), "jobId");
        rejects(() -> client.async().enrollmentSteps().queryJobs().retrieve("x"), "jobId");
    }
}
