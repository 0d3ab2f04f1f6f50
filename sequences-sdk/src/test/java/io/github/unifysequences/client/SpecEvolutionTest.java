package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.github.unifysequences.core.RawRequest;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.errors.NotFoundException;
import io.github.unifysequences.models.EnrollmentCreateParams;
import io.github.unifysequences.models.EnrollmentListParams;
import io.github.unifysequences.models.EnrollmentQueryParams;
import io.github.unifysequences.models.EnrollmentStatus;
import io.github.unifysequences.models.EnrollmentStepQueryParams;
import io.github.unifysequences.models.EnrollmentStepUpdateParams;
import io.github.unifysequences.models.QueryJobListParams;
import io.github.unifysequences.models.QueryJobStatus;
import io.github.unifysequences.models.RawJson;
import io.github.unifysequences.models.ResultsPageParams;
import io.github.unifysequences.models.SequenceStepListParams;
import io.github.unifysequences.models.SetFilter;
import io.github.unifysequences.models.StepType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * What the SDK sends for things a newer spec may add: enum values it does not know (raw, never a generator
 * placeholder), parameters and body properties it does not model, operations it does not wrap.
 */
class SpecEvolutionTest extends ClientTestBase {
    /** Not a value of any enum in the pin: it is unknown to this SDK version whatever the vendor adds. */
    private static final String NEW_VALUE = "sdk-test-value";

    @Test
    void unknownEnumValuesGoOnTheWireAsTheirRawStrings() {
        enqueueExample("list_sequence_enrollments.response");
        client.enrollments()
                .list(EnrollmentListParams.builder()
                        .statuses(EnrollmentStatus.of(NEW_VALUE), EnrollmentStatus.DRAFT)
                        .build());
        assertThat(take().getTarget()).isEqualTo("/sequences/v1/enrollments?status=" + NEW_VALUE + "&status=DRAFT");

        enqueueExample("list_sequence_steps.response");
        client.sequences()
                .steps()
                .list(
                        SEQUENCE_ID,
                        SequenceStepListParams.builder()
                                .types(StepType.of(NEW_VALUE))
                                .build());
        assertThat(take().getTarget()).isEqualTo("/sequences/v1/sequences/" + SEQUENCE_ID + "/steps?type=" + NEW_VALUE);

        enqueueExample("list_sequence_enrollment_query_jobs.response");
        client.enrollments()
                .queryJobs()
                .list(QueryJobListParams.builder()
                        .status(QueryJobStatus.of(NEW_VALUE))
                        .build());
        assertThat(take().getTarget()).isEqualTo("/sequences/v1/enrollments/query-jobs?status=" + NEW_VALUE);

        enqueueExample("create_sequence_enrollment_query_job.response");
        client.enrollments()
                .queryJobs()
                .create(EnrollmentQueryParams.builder()
                        .status(SetFilter.in(EnrollmentStatus.of(NEW_VALUE)))
                        .build());
        assertThat(body(take()).getAsJsonObject("filter").toString())
                .isEqualTo("{\"status\":{\"in\":[\"" + NEW_VALUE + "\"]}}");

        enqueueExample("create_sequence_enrollment_step_query_job.response");
        client.enrollmentSteps()
                .queryJobs()
                .create(EnrollmentStepQueryParams.builder()
                        .type(SetFilter.notIn(StepType.of(NEW_VALUE)))
                        .build());
        assertThat(body(take()).getAsJsonObject("filter").toString())
                .isEqualTo("{\"type\":{\"not_in\":[\"" + NEW_VALUE + "\"]}}");
    }

