package io.github.unifysequences.sandbox;

import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link SandboxTest}; usable alone with
 * {@code @ExtendWith(SandboxExtension.class)} (then with the default seed and size). Starts a sandbox
 * before each test method and stops it afterwards. A sandbox resolved for a {@code @BeforeAll} method's parameter
 * lives until the class's tests are done.
 */
// JUnit's types in this API are not re-exported (module-info says why): only a test module that has JUnit uses them.
@SuppressWarnings("exports")
public final class SandboxExtension
        implements BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SandboxExtension.class);

    /** Instantiated by JUnit. */
    public SandboxExtension() {}

    @Override
    public void beforeEach(ExtensionContext context) {
        sandbox(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stop(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop(context);
    }

    /**
     * Stops the sandbox this context started, if any. Done here rather than left to the store: JUnit closes
     * {@link AutoCloseable} store values only from 5.13, and Spring Boot's dependency management still gives
     * 5.10-5.12, where a sandbox left in the store would keep its server and threads for the rest of the run.
     */
    private static void stop(ExtensionContext context) {
        SequencesSandbox sandbox = context.getStore(NAMESPACE).remove(SequencesSandbox.class, SequencesSandbox.class);
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private static SequencesSandbox sandbox(ExtensionContext context) {
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        SequencesSandbox.class,
                        type -> {
                            SandboxTest config = AnnotationSupport.findAnnotation(
                                            context.getTestMethod(), SandboxTest.class)
                                    .or(() -> classConfig(context.getTestClass()))
                                    .orElse(null);
                            SequencesSandbox.Builder builder = SequencesSandbox.builder();
                            if (config != null) {
                                builder.seed(config.seed()).size(SeedSize.named(config.size()));
                            }
                            SequencesSandbox sandbox = builder.build();
                            sandbox.start();
                            return sandbox;
                        },
                        SequencesSandbox.class);
    }

    /**
     * The class's {@code @SandboxTest}, or else its superclasses' ({@code @Inherited}), or else the nearest enclosing
     * class's: a {@code @Nested} class runs with the seed and size of the class around it.
     */
    private static Optional<SandboxTest> classConfig(Optional<Class<?>> testClass) {
        for (Class<?> type = testClass.orElse(null); type != null; type = type.getEnclosingClass()) {
            Optional<SandboxTest> found = AnnotationSupport.findAnnotation(type, SandboxTest.class);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == SequencesSandbox.class
                || type == URI.class && (parameter.isAnnotated(SandboxTest.BaseUrl.class) || !parameterized(parameter))
                || type == String.class
                        && (parameter.isAnnotated(SandboxTest.BaseUrl.class)
                                || parameter.isAnnotated(SandboxTest.ApiKey.class));
    }

    /**
     * Whether the parameter belongs to a {@code @ParameterizedTest}, whose arguments may be URIs of their own: there
     * an unannotated {@code URI} is left to JUnit (read by name, the sandbox does not depend on junit-jupiter-params).
     */
    private static boolean parameterized(ParameterContext parameter) {
        for (Annotation annotation : parameter.getDeclaringExecutable().getAnnotations()) {
            if (annotation.annotationType().getName().equals("org.junit.jupiter.params.ParameterizedTest")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        SequencesSandbox sandbox = sandbox(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == SequencesSandbox.class) {
            return sandbox;
        }
        if (type == URI.class) {
            return sandbox.baseUrl();
        }
        return parameter.isAnnotated(SandboxTest.ApiKey.class)
                ? sandbox.apiKey()
                : sandbox.baseUrl().toString();
    }
}
