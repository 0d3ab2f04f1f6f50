package io.github.unifysequences.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.unifysequences.core.ExportOptions;
import io.github.unifysequences.core.ExportProgress;
import io.github.unifysequences.core.RawRequest;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.core.ResultsPage;
import io.github.unifysequences.errors.BadRequestError;
import io.github.unifysequences.errors.ErrorContext;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every value built with a builder (each params class, {@link DateRange}, the options, raw requests, raw responses
 * and results pages of {@code core}, and the error details of {@code errors}) has {@code toBuilder()}, and
 * {@code x.toBuilder().build()} equals {@code x} and answers every accessor as {@code x} does. The types and their
 * accessors are found by reflection; the samples below must set every value (each accessor is non-empty in some
 * sample), so a field added later fails this test until it is copied and sampled.
 */
class ToBuilderTest {
    private static final String SEQUENCE = "5d0f6a3e-2b7c-4f1e-9a58-3c6e1b2d4f70";
    private static final String PERSON = "9b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8";
    private static final String OTHER = "0b6b1a2e-6a53-4c8e-9a3e-2f0d7c1b9e44";
    private static final Instant NOV = Instant.parse("2023-11-01T00:00:00Z");
    private static final Instant DEC = Instant.parse("2023-12-01T00:00:00Z");
    private static final ExportProgress PROGRESS = (done, total) -> {};

