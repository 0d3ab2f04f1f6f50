package io.github.unifysequences.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A local, stateful Unify Sequences API server on a loopback port, for demos, tests and benchmarks.
 *
 * <pre>{@code
 * try (SequencesSandbox sandbox = SequencesSandbox.builder().seed(7).size(SeedSize.SMALL).build()) {
 *     URI baseUrl = sandbox.start();           // http://127.0.0.1:<port>/sequences/v1
 *     // call it with header "x-api-key: sandbox-key"
 * }
 * }</pre>
 *
 * <p>Thread-safe: any number of clients may call it concurrently.
 */
public final class SequencesSandbox implements AutoCloseable {
    /** The API key every sandbox accepts unless {@link Builder#apiKeys} says otherwise. */
    public static final String DEFAULT_API_KEY = "sandbox-key";

    private final Builder config;
    private final Faults faults = new Faults();
    private final SandboxData data;
    private final SandboxServer server;
    private URI baseUrl;
    private boolean closed;

    private SequencesSandbox(Builder config) {
        this.config = config;
        Store store = new Store();
        new SeedGenerator(config.seed, config.size).populate(store);
        Context ctx = new Context(
                store,
                new Pager(new Cursors()),
                config.clock,
                faults,
                config.queryJobDuration,
                config.queryJobTtl,
                config.emailResolutionDelay);
        Router router = new Router();
        // Literal segments first: /enrollments/query-jobs must win over /enrollments/{id}.
        QueryJobRoutes.enrollments(ctx).register(router);
        QueryJobRoutes.enrollmentSteps(ctx).register(router);
        new SequenceRoutes(ctx).register(router);
        new EnrollmentRoutes(ctx).register(router);
        new EnrollmentStepRoutes(ctx).register(router);
        this.data = new SandboxData(store, config.clock);
        this.server = new SandboxServer(
                router,
                faults,
                new RateLimiter(config.rateLimit, config.rateWindow, config.clock),
                Set.copyOf(config.apiKeys),
                config.threads);
    }

    /**
     * A builder with the defaults: seed 42, {@link SeedSize#SMALL}, ephemeral port, key {@code sandbox-key}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts serving and returns the base URL ({@code http://127.0.0.1:PORT/sequences/v1}).
     *
     * @return the base URL the server answers on
     * @throws IllegalStateException if already started, or if the class path's Gson is older than 2.10.1
     * @throws UncheckedIOException if the port cannot be bound
     */
    public synchronized URI start() {
        GsonFloor.check();
        if (baseUrl != null) {
            throw new IllegalStateException("Already started at " + baseUrl);
        }
        try {
            int port = server.start(config.port);
            baseUrl = URI.create("http://127.0.0.1:" + port + SandboxServer.BASE_PATH);
            return baseUrl;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot bind port " + config.port, e);
        }
    }

    /**
     * The base URL; only after {@link #start()}.
     *
     * @return the base URL, as {@link #start()} returned it
     * @throws IllegalStateException if not started
     */
    public synchronized URI baseUrl() {
        if (baseUrl == null) {
            throw new IllegalStateException("Not started");
        }
        return baseUrl;
    }

    /**
     * The bound port; only after {@link #start()}.
     *
     * @return the TCP port on 127.0.0.1
     * @throws IllegalStateException if not started
     */
    public int port() {
        return baseUrl().getPort();
    }

    /**
     * An API key the sandbox accepts (the first configured one).
     *
     * @return the value to send as {@code x-api-key}
     */
    public String apiKey() {
        return config.apiKeys.iterator().next();
    }

    /**
     * The clock every timestamp and time rule uses; advance it to move query jobs along.
     *
     * @return the sandbox's clock
     */
    public SandboxClock clock() {
        return config.clock;
    }

    /**
     * Fault injection for the next requests.
     *
     * @return the faults to inject
     */
    public Faults faults() {
        return faults;
    }

