package io.github.unifysequences.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives every test method a fresh, running sandbox, stopped after it. Declare the parameters you need:
 * {@link SequencesSandbox}, {@link java.net.URI} (the base URL; in a {@code @ParameterizedTest} write
 * {@code @SandboxTest.BaseUrl URI}), {@code @SandboxTest.BaseUrl String} or {@code @SandboxTest.ApiKey String}.
 * A sandbox resolved for a {@code @BeforeAll} method or a test class's constructor is shared by the tests of that
 * class (and stopped after them); the test methods' own parameters then resolve to that same sandbox.
 *
 * <p>On a class it applies to the class's subclasses ({@code @Inherited}) and to its {@code @Nested} classes, which
 * use its seed and size unless they carry their own.
 *
 * <pre>{@code
 * @SandboxTest(seed = 7)
 * class MyClientTest {
 *     @Test
 *     void listsSequences(URI baseUrl, @SandboxTest.ApiKey String apiKey) { ... }
 * }
 * }</pre>
 *
 * <p>Requires JUnit Jupiter 5.10 or newer on the test classpath (the sandbox declares it optional); on the module
 * path the test module {@code requires org.junit.jupiter.api} itself.
 */
// JUnit's types in this API are not re-exported (module-info says why): only a test module that has JUnit uses them.
@SuppressWarnings("exports")
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(SandboxExtension.class)
public @interface SandboxTest {
    /**
     * The data seed.
     *
     * @return the seed of the generated data; 42 by default
     */
    long seed() default 42;

    /**
     * {@code "empty"}, {@code "small"} or {@code "large"}.
     *
     * @return the data size's name, as {@link SeedSize#named(String)} reads it
     */
    String size() default "small";

    /** Marks a {@code String} parameter that receives the base URL. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.PARAMETER)
    @interface BaseUrl {}

    /** Marks a {@code String} parameter that receives an accepted API key. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.PARAMETER)
    @interface ApiKey {}
}
