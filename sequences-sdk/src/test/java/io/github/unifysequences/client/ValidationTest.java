package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unifysequences.models.EnrollmentCreateParams;
import io.github.unifysequences.models.EnrollmentListParams;
import io.github.unifysequences.models.EnrollmentStepUpdateParams;
import io.github.unifysequences.models.PageParams;
import java.time.OffsetDateTime;
import java.util.Collections;
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
        rejects(() -> client.enrollments().pause(null), "enrollmentId");
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
        rejects(() -> EnrollmentListParams.builder().updatedAfter(now).updatedBefore(now.minusSeconds(1)).build(),
                "updatedAfter");
    }

    @Test
    void createNeedsIdsAndOneToTenMailboxes() {
        rejects(() -> EnrollmentCreateParams.builder().personId(PERSON_ID).addMailboxEmail("a@b.co").build(), "sequenceId");
        rejects(() -> EnrollmentCreateParams.builder().sequenceId(SEQUENCE_ID).addMailboxEmail("a@b.co").build(), "personId");
        rejects(() -> EnrollmentCreateParams.builder().sequenceId(SEQUENCE_ID).personId(PERSON_ID).build(), "mailboxEmails");
        rejects(() -> EnrollmentCreateParams.builder().sequenceId(SEQUENCE_ID).personId(PERSON_ID)
                .mailboxEmails(Collections.nCopies(11, "a@b.co")).build(), "mailboxEmails");
        rejects(() -> EnrollmentCreateParams.builder().sequenceId(SEQUENCE_ID).personId(PERSON_ID)
                .addMailboxEmail(" ").build(), "mailboxEmails");
    }

    @Test
    void updateNeedsAVersionAndSomethingToChange() {
        rejects(() -> EnrollmentStepUpdateParams.builder().subject("s").build(), "versionId");
        rejects(() -> EnrollmentStepUpdateParams.builder().versionId("v1").build(), "subject, fallbackSubject or body");
    }
}
