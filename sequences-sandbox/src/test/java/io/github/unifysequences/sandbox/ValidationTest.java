package io.github.unifysequences.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@SandboxTest
class ValidationTest {
    private static List<String> codes(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.str("status")).isEqualTo("bad_request");
        return r.json().getAsJsonArray("errors").asList().stream()
                .map(e -> e.getAsJsonObject().get("code").getAsString())
                .collect(Collectors.toList());
    }

    @Test
    void authenticationIsRequired(SequencesSandbox sandbox) {
        Api.Response missing = new Api(sandbox).withKey(null).get("/sequences");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.json().keySet()).containsExactly("status", "message");
        assertThat(missing.str("status")).isEqualTo("unauthorized");
        assertThat(new Api(sandbox).withKey("wrong").get("/sequences").status()).isEqualTo(401);
    }

    @Test
    void configuredKeysReplaceTheDefault() {
        try (SequencesSandbox sandbox =
                SequencesSandbox.builder().apiKeys("k1", "k2").build()) {
            sandbox.start();
            Api api = new Api(sandbox);
            assertThat(api.withKey("k2").get("/sequences").status()).isEqualTo(200);
            assertThat(api.withKey(SequencesSandbox.DEFAULT_API_KEY)
                            .get("/sequences")
                            .status())
                    .isEqualTo(401);
        }
    }

    @Test
    void malformedIdsLimitsAndEnumsAreBadRequestsListingEveryProblem(SequencesSandbox sandbox) {
        Api api = new Api(sandbox);
        assertThat(codes(api.get("/enrollments/12345"))).containsExactly("invalid_uuid");
        assertThat(codes(api.get("/sequences?limit=101"))).containsExactly("out_of_range");
        assertThat(codes(api.get("/sequences?limit=abc"))).containsExactly("invalid_integer");
        Api.Response many = api.get("/enrollments?limit=0&status=DONE&sequence_id=x&updated_after=yesterday");
        assertThat(codes(many))
                .containsExactlyInAnyOrder("out_of_range", "invalid_enum", "invalid_uuid", "invalid_datetime");
        JsonObject item = many.json().getAsJsonArray("errors").get(0).getAsJsonObject();
        assertThat(item.has("path")).isTrue();
        assertThat(codes(api.get("/sequences/" + sandbox.data().sequenceIds().get(0) + "/steps?type=ZAPIER")))
                .as("ZAPIER is an enrollment-step type, not a sequence-step type")
                .containsExactly("invalid_enum");
    }

    @Test
    void queryValuesArePercentDecodedWithPlusKeptLiteral(SequencesSandbox sandbox) {
        Api api = new Api(sandbox);
        int all = api.get("/enrollments?limit=100")
                .json()
                .getAsJsonArray("enrollments")
                .size();
        assertThat(api.get("/enrollments?limit=100&updated_before=2030-01-01T02:00:00+02:00")
                        .json()
                        .getAsJsonArray("enrollments"))
                .hasSize(all);
        assertThat(api.get("/enrollments?limit=100&updated_after=2030-01-01T00:00:00%2B02:00")
                        .json()
                        .getAsJsonArray("enrollments"))
                .isEmpty();
    }

    @Test
    void malformedOrInvalidBodiesAreBadRequests(SequencesSandbox sandbox) {
        Api api = new Api(sandbox);
        assertThat(codes(api.post("/enrollments", "{\"sequence_id\": "))).containsExactly("invalid_json");
        assertThat(codes(api.post("/enrollments", "[1,2]"))).containsExactly("invalid_type");
        assertThat(codes(api.post("/enrollments", "{} {}"))).containsExactly("invalid_json");
        // Malformed in every way a strict reader sees, including a cut-off escape (a 500 under Gson 2.10 before).
        for (String malformed :
                List.of("{\"a\":\"\\u00\"}", "{a:1}", "{'a':1}", "{\"a\":NaN}", "{\"a\":1} // c", "{\"a\":1,}", "")) {
            assertThat(codes(api.post("/enrollments", malformed))).as(malformed).containsExactly("invalid_json");
        }
        assertThat(codes(api.post("/enrollments", "{}"))).containsExactly("required", "required", "required");
        assertThat(codes(api.post(
                        "/enrollments",
                        "{\"sequence_id\":\"x\",\"person_id\":7,\"mailbox_emails\":" + "[\"not-an-email\"]}")))
                .containsExactly("invalid_uuid", "invalid_type", "invalid_email");
        assertThat(codes(api.post(
                        "/enrollments",
                        "{\"sequence_id\":\"00000000-0000-4000-8000-000000000000\","
                                + "\"person_id\":\"00000000-0000-4000-8000-000000000000\",\"mailbox_emails\":[]}")))
                .containsExactly("out_of_range");
        assertThat(codes(api.post("/enrollments/query-jobs", "{\"filtre\":{}}")))
                .containsExactly("unknown_field");
    }

    @Test
    void unknownRoutesAreNotFound(SequencesSandbox sandbox) {
        Api.Response r = new Api(sandbox).get("/nothing-here");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.str("status")).isEqualTo("not_found");
    }
}