    @Test
    void additionalQueryParametersAndBodyPropertiesAreSentBesideTheSdksOwn() {
        enqueueExample("list_sequence_enrollments.response");
        client.enrollments()
                .list(EnrollmentListParams.builder()
                        .limit(5)
                        .putAdditionalQueryParameter("created_after", "2026-01-01T00:00:00Z")
                        .putAdditionalQueryParameter("tag", "a")
                        .putAdditionalQueryParameter("tag", "b")
                        .putAdditionalQueryParameter("limit", "99")
                        .build());
        assertThat(take().getTarget())
                .isEqualTo("/sequences/v1/enrollments?limit=5&created_after=2026-01-01T00%3A00%3A00Z&tag=a&tag=b");

        enqueueExample("create_sequence_enrollment.response");
        client.enrollments()
                .create(EnrollmentCreateParams.builder()
                        .sequenceId(SEQUENCE_ID)
                        .personId(PERSON_ID)
                        .addMailboxEmail("ava@unifygtm-demo.com")
                        .putAdditionalBodyProperty("priority", new JsonPrimitive(3))
                        .putAdditionalBodyProperty("person_id", new JsonPrimitive("not-this"))
                        .build());
        JsonObject create = body(take());
        assertThat(create.get("priority").getAsInt()).isEqualTo(3);
        assertThat(create.get("person_id").getAsString()).isEqualTo(PERSON_ID);

        enqueueExample("update_sequence_enrollment_step.response");
        client.enrollmentSteps()
                .update(
                        STEP_ID,
                        EnrollmentStepUpdateParams.builder()
                                .versionId("v1")
                                .subject("Hi")
                                .putAdditionalBodyProperty("preheader", new JsonPrimitive("Hello"))
                                .build());
        assertThat(body(take()).toString())
                .isEqualTo("{\"version_id\":\"v1\",\"subject\":\"Hi\",\"preheader\":\"Hello\"}");

        enqueueExample("create_sequence_enrollment_query_job.response");
        client.enrollments()
                .queryJobs()
                .create(EnrollmentQueryParams.builder()
                        .putAdditionalBodyProperty("format", new JsonPrimitive("ndjson"))
                        .build());
        assertThat(body(take()).toString()).isEqualTo("{\"format\":\"ndjson\"}");

        enqueueExample("get_sequence_enrollment_query_job_results.response");
        client.enrollments()
                .queryJobs()
                .results(
                        ENROLLMENT_ID,
                        ResultsPageParams.builder()
                                .page(2)
                                .putAdditionalQueryParameter("fields", "id")
                                .build());
        assertThat(take().getTarget())
                .isEqualTo("/sequences/v1/enrollments/query-jobs/" + ENROLLMENT_ID + "/results?page=2&fields=id");

        assertThatThrownBy(() -> EnrollmentListParams.builder().putAdditionalQueryParameter(" ", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
    }

    @Test
    void aRawRequestGoesThroughThePipeline() throws Exception {
        enqueue(429, "{\"status\":\"rate_limited\",\"message\":\"slow down\"}", "Retry-After", "1");
        enqueue(200, "{\"mailboxes\":[{\"id\":\"m1\"}],\"next_cursor\":null}");
        RawResponse<RawJson> raw = client.rawRequest(RawRequest.builder()
                .method("get")
                .path("/mailboxes")
                .putQueryParameter("limit", "10")
                .build());
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.body().get("mailboxes").orElseThrow().getAsJsonArray()).hasSize(1);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
        take();
        RecordedRequest sent = take();
        assertThat(sent.getTarget()).isEqualTo("/sequences/v1/mailboxes?limit=10");
        assertThat(sent.getHeaders().get("x-api-key")).isEqualTo(API_KEY);
        assertThat(sent.getHeaders().get("x-unify-sdk-attempt")).isEqualTo("2");

        JsonObject body = JsonParser.parseString("{\"name\":\"Q4\"}").getAsJsonObject();
        enqueue(500, "{\"status\":\"internal_error\",\"message\":\"boom\"}");
        assertThatThrownBy(() -> client.rawRequest(RawRequest.builder()
                        .method("POST")
                        .path("/mailboxes")
                        .body(body)
                        .build()))
                .hasMessageContaining("boom");
        RecordedRequest post = take();
        assertThat(post.getBody().utf8()).isEqualTo("{\"name\":\"Q4\"}");
        assertThat(post.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(server.getRequestCount())
                .as("a POST is not repeated after a 500")
                .isEqualTo(3);

        enqueue(404, "{\"status\":\"not_found\",\"message\":\"no such mailbox\"}");
        assertThatThrownBy(() -> client.async()
                        .rawRequest(
                                RawRequest.builder()
                                        .method("DELETE")
                                        .path("/mailboxes/m 1")
                                        .build(),
                                RequestOptions.builder().maxRetries(0).build())
                        .join())
                .hasCauseInstanceOf(NotFoundException.class);
        assertThat(take().getTarget()).isEqualTo("/sequences/v1/mailboxes/m%201");
    }

    @Test
    void theReadmesRawRequestRuns() throws Exception {
        enqueue(200, "{\"mailboxes\":[]}");
        // readme:raw-request:begin
        RawResponse<RawJson> mailboxes = client.rawRequest(RawRequest.builder()
                .method("GET")
                .path("/mailboxes")
                .putQueryParameter("limit", "10")
                .build());
        mailboxes.body().get("mailboxes").ifPresent(list -> System.out.println(list));
        // readme:raw-request:end
        assertThat(take().getTarget()).isEqualTo("/sequences/v1/mailboxes?limit=10");

        String source =
                Files.readString(Path.of("src/test/java/io/github/unifysequences/client/SpecEvolutionTest.java"));
        String code = source.substring(
                source.indexOf("// readme:raw-request:begin\n") + "// readme:raw-request:begin\n".length(),
                source.indexOf("        // readme:raw-request:end"));
        assertThat(Files.readString(Path.of("README.md"))).contains(code.replaceAll("(?m)^        ", ""));
    }

    @Test
    void aRawRequestIsCheckedBeforeSending() {
        assertThatThrownBy(() -> RawRequest.builder()
                        .method("GET")
                        .path("https://elsewhere.example/x")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("path");
        assertThatThrownBy(() -> RawRequest.builder()
                        .method("GET")
                        .path("//elsewhere.example/x")
                        .build())
                .hasMessageContaining("path");
        assertThatThrownBy(
                        () -> RawRequest.builder().method("GET").path("/x?y=1").build())
                .hasMessageContaining("path");
        assertThatThrownBy(() -> RawRequest.builder().method("TRACE").path("/x").build())
                .hasMessageContaining("method");
        assertThatThrownBy(() -> RawRequest.builder()
                        .method("GET")
                        .path("/x")
                        .body(new JsonObject())
                        .build())
                .hasMessageContaining("body");
        assertThat(server.getRequestCount()).isZero();
    }

    private static JsonObject body(RecordedRequest request) {
        return JsonParser.parseString(request.getBody().utf8()).getAsJsonObject();
    }
}
