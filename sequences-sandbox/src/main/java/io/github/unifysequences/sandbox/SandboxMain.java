package io.github.unifysequences.sandbox;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Command line: {@code java -cp ... io.github.unifysequences.sandbox.SandboxMain --port 8080 --seed 42 --size small}.
 * Also {@code --rate-limit N/SECONDS} (e.g. {@code 2000/10}). Runs until interrupted.
 */
public final class SandboxMain {
    private SandboxMain() {}

    /**
     * Starts a sandbox from command-line flags and blocks.
     *
     * @param args {@code --port N --seed S --size empty|small|large [--rate-limit N/SECONDS]}
     * @throws InterruptedException when interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        SequencesSandbox.Builder builder;
        try {
            builder = parse(args);
        } catch (RuntimeException e) {
            System.err.println(e.getMessage() + "\nUsage: SandboxMain [--port N] [--seed S]"
                    + " [--size empty|small|large] [--rate-limit N/SECONDS]");
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        SequencesSandbox sandbox = builder.build();
        URI url = sandbox.start();
        System.out.printf(
                "Unify Sequences sandbox at %s (x-api-key: %s), %d enrollments, ready in %d ms%n",
                url, sandbox.apiKey(), sandbox.data().enrollmentCount(), (System.nanoTime() - started) / 1_000_000);
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
        new CountDownLatch(1).await();
    }

    static SequencesSandbox.Builder parse(String[] args) {
        SequencesSandbox.Builder builder = SequencesSandbox.builder();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value for " + args[i]);
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--port":
                    builder.port(Integer.parseInt(value));
                    break;
                case "--seed":
                    builder.seed(Long.parseLong(value));
                    break;
                case "--size":
                    builder.size(SeedSize.named(value));
                    break;
                case "--rate-limit":
                    String[] parts = value.split("/", 2);
                    if (parts.length != 2) {
                        throw new IllegalArgumentException("--rate-limit wants N/SECONDS, e.g. 2000/10");
                    }
                    builder.rateLimit(Integer.parseInt(parts[0]), Duration.ofSeconds(Long.parseLong(parts[1])));
                    break;
                default:
                    throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        return builder;
    }
}
