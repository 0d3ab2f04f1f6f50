package io.github.unifysequences.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.unifysequences.internal.OwnedJson;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every value this SDK knows is one instance: {@code X.of("IN_PROGRESS") == X.IN_PROGRESS} for every constant of every
 * {@link ApiEnum}, and the decoders hand out those constants. The enumerations and their constants are found by
 * reflection, so one added later is covered without editing this test.
 */
class CanonicalEnumTest {

    /** Every public enumeration in the models package, found in the compiled classes. */
    @SuppressWarnings("unchecked")
    static List<Class<? extends ApiEnum<?>>> enumerations() {
        List<Class<? extends ApiEnum<?>>> types = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ApiEnum.class.getPackageName())) {
            if (type.isAssignableTo(ApiEnum.class) && !type.reflect().equals(ApiEnum.class)) {
                types.add((Class<? extends ApiEnum<?>>) type.reflect());
            }
        }
        return types;
    }

    /** The public constants an enumeration declares, by name. */
    static Map<String, ApiEnum<?>> constants(Class<?> type) {
        Map<String, ApiEnum<?>> constants = new LinkedHashMap<>();
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (field.getType() == type && Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers)) {
                try {
                    constants.put(field.getName(), (ApiEnum<?>) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return constants;
    }

    static ApiEnum<?> of(Class<?> type, String raw) {
        try {
            return (ApiEnum<?>) type.getMethod("of", String.class).invoke(null, raw);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type.getSimpleName() + ".of(String)", e);
        }
    }

    @Test
    void everyEnumerationIsFound() {
        assertThat(enumerations())
                .hasSizeGreaterThanOrEqualTo(9)
                .contains(EnrollmentStatus.class, StepType.class, QueryJobStatus.class);
    }

    @TestFactory
    Stream<DynamicTest> ofReturnsTheConstantForEveryKnownValue() {
        return enumerations().stream()
                .map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
                    Map<String, ApiEnum<?>> constants = constants(type);
                    Class<?> values = Class.forName(type.getName() + "$Value");
                    Set<String> known = new TreeSet<>();
                    for (Object value : values.getEnumConstants()) {
                        if (!((Enum<?>) value).name().equals("UNKNOWN")) {
                            known.add(((Enum<?>) value).name());
                        }
                    }
                    // One constant per known value, and no other.
                    assertThat(new TreeSet<>(constants.keySet())).isEqualTo(known);
                    constants.forEach((name, constant) -> {
                        // The constant is named for its value; its string is the API's spelling (DurationUnit's is
                        // lower case).
                        assertThat(constant.asString()).isEqualToIgnoringCase(name);
                        assertThat(constant.value().name()).isEqualTo(name);
                        assertThat(constant.isKnown()).isTrue();
                        assertThat(of(type, constant.asString()))
                                .as(type.getSimpleName() + ".of(\"" + constant + "\")")
                                .isSameAs(constant);
                    });
                }));
    }

    @TestFactory
    Stream<DynamicTest> anUnknownValueRoundTripsRawAndIsEqualByValue() {
        return enumerations().stream()
                .map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
                    ApiEnum<?> unknown = of(type, "ADDED_LATER");
                    assertThat(unknown.value().name()).isEqualTo("UNKNOWN");
                    assertThat(unknown.isKnown()).isFalse();
                    assertThat(unknown.asString()).isEqualTo("ADDED_LATER");
                    assertThat(unknown.toString()).isEqualTo("ADDED_LATER");
                    ApiEnum<?> again = of(type, "ADDED_LATER");
                    assertThat(again).isEqualTo(unknown).hasSameHashCodeAs(unknown);
                    assertThat(constants(type).values()).doesNotContain(unknown);
                    // A known value in another spelling keeps its spelling, and knows its value.
                    ApiEnum<?> first = constants(type).values().iterator().next();
                    String upper = first.asString().toUpperCase(Locale.ROOT);
                    String respelt =
                            upper.equals(first.asString()) ? first.asString().toLowerCase(Locale.ROOT) : upper;
                    ApiEnum<?> other = of(type, respelt);
                    assertThat(other.asString()).isEqualTo(respelt);
                    assertThat(other.value()).isSameAs(first.value());
                    assertThat(other).isNotEqualTo(first);
                }));
    }

    @TestFactory
    Stream<DynamicTest> aNullValueIsRefusedNamingTheType() {
        return enumerations().stream()
                .map(type -> DynamicTest.dynamicTest(
                        type.getSimpleName(),
                        () -> assertThatThrownBy(() -> of(type, null))
                                .isInstanceOf(AssertionError.class)
                                .cause()
                                .cause()
                                .isInstanceOf(IllegalArgumentException.class)
                                .hasMessage(type.getSimpleName() + ".of needs a value, was null")));
    }

    /**
     * Both decoders (the JSON tree of a response, the text of an export row) return the constants: every enumeration
     * value reachable from each decoded example is the very constant of its type.
     */
    @Test
    void decodedValuesAreTheConstants() {
        Map<String, Function<String, Object>> decoders = new LinkedHashMap<>();
        decoders.put("retrieve_sequence", json -> UnifyJson.sequence(object(json)));
        decoders.put("list_sequence_steps", json -> OwnedJson.items(object(json), "steps", UnifyJson::sequenceStep));
        decoders.put("get_sequence_enrollment", json -> UnifyJson.enrollment(object(json)));
        decoders.put(
                "list_sequence_enrollments",
                json -> OwnedJson.items(object(json), "enrollments", UnifyJson::enrollment));
        decoders.put("get_sequence_enrollment_step", json -> UnifyJson.enrollmentStep(object(json)));
        decoders.put("get_sequence_enrollment_query_job", json -> UnifyJson.queryJob(object(json)));
        decoders.put(
                "get_sequence_enrollment_query_job_results",
                json -> OwnedJson.items(object(json), "data", UnifyJson::sequenceEnrollment));
        decoders.put(
                "get_sequence_enrollment_step_query_job_results",
                json -> OwnedJson.items(object(json), "data", UnifyJson::sequenceEnrollmentStep));
        decoders.put(
                "get_sequence_enrollment_query_job_results rows as text",
                json -> rows(json, UnifyJson::sequenceEnrollment));
        decoders.put(
                "get_sequence_enrollment_step_query_job_results rows as text",
                json -> rows(json, UnifyJson::sequenceEnrollmentStep));
        Set<String> typesSeen = new TreeSet<>();
        for (Map.Entry<String, Function<String, Object>> decoder : decoders.entrySet()) {
            List<ApiEnum<?>> found = new ArrayList<>();
            collect(
                    decoder.getValue().apply(example(decoder.getKey().split(" ")[0])),
                    found,
                    java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
            assertThat(found).as(decoder.getKey() + " holds enumeration values").isNotEmpty();
            for (ApiEnum<?> value : found) {
                typesSeen.add(value.getClass().getSimpleName());
                assertThat(value.isKnown()).as(decoder.getKey() + ": " + value).isTrue();
                assertThat(value)
                        .as(decoder.getKey() + ": " + value.getClass().getSimpleName() + " " + value)
                        .isSameAs(constants(value.getClass()).get(value.value().name()));
            }
        }
        assertThat(typesSeen).contains("EnrollmentStatus", "EnrollmentStepStatus", "StepType", "QueryJobStatus");
    }

    private static List<Object> rows(String page, Function<String, ?> row) {
        List<Object> rows = new ArrayList<>();
        object(page).getAsJsonArray("data").forEach(item -> rows.add(row.apply(item.toString())));
        return rows;
    }

    /** Walks a decoded value through its public accessors, collecting every enumeration value on the way. */
    private static void collect(Object value, List<ApiEnum<?>> found, Set<Object> seen) {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof ApiEnum<?> constant) {
            found.add(constant);
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(inner -> collect(inner, found, seen));
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> collect(item, found, seen));
        } else if (value.getClass().getPackageName().equals(ApiEnum.class.getPackageName())) {
            for (Method accessor : value.getClass().getMethods()) {
                if (accessor.getParameterCount() == 0
                        && !Modifier.isStatic(accessor.getModifiers())
                        && accessor.getDeclaringClass() != Object.class
                        && !accessor.getName().equals("rawJson")
                        && !accessor.getName().equals("toBuilder")) {
                    try {
                        collect(accessor.invoke(value), found, seen);
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new AssertionError(accessor.toString(), e);
                    }
                }
            }
        }
    }

    private static JsonObject object(String json) {
        JsonElement parsed = JsonParser.parseString(json);
        return parsed.getAsJsonObject();
    }

    private static String example(String name) {
        try (InputStream in = CanonicalEnumTest.class.getResourceAsStream("/examples/" + name + ".response.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
