package io.github.unifysequences.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.github.unifysequences.models.RawJson;
import java.lang.module.ModuleDescriptor;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.NullUnmarked;
import org.junit.jupiter.api.Test;

/**
 * The public API is ours: no generated model, OkHttp or Retrofit type appears in a public signature,
 * except the documented {@code okHttpClient(OkHttpClient)} builder hook; nothing in the exported packages
 * names the internal one; Gson appears only as JSON values that are copied in and out.
 */
class PublicApiTest {
    /** The packages module-info exports, read from the descriptor so this test and the module cannot disagree. */
    private static final Set<String> EXPORTED = RawJson.class.getModule().isNamed()
            ? RawJson.class.getModule().getDescriptor().exports().stream()
                    .map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toSet())
            : Set.of(
                    "io.github.unifysequences.client",
                    "io.github.unifysequences.core",
                    "io.github.unifysequences.errors",
                    "io.github.unifysequences.models",
                    "io.github.unifysequences.services");

    /**
     * The Gson decision (ARCHITECTURE.md, "Gson in the API"): Gson's JSON tree types appear in the API only as
     * values that the SDK copies on the way in and out (raw JSON, stored payloads, additional body properties,
     * error bodies, raw requests), never Gson itself, its adapters or its readers; these are the types that do.
     */
    private static final Set<String> GSON_TREE_TYPES = Set.of(
            "com.google.gson.JsonElement",
            "com.google.gson.JsonObject",
            "com.google.gson.JsonArray",
            "com.google.gson.JsonPrimitive",
            "com.google.gson.JsonNull");

    private static final List<String> GSON_COPYING_TYPES = List.of(
            "io.github.unifysequences.models.UnifyJson",
            "io.github.unifysequences.models.RawJson",
            "io.github.unifysequences.models.EnrollmentCreateParams",
            "io.github.unifysequences.models.EnrollmentStepUpdateParams",
            "io.github.unifysequences.models.QueryJobParams",
            "io.github.unifysequences.models.EnrollmentQueryParams",
            "io.github.unifysequences.models.EnrollmentStepQueryParams",
            "io.github.unifysequences.errors.BadRequestError",
            "io.github.unifysequences.errors.ErrorContext",
            "io.github.unifysequences.core.RawRequest");
    private static final JavaClasses SDK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.unifysequences")
            .that(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "SDK classes", c -> !c.getPackageName().startsWith("io.github.unifysequences.generated")));

    private static final Set<String> ALLOWED =
            Set.of("io.github.unifysequences.client.UnifySequencesClientBuilder.okHttpClient(okhttp3.OkHttpClient)");

    private static ArchCondition<JavaClass> exposeNoTypesFrom(String... packagePrefixes) {
        return new ArchCondition<>(
                "expose no types from " + String.join(", ", packagePrefixes) + " in public signatures") {
            @Override
            public void check(JavaClass owner, ConditionEvents events) {
                Set<JavaMember> members = new HashSet<>(owner.getMembers());
                for (JavaMember member : members) {
                    if (!(member.getModifiers().contains(JavaModifier.PUBLIC)
                            || member.getModifiers().contains(JavaModifier.PROTECTED))) {
                        continue;
                    }
                    Set<JavaClass> involved = new HashSet<>();
                    if (member instanceof JavaCodeUnit unit) {
                        involved.addAll(unit.getReturnType().getAllInvolvedRawTypes());
                        unit.getParameterTypes().forEach(t -> involved.addAll(t.getAllInvolvedRawTypes()));
                    } else if (member instanceof JavaField field) {
                        involved.addAll(field.getType().getAllInvolvedRawTypes());
                    }
                    for (JavaClass type : involved) {
                        for (String prefix : packagePrefixes) {
                            String signature = member.getFullName();
                            if (type.getPackageName().startsWith(prefix) && !ALLOWED.contains(signature)) {
                                events.add(SimpleConditionEvent.violated(
                                        member, signature + " exposes " + type.getName()));
                            }
                        }
                    }
                }
            }
        };
    }

    private static boolean exported(JavaClass type) {
        return EXPORTED.contains(type.getPackageName());
    }

    private static Stream<String> publicSignatureViolations(
            JavaClass owner, java.util.function.Predicate<JavaClass> banned) {
        if (!exported(owner) || !owner.getModifiers().contains(JavaModifier.PUBLIC)) {
            return Stream.empty();
        }
        return owner.getMembers().stream()
                .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC)
                        || m.getModifiers().contains(JavaModifier.PROTECTED))
                .flatMap(member -> {
                    Set<JavaClass> involved = new HashSet<>();
                    if (member instanceof JavaCodeUnit unit) {
                        involved.addAll(unit.getReturnType().getAllInvolvedRawTypes());
                        unit.getParameterTypes().forEach(t -> involved.addAll(t.getAllInvolvedRawTypes()));
                    } else if (member instanceof JavaField field) {
                        involved.addAll(field.getType().getAllInvolvedRawTypes());
                    }
                    return involved.stream().filter(banned).map(t -> member.getFullName() + " exposes " + t.getName());
                });
    }

    private static String outerName(JavaClass type) {
        String name = type.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }

    @Test
    void theExportedApiDoesNotNameTheInternalPackage() {
        List<String> violations = SDK.stream()
                .flatMap(c -> publicSignatureViolations(
                        c, t -> t.getPackageName().startsWith("io.github.unifysequences.internal")))
                .toList();
        org.assertj.core.api.Assertions.assertThat(violations).isEmpty();
        org.assertj.core.api.Assertions.assertThat(EXPORTED).doesNotContain("io.github.unifysequences.internal");
    }

    @Test
    void gsonAppearsInTheApiOnlyAsCopiedJsonValues() {
        List<String> violations = SDK.stream()
                .flatMap(c -> publicSignatureViolations(
                        c,
                        t -> t.getPackageName().startsWith("com.google.gson")
                                && !(GSON_TREE_TYPES.contains(t.getName())
                                        && GSON_COPYING_TYPES.contains(outerName(c)))))
                .toList();
        org.assertj.core.api.Assertions.assertThat(violations).isEmpty();
    }

    /**
     * A public value is read, or built with its builder, never constructed: a field added later (a response field
     * from the spec, a detail of an error or a page) must be an addition, while adding a record component or a
     * constructor parameter changes the constructor, a binary break (issue #14). The kind is checked in every exported
     * package, nested types included. Exceptions keep their public constructors: users throw them from test doubles,
     * and a detail added to one is a constructor overload, an addition (ARCHITECTURE.md, "Evolvable public values").
     */
    @Test
    void publicValuesAreNeitherRecordsNorPubliclyConstructed() {
        List<String> violations = SDK.stream()
                .filter(c -> exported(c) && c.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(c -> !c.isAssignableTo(Throwable.class))
                .flatMap(c -> {
                    Stream<String> record =
                            c.reflect().isRecord() ? Stream.of(c.getName() + " is a record") : Stream.empty();
                    Stream<String> constructors = c.getConstructors().stream()
                            .filter(k -> k.getModifiers().contains(JavaModifier.PUBLIC)
                                    || k.getModifiers().contains(JavaModifier.PROTECTED))
                            .map(k -> k.getFullName() + " is " + k.getModifiers());
                    return Stream.concat(record, constructors);
                })
                .toList();
        org.assertj.core.api.Assertions.assertThat(violations).isEmpty();
    }

    /** The rule above sees what it is about: the exported types, records among them if any came back. */
    @Test
    void theValueRuleSeesEveryExportedPackage() {
        Set<String> seen = SDK.stream()
                .filter(c -> exported(c) && c.getModifiers().contains(JavaModifier.PUBLIC))
                .map(JavaClass::getPackageName)
                .collect(Collectors.toSet());
        org.assertj.core.api.Assertions.assertThat(seen).isEqualTo(EXPORTED);
    }

    @Test
    void noGeneratedTypesInPublicSignatures() {
        classes()
                .that()
                .arePublic()
                .should(exposeNoTypesFrom("io.github.unifysequences.generated"))
                .check(SDK);
    }

    @Test
    void noHttpLibraryTypesInPublicSignaturesBesidesTheBuilderHook() {
        classes()
                .that()
                .arePublic()
                .should(exposeNoTypesFrom("okhttp3", "retrofit2", "okio"))
                .check(SDK);
    }

    @Test
    void clientPackageExposesOnlyTheClientsBuilderAndLogLevel() {
        classes()
                .that()
                .resideInAPackage("io.github.unifysequences.client")
                .and()
                .arePublic()
                .should()
                .haveSimpleNameStartingWith("UnifySequencesClient")
                .orShould()
                .haveSimpleName("LogLevel")
                .check(SDK);
    }

    @Test
    void onlyThePipelineAndTheMapperTouchGeneratedCode() {
        noClasses()
                .that()
                .resideOutsideOfPackages("io.github.unifysequences.client")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.github.unifysequences.generated..")
                .check(SDK);
    }

    @Test
    void apiPackagesDoNotDependOnTheClientImplementation() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "io.github.unifysequences.core",
                        "io.github.unifysequences.models",
                        "io.github.unifysequences.errors",
                        "io.github.unifysequences.services")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.github.unifysequences.client")
                .check(SDK);
    }

    /**
     * NullAway checks the classes of {@code @NullMarked} packages (sequences-sdk's pom, {@code OnlyNullMarked}), with
     * no exemption list: a package without the annotation, or a class or member that opts out with
     * {@code @NullUnmarked}, would leave code unchecked and show Kotlin platform types.
     */
    @Test
    void everyClassIsNullMarkedAndCheckedByNullAway() {
        List<String> violations = SDK.stream()
                .flatMap(c -> {
                    Stream<String> unmarkedPackage = c.getPackage().isAnnotatedWith(NullMarked.class)
                            ? Stream.empty()
                            : Stream.of(c.getPackageName() + " (of " + c.getName() + ") is not @NullMarked");
                    Stream<String> optedOut = c.isAnnotatedWith(NullUnmarked.class)
                            ? Stream.of(c.getName() + " is @NullUnmarked")
                            : Stream.empty();
                    Stream<String> membersOptedOut = c.getMembers().stream()
                            .filter(member -> member.isAnnotatedWith(NullUnmarked.class))
                            .map(member -> member.getFullName() + " is @NullUnmarked");
                    return Stream.of(unmarkedPackage, optedOut, membersOptedOut).flatMap(violation -> violation);
                })
                .toList();
        org.assertj.core.api.Assertions.assertThat(violations).isEmpty();
    }

    @Test
    void servicesAreInterfacesOnly() {
        classes()
                .that()
                .resideInAPackage("io.github.unifysequences.services")
                .should()
                .beInterfaces()
                .check(SDK);
    }
}
