/**
 * The Unify Sequences sandbox: a local, stateful server speaking the pinned API, for demos, tests and benchmarks
 * ({@link io.github.unifysequences.sandbox.SequencesSandbox}, {@code SandboxMain} on the command line, and the
 * JUnit 5 {@code @SandboxTest} extension). Runs on the module path as well as the class path.
 */
module io.github.unifysequences.sandbox {
    requires com.google.gson;
    requires java.logging;
    requires jdk.httpserver;
    // Only SandboxExtension/@SandboxTest use JUnit; a test module that uses them requires JUnit itself. Not
    // `transitive`: javac then needs JUnit to compile any module that requires this one, even one that never
    // touches the extension (a demo or a server using SequencesSandbox alone).
    requires static org.junit.jupiter.api;
    requires static org.junit.platform.commons;

    exports io.github.unifysequences.sandbox;
}
