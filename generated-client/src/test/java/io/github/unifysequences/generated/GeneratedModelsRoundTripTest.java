package io.github.unifysequences.generated;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.unifysequences.generated.api.UnifySequencesApi;
import io.github.unifysequences.generated.model.BulkApiJobStatus;
import io.github.unifysequences.generated.model.GetBulkApiJobSuccessResponse;
import io.github.unifysequences.generated.model.ListEnrollmentsResponse;
import io.github.unifysequences.generated.model.SequenceEnrollmentStatus;
import io.github.unifysequences.generated.support.GeneratedJson;
import io.github.unifysequences.generated.support.PinnedSpec;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import retrofit2.http.Body;

/**
 * Every example body of the spec goes through the generated model of its operation and back.
 *
 * <p>The model type is read off the generated Retrofit interface (return type for responses,
 * {@code @Body} parameter for requests), so a regenerated client is checked without editing this test.
 */
class GeneratedModelsRoundTripTest {

    private static final Gson GSON = GeneratedJson.gson();
    private static final Gson GSON_WITH_NULLS =
            GeneratedJson.builder().serializeNulls().create();
    private static final Map<String, Method> OPERATIONS =
            Arrays.stream(UnifySequencesApi.class.getMethods()).collect(Collectors.toMap(Method::getName, m -> m));