    /**
     * Direct access to the data: find seeded entities, add your own, end enrollments.
     *
     * @return the sandbox's data
     */
    public SandboxData data() {
        return data;
    }

    /** Stops the server; idempotent. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            server.stop();
        }
    }

    /** Configures a {@link SequencesSandbox}. Every setting has a default. */
    public static final class Builder {
        private int port;
        private long seed = 42;
        private SeedSize size = SeedSize.SMALL;
        private Set<String> apiKeys = new LinkedHashSet<>(List.of(DEFAULT_API_KEY));
        private int rateLimit = 100_000;
        private Duration rateWindow = Duration.ofMinutes(5);
        private Duration queryJobDuration = Duration.ofSeconds(2);
        private Duration queryJobTtl = Duration.ofHours(24);
        private Duration emailResolutionDelay = Duration.ofSeconds(1);
        private SandboxClock clock = SandboxClock.system();
        private int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

        private Builder() {}

        /**
         * The port to bind on 127.0.0.1; 0 (the default) picks a free one.
         *
         * @param port a TCP port, or 0
         * @return this builder
         */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * The seed of the generated data; the same seed and size give the same data.
         *
         * @param seed any value
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * How much data to generate.
         *
         * @param size a preset or {@link SeedSize#custom}; not null
         * @return this builder
         */
        public Builder size(SeedSize size) {
            this.size = Objects.requireNonNull(size);
            return this;
        }

        /**
         * The accepted {@code x-api-key} values (replacing {@code sandbox-key}).
         *
         * @param keys at least one key
         * @return this builder
         * @throws IllegalArgumentException if no key is given
         */
        public Builder apiKeys(String... keys) {
            if (keys.length == 0) {
                throw new IllegalArgumentException("At least one API key");
            }
            this.apiKeys = new LinkedHashSet<>(List.of(keys));
            return this;
        }

        /**
         * At most {@code requests} per API key in each fixed {@code window}; default 100,000 per 5 minutes.
         *
         * @param requests requests allowed per window, at least 1
         * @param window the window's length, at least 1 ms
         * @return this builder
         * @throws IllegalArgumentException if either is out of range
         */
        public Builder rateLimit(int requests, Duration window) {
            if (requests < 1 || window.toMillis() < 1) {
                throw new IllegalArgumentException("Need at least 1 request per positive window");
            }
            this.rateLimit = requests;
            this.rateWindow = window;
            return this;
        }

        /**
         * How long (sandbox clock) a query job stays IN_PROGRESS; default 2 s.
         *
         * @param duration the time from creation to COMPLETED; zero completes jobs at once
         * @return this builder
         */
        public Builder queryJobDuration(Duration duration) {
            this.queryJobDuration = duration;
            return this;
        }

        /**
         * How long after creation a job's results expire (410); default 24 h as documented.
         *
         * @param ttl the results' lifetime from the job's creation
         * @return this builder
         */
        public Builder queryJobTtl(Duration ttl) {
            this.queryJobTtl = ttl;
            return this;
        }

        /**
         * How long (sandbox clock) an edited step email reads {@code is_ready: false}; default 1 s.
         *
         * @param delay the time until an edited email is ready
         * @return this builder
         */
        public Builder emailResolutionDelay(Duration delay) {
            this.emailResolutionDelay = delay;
            return this;
        }

        /**
         * The clock to use; default {@link SandboxClock#system()}.
         *
         * @param clock the clock; not null
         * @return this builder
         */
        public Builder clock(SandboxClock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /**
         * Worker threads serving requests; default max(4, 2 x cores).
         *
         * @param threads at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1");
            }
            this.threads = threads;
            return this;
        }

        /**
         * Generates the data; call {@link SequencesSandbox#start()} to serve it.
         *
         * @return a new, not yet started sandbox
         */
        public SequencesSandbox build() {
            return new SequencesSandbox(this);
        }
    }
}
