package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.unifysequences.errors.AlreadyEnrolledException;
import io.github.unifysequences.errors.BadRequestError;
import io.github.unifysequences.errors.BadRequestException;
import io.github.unifysequences.errors.ConflictException;
import io.github.unifysequences.errors.InternalServerException;
import io.github.unifysequences.errors.JobNotCancelableException;
import io.github.unifysequences.errors.NotFoundException;
import io.github.unifysequences.errors.PermissionDeniedException;
import io.github.unifysequences.errors.RateLimitedException;
import io.github.unifysequences.errors.ResultsCanceledException;
import io.github.unifysequences.errors.ResultsExpiredException;
import io.github.unifysequences.errors.ResultsFailedException;
import io.github.unifysequences.errors.ResultsNotReadyException;
import io.github.unifysequences.errors.ResultsPageTooLargeException;
import io.github.unifysequences.errors.StateConflictException;
import io.github.unifysequences.errors.UnauthorizedException;
import io.github.unifysequences.errors.UnifyServiceException;
import io.github.unifysequences.errors.VersionConflictException;
import io.github.unifysequences.models.EnrollmentStepUpdateParams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link UnifyServiceException}'s Javadoc table of statuses and types is what the SDK does: every row the table
 * names is sent over HTTP and mapped to the type it names, and every case mapped here is a row of the table.
 */
class ErrorDocumentationTest extends ClientTestBase {
    private static final Path DOC = Path.of("src/main/java/io/github/unifysequences/errors/UnifyServiceException.java");
    private static final Pattern ROW = Pattern.compile("<tr><td>(.*?)</td>\\s*<td>(.*?)</td>\\s*<td>(.*?)</td></tr>");
    private static final Pattern TYPE = Pattern.compile("\\{@(?:link|code) (\\w+)}");

    /** A call whose failure is mapped; only the enrollment-step update is told apart by the mapper. */
    private static final Consumer<UnifySequencesClient> RETRIEVE =
            c -> c.sequences().retrieve(SEQUENCE_ID);

    private static final Consumer<UnifySequencesClient> UPDATE_STEP = c -> c.enrollmentSteps()
            .update(
                    STEP_ID,
                    EnrollmentStepUpdateParams.builder()
                            .versionId("v1")
                            .subject("Hi")
                            .build());

    private record Case(
            int status, String body, Consumer<UnifySequencesClient> call, Class<? extends UnifyServiceException> type) {
        String row() {
            return status + " " + type.getSimpleName();
        }
    }

    private static String envelope(String status, String extra) {
        return "{\"status\":\"" + status + "\",\"message\":\"Refused\"" + extra + "}";
    }

    private static List<Case> cases() {
        String active =
                ",\"active_sequence_id\":\"" + SEQUENCE_ID + "\",\"active_enrollment_id\":\"" + ENROLLMENT_ID + "\"";
        List<Case> cases = new ArrayList<>(List.of(
                new Case(
                        400,
                        "{\"status\":\"bad_request\",\"errors\":[{\"code\":\"invalid\"}]}",
                        RETRIEVE,
                        BadRequestException.class),
                new Case(
                        400,
                        "{\"status\":\"bad_request\",\"errors\":[{\"code\":\"version_mismatch\"}]}",
                        UPDATE_STEP,
                        VersionConflictException.class),
                new Case(401, envelope("unauthorized", ""), RETRIEVE, UnauthorizedException.class),
                new Case(403, envelope("forbidden", ""), RETRIEVE, PermissionDeniedException.class),
                new Case(404, envelope("not_found", ""), RETRIEVE, NotFoundException.class),
                new Case(409, envelope("conflict", active), RETRIEVE, AlreadyEnrolledException.class),
                new Case(
                        409,
                        envelope("state_conflict", ",\"current_is_paused\":true"),
                        RETRIEVE,
                        StateConflictException.class),
                new Case(409, envelope("results_not_ready", ""), RETRIEVE, ResultsNotReadyException.class),
                new Case(409, envelope("results_failed", ""), RETRIEVE, ResultsFailedException.class),
                new Case(409, envelope("results_canceled", ""), RETRIEVE, ResultsCanceledException.class),
                new Case(409, envelope("job_not_cancelable", ""), RETRIEVE, JobNotCancelableException.class),
                new Case(409, envelope("conflict", ""), UPDATE_STEP, VersionConflictException.class),
                new Case(409, envelope("conflict", ""), RETRIEVE, ConflictException.class),
                new Case(410, envelope("results_expired", ""), RETRIEVE, ResultsExpiredException.class),
                new Case(413, envelope("results_page_too_large", ""), RETRIEVE, ResultsPageTooLargeException.class),
                new Case(429, envelope("rate_limited", ""), RETRIEVE, RateLimitedException.class)));
        for (int status : new int[] {500, 501, 502, 503, 504, 599}) {
            cases.add(new Case(status, envelope("error", ""), RETRIEVE, InternalServerException.class));
        }
        for (int status : new int[] {408, 418, 422}) {
            cases.add(new Case(status, envelope("other", ""), RETRIEVE, UnifyServiceException.class));
        }
        return cases;
    }