    @Test
    void everyOperationHasAResponseExample() throws IOException {
        List<String> responseExamples = examples()
                .map(p -> p.getFileName().toString())
                .filter(n -> n.endsWith(".response.json"))
                .map(n -> javaName(n.substring(0, n.indexOf('.'))))
                .collect(Collectors.toList());
        // The count comes from the lock; a newer pin may add operations the committed examples do not cover yet.
        assertThat(OPERATIONS).hasSize(PinnedSpec.OPERATIONS);
        assertThat(OPERATIONS.keySet()).containsAll(responseExamples);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleSurvivesTheGeneratedModel(Path example) throws IOException {
        JsonElement original = read(example);

        Object model = GSON.fromJson(original, modelType(example));
        JsonElement back = GSON_WITH_NULLS.toJsonTree(model);

        assertCovers(original, back, "$");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void unknownFieldsAtEveryLevelAreIgnored(Path example) throws IOException {
        JsonElement original = read(example);
        JsonElement withExtras = original.deepCopy();
        addUnknownFieldEverywhere(withExtras);

        Object model = GSON.fromJson(withExtras, modelType(example));
        JsonElement back = GSON_WITH_NULLS.toJsonTree(model);
        // Unions kept as raw JSON objects (sequence steps) keep the extras too; the rest drop them.
        removeUnknownFields(back);

        assertCovers(original, back, "$");
    }

    @Test
    void unknownEnumValueDeserializesToTheUnknownConstant() throws IOException {
        JsonObject list =
                read(example("list_sequence_enrollments.response.json")).getAsJsonObject();
        list.getAsJsonArray("enrollments")
                .get(0)
                .getAsJsonObject()
                .addProperty("status", notAValueOf(SequenceEnrollmentStatus.values()));
        JsonObject job =
                read(example("get_sequence_enrollment_query_job.response.json")).getAsJsonObject();
        job.addProperty("status", notAValueOf(BulkApiJobStatus.values()));

        ListEnrollmentsResponse enrollments = GSON.fromJson(list, ListEnrollmentsResponse.class);
        GetBulkApiJobSuccessResponse bulkJob = GSON.fromJson(job, GetBulkApiJobSuccessResponse.class);

        assertThat(enrollments.getEnrollments().get(0).getStatus())
                .isEqualTo(SequenceEnrollmentStatus.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(bulkJob.getStatus()).isEqualTo(BulkApiJobStatus.UNKNOWN_DEFAULT_OPEN_API);
    }

    /**
     * A value the pinned enum cannot contain, whatever the vendor adds: all of its values joined. A made-up word
     * ("ARCHIVED") could become a real value in the next spec and turn this test red.
     */
    private static String notAValueOf(Object[] values) {
        return Arrays.stream(values).map(String::valueOf).collect(Collectors.joining("+"));
    }

    @Test
    void nullableFieldsAreNullableInTheGeneratedCode() throws NoSuchFieldException {
        // The spec is labelled 3.1 but says "nullable: true"; generated from the relabelled 3.0.3 copy,
        // nullable properties carry @Nullable (under the 3.1 label they came out @Nonnull).
        assertThat(io.github.unifysequences.generated.model.EnrollmentPerson.class
                        .getDeclaredField("firstName")
                        .isAnnotationPresent(jakarta.annotation.Nullable.class))
                .isTrue();
        assertThat(io.github.unifysequences.generated.model.EmailSendDays.class
                        .getDeclaredField("monday")
                        .isAnnotationPresent(jakarta.annotation.Nullable.class))
                .isTrue();
    }

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files =
                Files.list(example("list_sequences.response.json").getParent())) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList()).stream();
        }
    }

    private static Path example(String name) {
        try {
            return Path.of(GeneratedModelsRoundTripTest.class
                    .getResource("/examples/" + name)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonElement read(Path file) throws IOException {
        return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static Type modelType(Path example) {
        String file = example.getFileName().toString();
        Method operation = OPERATIONS.get(javaName(file.substring(0, file.indexOf('.'))));
        assertThat(operation).as("operation for %s", file).isNotNull();
        if (file.endsWith(".response.json")) {
            return ((ParameterizedType) operation.getGenericReturnType()).getActualTypeArguments()[0];
        }
        for (int i = 0; i < operation.getParameterCount(); i++) {
            if (operation.getParameters()[i].isAnnotationPresent(Body.class)) {
                return operation.getGenericParameterTypes()[i];
            }
        }
        throw new AssertionError(file + ": operation has no request body");
    }

    /** {@code create_sequence_enrollment} becomes {@code createSequenceEnrollment}, as the generator names methods. */
    private static String javaName(String operationId) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : operationId.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    /**
     * Everything in {@code original} is in {@code back} with the same value; anything {@code back} adds is null
     * (the flattened variants of an anyOf). Timestamps compare as instants: ".000Z" may come back as "Z".
     */
    private static void assertCovers(JsonElement original, JsonElement back, String path) {
        if (original.isJsonObject()) {
            assertThat(back.isJsonObject()).as(path).isTrue();
            JsonObject expected = original.getAsJsonObject();
            JsonObject actual = back.getAsJsonObject();
            for (Map.Entry<String, JsonElement> field : expected.entrySet()) {
                assertThat(actual.has(field.getKey()))
                        .as("%s.%s lost", path, field.getKey())
                        .isTrue();
                assertCovers(field.getValue(), actual.get(field.getKey()), path + "." + field.getKey());
            }
            for (Map.Entry<String, JsonElement> field : actual.entrySet()) {
                if (!expected.has(field.getKey())) {
                    assertThat(field.getValue().isJsonNull())
                            .as("%s.%s invented", path, field.getKey())
                            .isTrue();
                }
            }
        } else if (original.isJsonArray()) {
            JsonArray expected = original.getAsJsonArray();
            assertThat(back.isJsonArray()).as(path).isTrue();
            assertThat(back.getAsJsonArray()).as(path).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertCovers(expected.get(i), back.getAsJsonArray().get(i), path + "[" + i + "]");
            }
        } else if (!original.equals(back)) {
            assertThat(sameInstant(original, back))
                    .as("%s: %s became %s", path, original, back)
                    .isTrue();
        }
    }

    private static boolean sameInstant(JsonElement a, JsonElement b) {
        if (!a.isJsonPrimitive()
                || !b.isJsonPrimitive()
                || !a.getAsJsonPrimitive().isString()) {
            return false;
        }
        try {
            return OffsetDateTime.parse(a.getAsString()).isEqual(OffsetDateTime.parse(b.getAsString()));
        } catch (DateTimeParseException notATimestamp) {
            return false;
        }
    }

    private static void removeUnknownFields(JsonElement element) {
        if (element.isJsonObject()) {
            element.getAsJsonObject().remove("zz_future_field");
            element.getAsJsonObject().remove("zz_future_flag");
            element.getAsJsonObject().entrySet().forEach(field -> removeUnknownFields(field.getValue()));
        } else if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(GeneratedModelsRoundTripTest::removeUnknownFields);
        }
    }

    private static void addUnknownFieldEverywhere(JsonElement element) {
        if (element.isJsonObject()) {
            for (Map.Entry<String, JsonElement> field :
                    element.getAsJsonObject().entrySet()) {
                addUnknownFieldEverywhere(field.getValue());
            }
            JsonObject future = new JsonObject();
            future.addProperty("added_in", "2027-01-01");
            future.add("values", JsonParser.parseString("[1, \"two\", {\"three\": null}]"));
            element.getAsJsonObject().add("zz_future_field", future);
            element.getAsJsonObject().addProperty("zz_future_flag", true);
        } else if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(GeneratedModelsRoundTripTest::addUnknownFieldEverywhere);
        }
    }
}
