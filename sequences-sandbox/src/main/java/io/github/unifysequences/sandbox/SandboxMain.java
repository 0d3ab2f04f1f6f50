package io.github.unifysequences.sandbox;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Command line: {@code java -cp ... io.github.unifysequences.sandbox.SandboxMain --port 8080 --seed 42 --size small}.
 * Also {@code --rate-limit N/SECONDS} (e.g. {@code 2000/10}). Runs until interrupted.
 */
public final class SandboxMain {
    private SandboxMain() {
    }

    /**
     * Starts a sandbox from command-line flags and blocks.
     *
     * @param args {@code --port N --seed S --size empty|small|large [--rate-limit N/SECONDS]}
     * @throws InterruptedException when interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        SequencesSandbox.Builder builder = SequencesSandbox.builder();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port": builder.port(Integer.parseInt(value)); i++; break;
                case "--seed": builder.seed(Long.parseLong(value)); i++; break;
                case "--size": builder.size(SeedSize.named(value)); i++; break;
                case "--rate-limit":
                    String[] parts = value.split("/");
                    builder.rateLimit(Integer.parseInt(parts[0]), Duration.ofSeconds(Long.parseLong(parts[1])));
                    i++;
                    break;
                default:
                    System.err.println("Usage: SandboxMain [--port N] [--seed S] [--size empty|small|large]"
                            + " [--rate-limit N/SECONDS]");
                    System.exit(2);
            }
        }
        long started = System.nanoTime();
        SequencesSandbox sandbox = builder.build();
        URI url = sandbox.start();
        System.out.printf("Unify Sequences sandbox at %s (x-api-key: %s), %d enrollments, ready in %d ms%n",
                url, sandbox.apiKey(), sandbox.data().enrollmentCount(), (System.nanoTime() - started) / 1_000_000);
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
        new CountDownLatch(1).await();
    }
}
