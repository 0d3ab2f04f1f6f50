package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.models.EnrollmentCreateParams;
import io.github.unifysequences.models.EnrollmentListParams;
import io.github.unifysequences.models.EnrollmentStatus;
import io.github.unifysequences.models.EnrollmentStepUpdateParams;
import io.github.unifysequences.models.PageParams;
import io.github.unifysequences.models.SequenceStepListParams;
import io.github.unifysequences.models.StepType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bad input fails with an IllegalArgumentException naming the field, and nothing reaches the server. */
class ValidationTest extends ClientTestBase {

    @AfterEach
    void nothingWasSent() {
        assertThat(server.getRequestCount()).isZero();
    }

    private static void rejects(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(field);
    }

    @Test
    void pathIdsMustBeUuids() {
        rejects(() -> client.sequences().retrieve("not-a-uuid"), "sequenceId");
        rejects(() -> client.sequences().steps().retrieve(SEQUENCE_ID, "1-2-3-4-5"), "stepId");
        rejects(() -> client.enrollments().pause((String) null), "enrollmentId");
        rejects(() -> client.enrollmentSteps().retrieve("../sequences"), "enrollmentStepId");
        rejects(() -> client.async().enrollments().approve("x"), "enrollmentId");
    }

    @Test
    void limitMustBeBetween1And100() {
        rejects(() -> PageParams.builder().limit(0).build(), "limit");
        rejects(() -> EnrollmentListParams.builder().limit(101).build(), "limit");
        assertThat(PageParams.builder().limit(100).build().limit()).contains(100);
    }

    @Test
    void listFiltersAreValidated() {
        rejects(() -> EnrollmentListParams.builder().personId("bob").build(), "personId");
        rejects(() -> EnrollmentListParams.builder().cursor("").build(), "cursor");
        OffsetDateTime now = OffsetDateTime.now();
        rejects(
                () -> EnrollmentListParams.builder()
                        .updatedAfter(now)
                        .updatedBefore(now.minusSeconds(1))
                        .build(),
                "updatedAfter");
    }

    @Test
    void createNeedsIdsAndOneToTenMailboxes() {
        rejects(
                () -> EnrollmentCreateParams.builder()
                        .personId(PERSON_ID)
                        .addMailboxEmail("a@b.co")
                        .build(),
                "sequenceId");
        rejects(
                () -> EnrollmentCreateParams.builder()
                        .sequenceId(SEQUENCE_ID)
                        .addMailboxEmail("a@b.co")
                        .build(),
                "personId");
        rejects(
                () -> EnrollmentCreateParams.builder()
                        .sequenceId(SEQUENCE_ID)
                        .personId(PERSON_ID)
                        .build(),
                "mailboxEmails");
        rejects(
                () -> EnrollmentCreateParams.builder()
                        .sequenceId(SEQUENCE_ID)
                        .personId(PERSON_ID)
                        .mailboxEmails(Collections.nCopies(11, "a@b.co"))
                        .build(),
                "mailboxEmails");
        rejects(
                () -> EnrollmentCreateParams.builder()
                        .sequenceId(SEQUENCE_ID)
                        .personId(PERSON_ID)
                        .addMailboxEmail(" ")
                        .build(),
                "mailboxEmails");
    }

    @Test
    void emailsAreMailboxesOfBoundedLength() {
        for (String email : List.of(
                "@",
                "ava@",
                "ava",
                "ava@unifygtm-demo.com\r\n",
                "ava@unifygtm-demo.com\nBcc: x@y.z",
                "x".repeat(100_000) + "@unifygtm-demo.com")) {
            rejects(
                    () -> EnrollmentCreateParams.builder()
                            .sequenceId(SEQUENCE_ID)
                            .personId(PERSON_ID)
                            .addMailboxEmail(email)
                            .build(),
                    "mailboxEmails");
        }
        rejects(() -> EnrollmentCreateParams.builder().mailboxEmails(null), "mailboxEmails");
        rejects(
                () -> EnrollmentCreateParams.builder()
                        .sequenceId(SEQUENCE_ID)
                        .personId(PERSON_ID)
                        .addMailboxEmail(null)
                        .build(),
                "mailboxEmails");
        Throwable long100k = catchThrowable(() -> EnrollmentCreateParams.builder()
                .sequenceId(SEQUENCE_ID)
                .personId(PERSON_ID)
                .addMailboxEmail("x".repeat(100_000) + "@unifygtm-demo.com")
                .build());
        assertThat(long100k.getMessage()).hasSizeLessThan(400).contains("100018 characters");
    }

