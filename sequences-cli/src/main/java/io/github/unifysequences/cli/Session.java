package io.github.unifysequences.cli;

import io.github.unifysequences.client.LogLevel;
import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.client.UnifySequencesClientBuilder;
import io.github.unifysequences.sandbox.SeedSize;
import io.github.unifysequences.sandbox.SequencesSandbox;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/** One command's connection: the SDK client and, with {@code --sandbox} or in the demo, the sandbox it talks to. */
final class Session implements AutoCloseable {
    /** The demo's and {@code --sandbox}'s seed, so that every run tells the same story. */
    static final long SANDBOX_SEED = 42;
    /** The path every API URL starts with: the spec's server is https://api.unifygtm.com/sequences/v1. */
    private static final String API_PATH = "/sequences/v1";
    /** Longest wait for the next bytes of an answer (the SDK's default is 60 s). */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

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
            SequencesSandbox sandbox = SequencesSandbox.builder()
                    .seed(SANDBOX_SEED)
                    .size(SeedSize.SMALL)
                    .build();
            try {
                URI url = sandbox.start();
                UnifySequencesClient client =
                        builder.apiKey(sandbox.apiKey()).baseUrl(url.toString()).build();
                return new Session(
                        client, sandbox, "an embedded sandbox at " + url + " (seed " + SANDBOX_SEED + ", small)");
            } catch (RuntimeException e) {
                sandbox.close();
                throw e;
            }
        }
        String key = cli.knownKey()
                .orElseThrow(() -> new CliError(
                        SequencesCli.EXIT_USAGE, "No API key: set UNIFY_API_KEY, pass --api-key, or use --sandbox."));
        if (key.chars().anyMatch(Character::isWhitespace)) {
            throw new CliError(
                    SequencesCli.EXIT_USAGE,
                    "The API key (" + cli.keySource() + ") has a space or line break inside it;" + " copy it again.");
        }
        // A read that stalls this long is a server not speaking HTTP as asked (https:// to a plain-HTTP port hangs in
        // the
        // TLS handshake); with the SDK's retries the command still ends within a minute, not three.
        builder.apiKey(key).readTimeout(READ_TIMEOUT);
        cli.knownBaseUrl().ifPresent(url -> builder.baseUrl(checkedBaseUrl(url)));
        return new Session(
                builder.build(),
                null,
                "the Unify API" + cli.knownBaseUrl().map(u -> " at " + u).orElse(""));
    }

    /**
     * @param url the base URL given
     * @return it, if its path ends in the API's own /sequences/v1 (the spec's server URL); any other path would answer
     *     every call with a 404 that reads like a wrong id
     * @throws CliError with the usage code otherwise
     */
    private static String checkedBaseUrl(String url) {
        if (!url.replaceAll("/+$", "").endsWith(API_PATH)) {
            throw new CliError(
                    SequencesCli.EXIT_USAGE,
                    "--base-url " + url + " (or UNIFY_BASE_URL) must end in " + API_PATH
                            + ", e.g. https://api.unifygtm.com" + API_PATH + " or http://127.0.0.1:8080" + API_PATH
                            + ".");
        }
        return url;
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
