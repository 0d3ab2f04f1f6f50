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
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
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
        rejects(
                () -> EnrollmentQueryParams.builder()
                        .mailboxId(SEQUENCE_ID)
                        .mailboxEmail("a@b.c")
                        .build(),
                "not both");
        rejects(() -> EnrollmentQueryParams.builder().id(SetFilter.in(" ")).build(), "id");
        rejects(
                () -> EnrollmentQueryParams.builder()
                        .enrolledByPlay(SetFilter.in("play\r\n"))
                        .build(),
                "enrolledByPlay");
        rejects(() -> EnrollmentStepQueryParams.builder().stepNumber(0).build(), "stepNumber");
        rejects(() -> EnrollmentStepQueryParams.builder().enrollmentId("e").build(), "enrollmentId");
    }

    @Test
    void pagingIsChecked() {
        rejects(() -> ResultsPageParams.builder().page(0).build(), "page");
        rejects(() -> ResultsPageParams.builder().pageSize(2_001).build(), "pageSize");
        rejects(() -> QueryJobListParams.builder().limit(101).build(), "limit");
        rejects(() -> ExportOptions.builder().pageSize(10_001).build(), "pageSize");
        rejects(() -> ExportOptions.builder().concurrency(0).build(), "concurrency");
        rejects(
                () -> ExportOptions.builder()
                        .concurrency(ExportOptions.MAX_CONCURRENCY + 1)
                        .build(),
                "concurrency");
        rejects(
                () -> ExportOptions.builder()
                        .pollInterval(Duration.ZERO, Duration.ofSeconds(1))
                        .build(),
                "poll");
        rejects(
                () -> ExportOptions.builder()
                        .pollInterval(Duration.ofSeconds(5), Duration.ofSeconds(1))
                        .build(),
                "poll");
        rejects(() -> ExportOptions.builder().waitTimeout(Duration.ZERO).build(), "waitTimeout");
    }

    /** The spec types job ids as plain strings: only what could change the route is refused. */
    @Test
    void jobIdsMustNotChangeThePath() {
        rejects(() -> client.enrollments().queryJobs().retrieve(" "), "jobId");
        rejects(() -> client.enrollmentSteps().queryJobs().cancel("../x"), "jobId");
        rejects(() -> client.enrollmentSteps().queryJobs().cancel(".."), "jobId");
        rejects(() -> client.enrollments().queryJobs().results(null), "jobId");
        rejects(() -> client.enrollments().queryJobs().retrieve("job?status=FAILED"), "jobId");
        rejects(() -> client.enrollments().queryJobs().retrieve("job#x"), "jobId");
        rejects(() -> client.enrollments().queryJobs().retrieve("job%2F.."), "jobId");
        rejects(() -> client.enrollments().queryJobs().retrieve("job\r\nx-api-key: other"), "jobId");
        rejects(() -> client.enrollments().queryJobs().exportJob("a\\b"), "jobId");
        rejects(() -> client.async().enrollmentSteps().queryJobs().retrieve(""), "jobId");
    }

    /** Every setter of every params and options builder: null, extreme and malformed values, each naming the field. */
    @Test
    void everyInvalidInputNamesItsField() {
        rejects(() -> EnrollmentQueryParams.builder().updatedAt(null), "updatedAt");
        rejects(() -> EnrollmentQueryParams.builder().startedAt(null), "startedAt");
        rejects(() -> EnrollmentStepQueryParams.builder().endedAt(null), "endedAt");
        rejects(() -> EnrollmentQueryParams.builder().id(null), "id");
        rejects(() -> EnrollmentQueryParams.builder().enrolledByPlay(null), "enrolledByPlay");
        rejects(() -> SetFilter.in((String[]) null), "in");
        rejects(() -> SetFilter.notIn((List<String>) null), "not_in");
        rejects(() -> SetFilter.in("a", null), "in");
        rejects(() -> DateRange.builder().lt(Instant.MAX).build(), "lt");
        rejects(() -> DateRange.builder().gte(Instant.MIN).build(), "gte");
        rejects(() -> DateRange.builder().gt(OffsetDateTime.MAX.toInstant()).build(), "gt");
        rejects(
                () -> DateRange.builder()
                        .lte(Instant.parse("+10000-01-01T00:00:00Z"))
                        .build(),
                "lte");
        for (String email : List.of(
                "@",
                "ava@",
                "@unifygtm-demo.com",
                "ava@unifygtm-demo",
                "ava@@unifygtm-demo.com",
                "ava@unifygtm-demo.com\r\nBcc: x@y.z",
                "a va@unifygtm-demo.com",
                "ava.@unifygtm-demo.com",
                "x".repeat(100_000) + "@unifygtm-demo.com",
                "ava@" + "x".repeat(100_000) + ".com")) {
            rejects(() -> EnrollmentQueryParams.builder().mailboxEmail(email).build(), "mailboxEmail");
        }
        assertThat(EnrollmentQueryParams.builder()
                        .mailboxEmail("ava.o'neil+q4@mail.unifygtm-demo.co.uk")
                        .build()
                        .toJson()
                        .getAsJsonObject("mailbox")
                        .get("email_address")
                        .getAsString())
                .isEqualTo("ava.o'neil+q4@mail.unifygtm-demo.co.uk");
        rejects(
                () -> ExportOptions.builder()
                        .waitTimeout(ChronoUnit.FOREVER.getDuration())
                        .build(),
                "waitTimeout");
        rejects(() -> ExportOptions.builder().waitTimeout(Duration.ofDays(2)).build(), "waitTimeout");
        rejects(
                () -> ExportOptions.builder()
                        .pollInterval(Duration.ofSeconds(1), ChronoUnit.FOREVER.getDuration())
                        .build(),
                "pollInterval max");
    }

    @Test
    void anExportWithInvalidOptionsCreatesNoJob() {
        rejects(
                () -> client.enrollments()
                        .queryJobs()
                        .export(
                                EnrollmentQueryParams.all(),
                                ExportOptions.builder()
                                        .waitTimeout(ChronoUnit.FOREVER.getDuration())
                                        .build()),
                "waitTimeout");
    }
}
