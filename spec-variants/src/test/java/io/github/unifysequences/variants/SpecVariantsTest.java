package io.github.unifysequences.variants;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #11's promise, driven end to end: for each additive kind of spec change, and for the vendor's real
 * published files, the update tool re-pins, the client is regenerated with the build's generator configuration,
 * and the unchanged SDK sources compile against it, bind every route they send (the build's own
 * {@code BindingCheck}), and expose exactly the same public API as against the committed pin.
 */
class SpecVariantsTest {
    private static final List<String> PUBLIC_PACKAGES = List.of("client", "core", "errors", "models", "services");
    private static Set<String> baselineApi;

    @BeforeAll
    static void buildTheCommittedPin(@TempDir Path dir) throws Exception {
        Files.copy(Regeneration.ROOT.resolve("openapi/unify-sequences-v1.openapi.json"), dir.resolve("committed.json"));
        Regeneration.repin(dir.resolve("committed.json"), dir, "2026-08-19");
        Path classes = Regeneration.build(dir);
        try (URLClassLoader loader = Regeneration.load(classes)) {
            assertThat(breaking(loader)).isEmpty();
            baselineApi = publicApi(classes, loader);
        }
        assertThat(baselineApi).anyMatch(line -> line.contains("UnifySequencesClient"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Variants.class)
    void anAdditiveChangeRegeneratesWithNoHandEdit(Variants variant, @TempDir Path dir) throws Exception {
        JsonObject pinned = JsonParser.parseString(
                        Files.readString(Regeneration.ROOT.resolve("openapi/unify-sequences-v1.openapi.json")))
                .getAsJsonObject();
        Path file = dir.resolve("variant.json");
        Files.writeString(
                file,
                new GsonBuilder()
                        .setPrettyPrinting()
                        .disableHtmlEscaping()
                        .create()
                        .toJson(variant.edit.apply(pinned)),
                StandardCharsets.UTF_8);

        String report = Regeneration.repin(file, dir, "2026-12-01");
        assertThat(report).as(variant.description).contains(variant.reported);
        checkBuild(dir, variant.description);
    }

    /** A breaking change still compiles (nothing binds to generated signatures) and is named by the binding check. */
    @Test
    void aRemovedOperationIsNamedWithTheSdkMethodThatNeedsIt(@TempDir Path dir) throws Exception {
        JsonObject pinned = JsonParser.parseString(
                        Files.readString(Regeneration.ROOT.resolve("openapi/unify-sequences-v1.openapi.json")))
                .getAsJsonObject();
        pinned.getAsJsonObject("paths").remove("/sequences/{id}/pause");
        Path file = dir.resolve("breaking.json");
        Files.writeString(file, pinned.toString(), StandardCharsets.UTF_8);

        assertThat(Regeneration.repin(file, dir, "2026-12-01"))
                .contains("Operations removed: POST /sequences/{id}/pause");
        try (URLClassLoader loader = Regeneration.load(Regeneration.build(dir))) {
            assertThat(breaking(loader))
                    .singleElement()
                    .asString()
                    .startsWith("client.sequences().pause() needs POST /sequences/{id}/pause, which the pin"
                            + " (Unify Sequences API spec 2026-12-01");
        }
    }

    /** The vendor's files (copies in openapi's test resources, with their provenance): each must build. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-08-02", "2026-08-19"})
    void aPublishedFileBuilds(String date, @TempDir Path dir) throws Exception {
        Path file = Regeneration.ROOT.resolve(
                "openapi/src/test/resources/published/unify-sequences-openapi." + date + ".json");
        Regeneration.repin(file, dir, date);
        List<String> optional = checkBuild(dir, date);
        if (date.equals("2026-08-02")) {
            // README, "Building against an older pin": it builds; the filter it lacks fails when used.
            assertThat(optional).singleElement().asString().contains("'enrolled_by_play_id'");
        } else {
            assertThat(optional).isEmpty();
        }
    }

    /** Compiles, binds and compares the public API; returns the optional features the pin lacks. */
    private static List<String> checkBuild(Path dir, String what) throws Exception {
        Path classes = Regeneration.build(dir);
        try (URLClassLoader loader = Regeneration.load(classes)) {
            assertThat(breaking(loader)).as(what).isEmpty();
            Set<String> api = publicApi(classes, loader);
            assertThat(minus(api, baselineApi))
                    .as("added to the SDK's public API against " + what)
                    .isEmpty();
            assertThat(minus(baselineApi, api))
                    .as("removed from the SDK's public API against " + what)
                    .isEmpty();
            return call(loader, "missingOptional");
        }
    }

    private static Set<String> minus(Set<String> from, Set<String> taken) {
        Set<String> rest = new TreeSet<>(from);
        rest.removeAll(taken);
        return rest;
    }

    private static List<String> breaking(URLClassLoader loader) throws Exception {
        return call(loader, "breaking");
    }

    @SuppressWarnings("unchecked")
    private static List<String> call(URLClassLoader loader, String check) throws Exception {
        Class<?> api = loader.loadClass("io.github.unifysequences.generated.api.UnifySequencesApi");
        Method method =
                loader.loadClass("io.github.unifysequences.client.BindingCheck").getDeclaredMethod(check, Class.class);
        method.setAccessible(true);
        return (List<String>) method.invoke(null, api);
    }

    /** What {@code javap -public} would list for the SDK's packages: public types and their public and protected members. */
    private static Set<String> publicApi(Path classes, ClassLoader loader) throws IOException, ClassNotFoundException {
        Set<String> api = new TreeSet<>();
        for (String pkg : PUBLIC_PACKAGES) {
            Path dir = classes.resolve("io/github/unifysequences/" + pkg);
            List<Path> files;
            try (Stream<Path> walk = Files.list(dir)) {
                files = walk.filter(f -> f.toString().endsWith(".class")).toList();
            }
            for (Path file : files) {
                String name = "io.github.unifysequences." + pkg + "."
                        + file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName(name, false, loader);
                if (!isExported(type)) {
                    continue;
                }
                api.add(type.toGenericString() + " extends " + type.getGenericSuperclass() + " implements "
                        + List.of(type.getGenericInterfaces()));
                for (Constructor<?> c : type.getDeclaredConstructors()) {
                    if (visible(c.getModifiers())) {
                        api.add(c.toGenericString());
                    }
                }
                for (Method m : type.getDeclaredMethods()) {
                    if (visible(m.getModifiers()) && !m.isSynthetic()) {
                        api.add(m.toGenericString());
                    }
                }
                for (Field f : type.getDeclaredFields()) {
                    if (visible(f.getModifiers())) {
                        api.add(f.toGenericString());
                    }
                }
            }
        }
        return api;
    }

    private static boolean isExported(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return !type.isAnonymousClass();
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }
}