    @Test
    void cursorsAndTimesAreChecked() {
        rejects(() -> EnrollmentListParams.builder().cursor(" ").build(), "cursor");
        rejects(() -> PageParams.builder().cursor("c\r\n").build(), "cursor");
        rejects(
                () -> EnrollmentListParams.builder()
                        .updatedAfter(OffsetDateTime.MIN)
                        .build(),
                "updatedAfter");
        rejects(
                () -> EnrollmentListParams.builder()
                        .updatedBefore(OffsetDateTime.MAX)
                        .build(),
                "updatedBefore");
    }

    @Test
    void subjectsAreOneBoundedLineAndVersionIdsHaveNoControlCharacters() {
        rejects(
                () -> EnrollmentStepUpdateParams.builder()
                        .versionId("v1")
                        .subject("Hi\r\nBcc: x@y.z")
                        .build(),
                "subject");
        rejects(
                () -> EnrollmentStepUpdateParams.builder()
                        .versionId("v1")
                        .subject("x".repeat(100_000))
                        .build(),
                "subject");
        rejects(
                () -> EnrollmentStepUpdateParams.builder()
                        .versionId("v1")
                        .fallbackSubject("a\nb")
                        .build(),
                "fallbackSubject");
        rejects(
                () -> EnrollmentStepUpdateParams.builder()
                        .versionId("v1\u0000")
                        .subject("s")
                        .build(),
                "versionId");
        assertThat(EnrollmentStepUpdateParams.builder()
                        .versionId("v1")
                        .body("<p>a</p>\n<p>b</p>")
                        .build()
                        .body())
                .isPresent();
    }

    /** Every duration setting follows one rule and names itself, instead of OkHttp's message or an overflow. */
    @Test
    void absurdTimeoutsNameTheSetting() {
        Duration forever = ChronoUnit.FOREVER.getDuration();
        rejects(() -> UnifySequencesClient.builder().connectTimeout(forever), "connectTimeout");
        rejects(() -> UnifySequencesClient.builder().readTimeout(Duration.ofDays(30)), "readTimeout");
        rejects(() -> UnifySequencesClient.builder().callTimeout(Duration.ofMillis(-1)), "callTimeout");
        rejects(() -> UnifySequencesClient.builder().maxRetryAfter(forever), "maxRetryAfter");
        rejects(() -> UnifySequencesClient.builder().rateLimit(10, forever), "rate limit period");
        rejects(() -> RequestOptions.builder().timeout(forever), "timeout");
        rejects(() -> RequestOptions.builder().timeout(null), "timeout");
    }

    @Test
    void nullsAndHeaderInjectionNameTheField() {
        rejects(() -> EnrollmentListParams.builder().statuses((EnrollmentStatus[]) null), "statuses");
        rejects(() -> EnrollmentListParams.builder().statuses(EnrollmentStatus.DRAFT, null), "statuses");
        rejects(() -> SequenceStepListParams.builder().types((StepType[]) null), "types");
        rejects(() -> RequestOptions.builder().header("x-trace", "a\r\nx-api-key: other"), "x-trace");
        rejects(() -> RequestOptions.builder().header("x-trace\r\nx-evil", "a"), "header name");
        rejects(() -> RequestOptions.builder().header("x trace", "a"), "header name");
    }

    @Test
    void updateNeedsAVersionAndSomethingToChange() {
        rejects(() -> EnrollmentStepUpdateParams.builder().subject("s").build(), "versionId");
        rejects(() -> EnrollmentStepUpdateParams.builder().versionId("v1").build(), "subject, fallbackSubject or body");
    }
}