    /** The table's rows as "status Type", a status range written {@code 500 to 599} taken at the statuses tested. */
    private static Set<String> documentedRows() throws IOException {
        String javadoc = Files.readString(DOC).replaceAll("(?m)^\\s*\\* ?", "");
        Set<String> rows = new TreeSet<>();
        Matcher row = ROW.matcher(javadoc);
        while (row.find()) {
            Matcher type = TYPE.matcher(row.group(3));
            assertThat(type.find()).as("a type in " + row.group()).isTrue();
            String statuses = row.group(1).equals("500 to 599") ? "500 501 502 503 504 599" : row.group(1);
            Matcher status = Pattern.compile("\\d{3}").matcher(statuses);
            while (status.find()) {
                rows.add(status.group() + " " + type.group(1));
            }
        }
        return rows;
    }

    @BeforeEach
    void noRetries() {
        client.close();
        client = builder().maxRetries(0).build();
    }

    @Test
    void theJavadocTableListsExactlyTheMappingsTestedHere() throws IOException {
        Set<String> tested = new TreeSet<>();
        cases().forEach(c -> tested.add(c.row()));
        assertThat(documentedRows()).contains("403 PermissionDeniedException").isEqualTo(tested);
    }

    @Test
    void everyDocumentedStatusMapsToTheDocumentedType() {
        for (Case c : cases()) {
            enqueue(c.status(), c.body());
            UnifyServiceException e = catchThrowableOfType(
                    UnifyServiceException.class, () -> c.call().accept(client));
            assertThat(e).as(c.row()).isExactlyInstanceOf(c.type());
            assertThat(e.statusCode()).isEqualTo(c.status());
            take();
        }
    }

    @Test
    void aBadRequestErrorCarriesItsMessage() {
        enqueue(
                400,
                "{\"status\":\"bad_request\",\"errors\":[{\"code\":\"invalid_email\","
                        + "\"path\":[\"mailbox_emails\",0],"
                        + "\"message\":\"not an email address\",\"attribute_api_name\":\"email\"},{\"code\":\"missing\"}]}");
        BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> RETRIEVE.accept(client));
        BadRequestError first = e.errors().get(0);
        assertThat(first.code()).isEqualTo("invalid_email");
        assertThat(first.message()).contains("not an email address");
        assertThat(first.path()).containsExactly("mailbox_emails", "0");
        assertThat(first.attributeApiName()).contains("email");
        assertThat(e.errors().get(1).message()).isEmpty();
        // Without the envelope's (optional) message, the exception's message lists the errors instead.
        assertThat(first.summary()).isEqualTo("invalid_email at mailbox_emails.0: not an email address");
        assertThat(e.getMessage())
                .isEqualTo("400 bad_request: invalid_email at mailbox_emails.0: not an email "
                        + "address; missing (GET /sequences/v1/sequences/" + SEQUENCE_ID + ")");
    }

    @Test
    void aBadRequestWithAMessageKeepsItAsTheExceptionMessage() {
        enqueue(400, "{\"status\":\"bad_request\",\"message\":\"Invalid request\",\"errors\":[{\"code\":\"x\"}]}");
        BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> RETRIEVE.accept(client));
        assertThat(e.getMessage())
                .isEqualTo("400 bad_request: Invalid request (GET /sequences/v1/sequences/" + SEQUENCE_ID + ")");
    }

    @Test
    void aBadRequestErrorMessageIsRedactedLikeEverythingElse() {
        enqueue(
                400,
                "{\"status\":\"bad_request\",\"errors\":[{\"code\":\"invalid\",\"message\":\"key " + API_KEY
                        + " is not valid here\"}]}");
        BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> RETRIEVE.accept(client));
        assertThat(e.errors().get(0).message())
                .hasValueSatisfying(m -> assertThat(m).doesNotContain(API_KEY).contains("is not valid here"));
        assertThat(e.getMessage()).doesNotContain(API_KEY).contains("is not valid here");
    }
}
