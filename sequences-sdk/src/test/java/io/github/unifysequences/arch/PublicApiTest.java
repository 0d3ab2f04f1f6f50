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
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The public API is ours: no generated model, OkHttp or Retrofit type appears in a public signature,
 * except the documented {@code okHttpClient(OkHttpClient)} builder hook.
 */
class PublicApiTest {
    private static final JavaClasses SDK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.unifysequences")
            .that(com.tngtech.archunit.base.DescribedPredicate.describe("SDK classes",
                    c -> !c.getPackageName().startsWith("io.github.unifysequences.generated")));

    private static final Set<String> ALLOWED = Set.of(
            "io.github.unifysequences.client.UnifySequencesClientBuilder.okHttpClient(okhttp3.OkHttpClient)");

    private static ArchCondition<JavaClass> exposeNoTypesFrom(String... packagePrefixes) {
        return new ArchCondition<>("expose no types from " + String.join(", ", packagePrefixes) + " in public signatures") {
            @Override
            public void check(JavaClass owner, ConditionEvents events) {
                Set<JavaMember> members = new HashSet<>(owner.getMembers());
                for (JavaMember member : members) {
                    if (!(member.getModifiers().contains(JavaModifier.PUBLIC) || member.getModifiers().contains(JavaModifier.PROTECTED))) {
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
                                events.add(SimpleConditionEvent.violated(member, signature + " exposes " + type.getName()));
                            }
                        }
                    }
                }
            }
        };
    }

    @Test
    void noGeneratedTypesInPublicSignatures() {
        classes().that().arePublic().should(exposeNoTypesFrom("io.github.unifysequences.generated")).check(SDK);
    }

    @Test
    void noHttpLibraryTypesInPublicSignaturesBesidesTheBuilderHook() {
        classes().that().arePublic().should(exposeNoTypesFrom("okhttp3", "retrofit2", "okio")).check(SDK);
    }

    @Test
    void clientPackageExposesOnlyTheClientsBuilderAndLogLevel() {
        classes().that().resideInAPackage("io.github.unifysequences.client").and().arePublic()
                .should().haveSimpleNameStartingWith("UnifySequencesClient").orShould().haveSimpleName("LogLevel")
                .check(SDK);
    }

    @Test
    void onlyThePipelineAndTheMapperTouchGeneratedCode() {
        noClasses().that().resideOutsideOfPackages("io.github.unifysequences.client", "io.github.unifysequences.models")
                .should().dependOnClassesThat().resideInAPackage("io.github.unifysequences.generated..").check(SDK);
    }

    @Test
    void apiPackagesDoNotDependOnTheClientImplementation() {
        noClasses().that().resideInAnyPackage("io.github.unifysequences.core", "io.github.unifysequences.models",
                        "io.github.unifysequences.errors", "io.github.unifysequences.services")
                .should().dependOnClassesThat().resideInAPackage("io.github.unifysequences.client").check(SDK);
    }

    @Test
    void servicesAreInterfacesOnly() {
        classes().that().resideInAPackage("io.github.unifysequences.services").should().beInterfaces().check(SDK);
    }
}
