package io.github.unifysequences.sandbox;

import java.net.URI;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link SandboxTest}; usable alone with
 * {@code @ExtendWith(SandboxExtension.class)} (then with the default seed and size). Starts a sandbox
 * before each test method and stops it afterwards (the store closes it as an {@link AutoCloseable}).
 */
public final class SandboxExtension implements BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SandboxExtension.class);

    /** Instantiated by JUnit. */
    public SandboxExtension() {}

    @Override
    public void beforeEach(ExtensionContext context) {
        sandbox(context);
    }

    private static SequencesSandbox sandbox(ExtensionContext context) {
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        SequencesSandbox.class,
                        type -> {
                            SandboxTest config = AnnotationSupport.findAnnotation(
                                            context.getTestMethod(), SandboxTest.class)
                                    .or(() ->
                                            AnnotationSupport.findAnnotation(context.getTestClass(), SandboxTest.class))
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

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == SequencesSandbox.class
                || type == URI.class
                || type == String.class
                        && (parameter.isAnnotated(SandboxTest.BaseUrl.class)
                                || parameter.isAnnotated(SandboxTest.ApiKey.class));
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