    /**
     * Every value built by a static {@code builder()}: core's and errors', and in models the params classes
     * ({@code *Params}) and {@link DateRange}. Response models have builders too (for users' tests); their copies
     * are checked with the models ({@code PublicApiTest}).
     */
    static List<Class<?>> builtTypes() {
        List<Class<?>> types = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(
                        ToBuilderTest.class.getPackageName(),
                        RequestOptions.class.getPackageName(),
                        ErrorContext.class.getPackageName())) {
            Class<?> reflected = type.reflect();
            if (type.getModifiers().contains(JavaModifier.PUBLIC)
                    && !type.isNestedClass()
                    && !Modifier.isAbstract(reflected.getModifiers())
                    && builderMethod(reflected).isPresent()
                    && (!reflected.getPackageName().equals(ToBuilderTest.class.getPackageName())
                            || reflected.getSimpleName().endsWith("Params")
                            || reflected == DateRange.class)) {
                types.add(reflected);
            }
        }
        return types;
    }

    private static Optional<Method> builderMethod(Class<?> type) {
        try {
            Method builder = type.getMethod("builder");
            return Modifier.isStatic(builder.getModifiers()) ? Optional.of(builder) : Optional.empty();
        } catch (NoSuchMethodException none) {
            return Optional.empty();
        }
    }

    /** Values with everything set that can be set together; where two settings exclude each other, one sample each. */
    static List<Object> samples() {
        DateRange closed = DateRange.builder().gte(NOV).lt(DEC).build();
        DateRange open = DateRange.builder().gt(NOV).lte(DEC).build();
        return List.of(
                PageParams.builder()
                        .cursor("c2")
                        .limit(50)
                        .putAdditionalQueryParameter("x_new", "1")
                        .putAdditionalQueryParameter("x_new", "2")
                        .build(),
                SequenceStepListParams.builder()
                        .cursor("c2")
                        .limit(10)
                        .types(StepType.AUTOMATIC_EMAIL, StepType.of("NEW"))
                        .putAdditionalQueryParameter("x_new", "1")
                        .build(),
                EnrollmentListParams.builder()
                        .cursor("c2")
                        .limit(100)
                        .sequenceId(SEQUENCE)
                        .personId(PERSON)
                        .mailboxId(OTHER)
                        .enrolledByPlayId(OTHER)
                        .statuses(EnrollmentStatus.DRAFT, EnrollmentStatus.of("NEW"))
                        .updatedAfter(OffsetDateTime.parse("2023-11-01T00:00:00+01:00"))
                        .updatedBefore(OffsetDateTime.parse("2023-12-01T00:00:00Z"))
                        .putAdditionalQueryParameter("x_new", "1")
                        .build(),
                QueryJobListParams.builder()
                        .cursor("c2")
                        .limit(5)
                        .status(QueryJobStatus.FINISHED)
                        .putAdditionalQueryParameter("x_new", "1")
                        .build(),
                ResultsPageParams.builder()
                        .page(3)
                        .pageSize(2_000)
                        .putAdditionalQueryParameter("x_new", "1")
                        .build(),
                EnrollmentCreateParams.builder()
                        .sequenceId(SEQUENCE)
                        .personId(PERSON)
                        .addMailboxEmail("ava@unifygtm-demo.com")
                        .addMailboxEmail("ben@unifygtm-demo.com")
                        .putAdditionalBodyProperty("x_new", new JsonPrimitive(1))
                        .build(),
                EnrollmentStepUpdateParams.builder()
                        .versionId("v1")
                        .subject("Hi")
                        .fallbackSubject("Hello")
                        .body("<p>Hi</p>")
                        .putAdditionalBodyProperty("x_new", new JsonPrimitive(true))
                        .build(),
                EnrollmentQueryParams.builder()
                        .id(SetFilter.in("a", "b"))
                        .sequenceId(SEQUENCE)
                        .personId(PERSON)
                        .companyId(OTHER)
                        .mailboxId(OTHER)
                        .updatedAt(closed)
                        .startedAt(open)
                        .endedAt(closed)
                        .isBlocked(false)
                        .isBounced(true)
                        .isCanceled(false)
                        .isOptedOut(true)
                        .isPaused(false)
                        .isReplied(true)
                        .status(SetFilter.notIn(EnrollmentStatus.DRAFT))
                        .enrolledByPlay(SetFilter.in("play-1"))
                        .putAdditionalBodyProperty("sort", new JsonPrimitive("updated_at"))
                        .build(),
                EnrollmentQueryParams.builder()
                        .mailboxEmail("ava@unifygtm-demo.com")
                        .build(),
                EnrollmentStepQueryParams.builder()
                        .id(SetFilter.notIn("a"))
                        .sequenceId(SEQUENCE)
                        .personId(PERSON)
                        .companyId(OTHER)
                        .mailboxEmail("ava@unifygtm-demo.com")
                        .updatedAt(open)
                        .isReplied(true)
                        .status(SetFilter.in(EnrollmentStepStatus.of("NEW")))
                        .type(SetFilter.in(StepType.PHONE_CALL))
                        .enrollmentId(OTHER)
                        .stepNumber(2)
                        .putAdditionalBodyProperty("sort", new JsonPrimitive("id"))
                        .build(),
                closed,
                open,
                RequestOptions.builder()
                        .timeout(Duration.ofSeconds(5))
                        .deadline(Duration.ofSeconds(9))
                        .maxRetries(1)
                        .apiKey("sk_other_workspace")
                        .header("x-trace", "t1")
                        .build(),
                RawRequest.builder()
                        .method("post")
                        .path("/mailboxes")
                        .putQueryParameter("limit", "10")
                        .putQueryParameter("limit", "20")
                        .body(JsonParser.parseString("{\"a\":1}").getAsJsonObject())
                        .idempotent(true)
                        .build(),
                ExportOptions.builder()
                        .pageSize(500)
                        .pollInterval(Duration.ofMillis(10), Duration.ofSeconds(2))
                        .waitTimeout(Duration.ofMinutes(5))
                        .progress(PROGRESS)
                        .requestOptions(RequestOptions.builder().maxRetries(0).build())
                        .build(),
                RawResponse.builder()
                        .statusCode(201)
                        .headers(Map.of("x-request-id", List.of("r-1")))
                        .body("created")
                        .build(),
                ResultsPage.<String>builder()
                        .total(5)
                        .page(1)
                        .pageSize(2)
                        .items(List.of("row-1", "row-2"))
                        .params(ResultsPageParams.builder().pageSize(2).build())
                        .build(),
                ErrorContext.builder()
                        .statusCode(404)
                        .apiStatus("not_found")
                        .apiMessage("Sequence not found")
                        .method("GET")
                        .path("/sequences/v1/sequences/" + SEQUENCE)
                        .headers(Map.of("x-request-id", List.of("r-2")))
                        .body(JsonParser.parseString("{\"status\":\"not_found\"}")
                                .getAsJsonObject())
                        .bodyExcerpt("{\"status\":\"not_found\"}")
                        .build(),
                BadRequestError.builder()
                        .code("invalid_type")
                        .message("must be a UUID")
                        .path(List.of("person_id"))
                        .objectApiName("enrollment")
                        .attributeApiName("person_id")
                        .rawJson(JsonParser.parseString("{\"code\":\"invalid_type\"}")
                                .getAsJsonObject())
                        .build());
    }

    private static Object copy(Object value) throws ReflectiveOperationException {
        Object builder = value.getClass().getMethod("toBuilder").invoke(value);
        return builder.getClass().getMethod("build").invoke(builder);
    }

    /** The public, argument-less accessors of a built value: what it answers, which its copy must answer alike. */
    private static List<Method> accessors(Class<?> type) {
        List<Method> accessors = new ArrayList<>();
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0
                    && !Modifier.isStatic(method.getModifiers())
                    && method.getReturnType() != void.class
                    && method.getDeclaringClass() != Object.class
                    && !method.getName().equals("toBuilder")) {
                accessors.add(method);
            }
        }
        return accessors;
    }

    @Test
    void everyBuiltTypeIsFoundAndSampled() {
        Set<String> sampled = new TreeSet<>();
        samples().forEach(sample -> sampled.add(sample.getClass().getSimpleName()));
        Set<String> found = new TreeSet<>();
        builtTypes().forEach(type -> found.add(type.getSimpleName()));
        assertThat(found)
                .contains(
                        "PageParams",
                        "EnrollmentListParams",
                        "EnrollmentQueryParams",
                        "ResultsPageParams",
                        "DateRange",
                        "RequestOptions",
                        "ExportOptions",
                        "RawResponse",
                        "ResultsPage",
                        "ErrorContext",
                        "BadRequestError");
        assertThat(sampled).isEqualTo(found);
    }

    @TestFactory
    Stream<DynamicTest> everyBuiltTypeHasToBuilderReturningItsBuilder() {
        return builtTypes().stream()
                .map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
                    Method toBuilder = type.getMethod("toBuilder");
                    assertThat(Modifier.isStatic(toBuilder.getModifiers())).isFalse();
                    assertThat(toBuilder.getReturnType())
                            .isEqualTo(builderMethod(type).orElseThrow().getReturnType());
                }));
    }

    @TestFactory
    Stream<DynamicTest> theSamplesSetEveryValue() {
        return builtTypes().stream()
                .map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
                    for (Method accessor : accessors(type)) {
                        boolean setSomewhere = false;
                        for (Object sample : samples()) {
                            if (sample.getClass() == type && isSet(accessor.invoke(sample))) {
                                setSomewhere = true;
                            }
                        }
                        assertThat(setSomewhere)
                                .as(type.getSimpleName() + "." + accessor.getName() + "() is set in a sample")
                                .isTrue();
                    }
                }));
    }

    private static boolean isSet(Object value) {
        return value != null
                && !(value instanceof Optional<?> optional && optional.isEmpty())
                && !(value instanceof Collection<?> collection && collection.isEmpty())
                && !(value instanceof Map<?, ?> map && map.isEmpty())
                && !(value instanceof com.google.gson.JsonObject json && json.size() == 0);
    }

    @TestFactory
    Stream<DynamicTest> aCopyEqualsTheOriginalAndAnswersAlike() {
        return samples().stream()
                .map(sample -> DynamicTest.dynamicTest(sample.toString(), () -> {
                    Object copy = copy(sample);
                    assertThat(copy).isNotSameAs(sample).isEqualTo(sample).hasSameHashCodeAs(sample);
                    assertThat(copy.toString()).isEqualTo(sample.toString());
                    for (Method accessor : accessors(sample.getClass())) {
                        assertThat(accessor.invoke(copy)).as(accessor.getName()).isEqualTo(accessor.invoke(sample));
                    }
                }));
    }

    @Test
    void aCopyIsABuilderToChangeOneValueAndKeepTheRest() {
        EnrollmentListParams params = (EnrollmentListParams) samples().get(2);
        EnrollmentListParams next = params.toBuilder().cursor("c3").build();
        assertThat(next.cursor()).contains("c3");
        assertThat(params.cursor()).contains("c2");
        assertThat(next).isNotEqualTo(params);
        assertThat(next.toBuilder().cursor("c2").build()).isEqualTo(params);
        // Values that add rather than replace add to the copied ones.
        assertThat(params.toBuilder()
                        .putAdditionalQueryParameter("x_new", "2")
                        .build()
                        .additionalQueryParameters())
                .containsEntry("x_new", List.of("1", "2"));
        assertThat(params.additionalQueryParameters()).containsEntry("x_new", List.of("1"));
        assertThat(params.toBuilder()
                        .statuses(EnrollmentStatus.FINISHED)
                        .build()
                        .statuses())
                .containsExactly(EnrollmentStatus.DRAFT, EnrollmentStatus.of("NEW"), EnrollmentStatus.FINISHED);
    }

    @Test
    void aRawRequestsCopyKeepsFollowingItsMethodWhenItsIdempotencyWasNotSet() {
        RawRequest get = RawRequest.builder().method("GET").path("/mailboxes").build();
        assertThat(get.idempotent()).isTrue();
        assertThat(get.toBuilder().method("POST").build().idempotent()).isFalse();
        RawRequest set = get.toBuilder().idempotent(true).build();
        assertThat(set.toBuilder().method("POST").build().idempotent()).isTrue();
    }

    @Test
    void paramsThatDifferInOneValueAreNotEqual() {
        for (Object sample : samples()) {
            if (sample instanceof PagedParams paged) {
                assertThat(paged).isNotEqualTo(PageParams.none());
            }
        }
        assertThat(EnrollmentQueryParams.builder().isPaused(true).build())
                .isNotEqualTo(EnrollmentQueryParams.builder().isPaused(false).build())
                .isNotEqualTo(EnrollmentStepQueryParams.builder().isPaused(true).build());
        assertThat(ResultsPageParams.builder().page(2).build()).isNotEqualTo(ResultsPageParams.first());
        assertThat(PageParams.builder().limit(2).build())
                .isNotEqualTo(SequenceStepListParams.builder().limit(2).build());
    }
}
