package io.github.unifysequences.cli;

import java.net.URI;
import java.util.Optional;
import java.util.function.Consumer;

import io.github.unifysequences.client.LogLevel;
import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.client.UnifySequencesClientBuilder;
import io.github.unifysequences.sandbox.SeedSize;
import io.github.unifysequences.sandbox.SequencesSandbox;

/** One command's connection: the SDK client and, with {@code --sandbox} or in the demo, the sandbox it talks to. */
final class Session implements AutoCloseable {
    /** The demo's and {@code --sandbox}'s seed, so that every run tells the same story. */
    static final long SANDBOX_SEED = 42;

    private final UnifySequencesClient client;
    private final SequencesSandbox sandbox;
    private final String target;

    private Session(UnifySequencesClient client, SequencesSandbox sandbox, String target) {
        this.client = client;
        this.sandbox = sandbox;
        this.target = target;
    }

    static Session open(SequencesCli cli, Consumer<UnifySequencesClientBuilder> tuning, boolean embedded) {
        UnifySequencesClientBuilder builder = UnifySequencesClient.builder();
        tuning.accept(builder);
        if (cli.verbose) {
            // Request and response headers: the SDK shows x-api-key as ██ and keeps the key out of everything it logs.
            builder.logLevel(LogLevel.HEADERS);
        }
        if (embedded) {
            SequencesSandbox sandbox = SequencesSandbox.builder().seed(SANDBOX_SEED).size(SeedSize.SMALL).build();
            try {
                URI url = sandbox.start();
                UnifySequencesClient client = builder.apiKey(sandbox.apiKey()).baseUrl(url.toString()).build();
                return new Session(client, sandbox, "an embedded sandbox at " + url + " (seed " + SANDBOX_SEED + ", small)");
            } catch (RuntimeException e) {
                sandbox.close();
                throw e;
            }
        }
        String key = cli.knownKey().orElseThrow(() -> new CliError(SequencesCli.EXIT_USAGE,
                "No API key: set UNIFY_API_KEY, pass --api-key, or use --sandbox."));
        builder.apiKey(key);
        cli.knownBaseUrl().ifPresent(builder::baseUrl);
        return new Session(builder.build(), null, "the Unify API" + cli.knownBaseUrl().map(u -> " at " + u).orElse(""));
    }

    UnifySequencesClient client() {
        return client;
    }

    /** @return the embedded sandbox, when this session runs against one */
    Optional<SequencesSandbox> sandbox() {
        return Optional.ofNullable(sandbox);
    }

    /** @return what this session talks to, for people to read */
    String target() {
        return target;
    }

    @Override
    public void close() {
        client.close();
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
