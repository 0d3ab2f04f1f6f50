package io.github.unifysequences.client;

import io.github.unifysequences.generated.api.UnifySequencesApi;
import io.github.unifysequences.internal.Check;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javax.net.SocketFactory;
import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Configures a {@link UnifySequencesClient} or {@link UnifySequencesClientAsync}. Only the API key is required.
 *
 * <pre>{@code
 * UnifySequencesClient client = UnifySequencesClient.builder()
 *         .apiKey(System.getenv("UNIFY_API_KEY"))
 *         .maxRetries(3)
 *         .readTimeout(Duration.ofSeconds(30))
 *         .logLevel(LogLevel.BASIC)
 *         .build();
 * }</pre>
 *
 * <h2>Retries</h2>
 * Each call is retried up to {@link #maxRetries(int)} times (default 2) after connection failures and 429,
 * and for reads and idempotent writes (list, retrieve, delete, cancel, pause, resume) also after timeouts,
 * 408 and 5xx. The wait is {@code min(0.5 s * 2^(n-1), 8 s)} scaled by a random factor in
 * [0.75, 1], or what {@code Retry-After} asks for (seconds or an HTTP date) up to
 * {@link #maxRetryAfter(Duration)} (default 60 s); a longer {@code Retry-After} is not waited for: the call
 * fails at once with the 429's {@code RateLimitedException#retryAfter()}. Creating and approving an
 * enrollment and updating an enrollment step are not idempotent and are repeated only when the server
 * provably did not act (see
 * {@link io.github.unifysequences.services.EnrollmentService#create}). Every attempt carries an
 * {@code x-unify-sdk-attempt} header with its number, starting at 1.
 *
 * <h2>Timeouts</h2>
 * {@link #connectTimeout}, {@link #readTimeout} and {@link #callTimeout} bound one attempt; {@link #deadline} bounds
 * a whole call, its attempts and the waits between them (AWS SDK v2's {@code apiCallAttemptTimeout} and
 * {@code apiCallTimeout}). Both can be set per call with {@link io.github.unifysequences.core.RequestOptions}. A
 * {@link io.github.unifysequences.errors.UnifyTimeoutException} names the limit that fired and the attempts made.
 *
 * <h2>A caller's OkHttp client</h2>
 * One rule for every setting: with {@link #okHttpClient(OkHttpClient)}, what this builder sets explicitly
 * ({@link #connectTimeout}, {@link #readTimeout}, {@link #callTimeout}, {@link #maxConcurrentRequests},
 * {@link #maxIdleConnections}) is applied to the SDK's copy of your client, and what it does not set is kept from
 * your client as it is, including its timeouts (a call timeout of 0 there means attempts are not bounded as a
 * whole), its dispatcher and its connection pool. Without a client of yours, the defaults below apply.
 *
 * <p>Not thread-safe; the built clients are.
 */
public final class UnifySequencesClientBuilder {
    static final String DEFAULT_BASE_URL = "https://api.unifygtm.com/sequences/v1";
    /**
     * The async client's bound on calls in flight. It bounds threads, not the request rate (that is
     * {@link #rateLimit()}'s job): OkHttp runs each async call in flight on a dispatcher thread of its own. 512 lets a
     * fan-out of a few hundred calls go out at once, as blocking calls on as many (virtual) threads do, and is enough
     * to spend the API's whole budget of 333 requests/s even at 1.5 s per call. At 64 (OkHttp's overall default),
     * 300 async calls took twice as long as the same calls blocking on virtual threads (docs/PERFORMANCE.md, figure 7).
     */
    static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 512;

    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
    static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
    /** How long an idle thread of the SDK's dispatcher waits for the next call before it ends. */
    static final Duration IDLE_THREAD_KEEP_ALIVE = Duration.ofSeconds(10);

    static final Duration KEEP_ALIVE = Duration.ofMinutes(5);
    /** The default callback executor: completes a future on the OkHttp thread that finished its call. */
    private static final Executor COMPLETE_ON_HTTP_THREAD = Runnable::run;

    static final String THREAD_NAME_PREFIX = "unify-sequences-http-";
    private static final Pattern LOOPBACK_V4 = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    // The settings that are null until set: then the default, or with a caller's OkHttp client the value in it,
    // applies (no deadline, no rate limit, futures completed on OkHttp's threads).
    private @Nullable String apiKey;
    private String baseUrl = DEFAULT_BASE_URL;
    private @Nullable Duration connectTimeout;
    private @Nullable Duration readTimeout;
    private @Nullable Duration callTimeout;
    private @Nullable Duration deadline;
    private int maxRetries = 2;
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private LogLevel logLevel = LogLevel.NONE;
    private @Nullable OkHttpClient okHttpClient;
    private int ratePermits;
    private @Nullable Duration ratePeriod;
    private @Nullable Integer maxIdleConnections;
    private @Nullable Integer maxConcurrentRequests;
    private @Nullable Executor callbackExecutor;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Clock clock = Clock.systemUTC();

    UnifySequencesClientBuilder() {}

    /**
     * @param apiKey the key from Settings → Developers in Unify, sent as {@code x-api-key}; required
     * @return this builder
     */
    public UnifySequencesClientBuilder apiKey(String apiKey) {
        this.apiKey = apiKey;
        return this;
    }

    /**
     * @param baseUrl the API root, default {@code https://api.unifygtm.com/sequences/v1}; must be HTTPS
     *     unless the host is loopback ({@code localhost}, {@code 127.0.0.0/8}, {@code ::1})
     * @return this builder
     */
    public UnifySequencesClientBuilder baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
        return this;
    }

    /**
     * @param timeout how long to wait for a TCP/TLS connection; default 10 s
     * @return this builder
     */
    public UnifySequencesClientBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = positive("connectTimeout", timeout);
        return this;
    }

    /**
     * @param timeout the longest silence while reading a response (and writing a request); default 60 s
     * @return this builder
     */
    public UnifySequencesClientBuilder readTimeout(Duration timeout) {
        this.readTimeout = positive("readTimeout", timeout);
        return this;
    }

    /**
     * @param timeout the bound on one whole attempt, from connecting to reading the last byte; default 60 s.
     *     Overridable per call with {@link io.github.unifysequences.core.RequestOptions.Builder#timeout}
     * @return this builder
     */
    public UnifySequencesClientBuilder callTimeout(Duration timeout) {
        this.callTimeout = positive("callTimeout", timeout);
        return this;
    }

    /**
     * Bounds every call as a whole: its attempts, the waits between them and any wait for the rate limiter (AWS SDK
     * v2's {@code apiCallTimeout}). An attempt in flight when it passes is cancelled, and a backoff that would end
     * after it is not started; the call then fails with a
     * {@link io.github.unifysequences.errors.UnifyTimeoutException} that says so and how many attempts were made.
     * Overridable per call with {@link io.github.unifysequences.core.RequestOptions.Builder#deadline}. Does not
     * bound a query-job export's wait for its job (see {@code ExportOptions.waitTimeout}) or the reading of a
     * streamed page. Default: none.
     *
     * @param deadline a positive duration
     * @return this builder
     */
    public UnifySequencesClientBuilder deadline(Duration deadline) {
        this.deadline = positive("deadline", deadline);
        return this;
    }

    /**
     * How many calls of the async client may be in flight at once; further calls queue, in order, until one
     * finishes. Each call in flight holds one of the SDK's HTTP threads (OkHttp's dispatcher runs it there), so this
     * bounds those threads. Default 512. Blocking calls are not counted: each runs on its caller's thread, so the
     * callers bound them. This is not a rate limit: 512 calls of 100 ms each in flight all the time would send 5,120
     * requests per second against the API's budget of 100,000 per 5 minutes (about 333 per second), so a busy service
     * should turn on {@link #rateLimit()}. With {@link #okHttpClient(OkHttpClient)} and without this setting, your
     * client's dispatcher is used as it is: OkHttp's default allows only 5 requests per host.
     *
     * @param maxConcurrent at least 1
     * @return this builder
     */
    public UnifySequencesClientBuilder maxConcurrentRequests(int maxConcurrent) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrentRequests must be >= 1, was " + maxConcurrent);
        }
        this.maxConcurrentRequests = maxConcurrent;
        return this;
    }

    /**
     * Where the async client completes its futures, and so runs the stages you chain on them without an
     * {@code ...Async} executor. By default they complete on the SDK's HTTP threads: fast, but a stage that
     * blocks there holds up other calls. Does not affect the blocking client.
     *
     * @param executor runs each completion; for example a virtual-thread executor or your service's pool
     * @return this builder
     */
    public UnifySequencesClientBuilder callbackExecutor(Executor executor) {
        this.callbackExecutor = Objects.requireNonNull(executor, "callbackExecutor");
        return this;
    }

    /**
     * @param maxRetries how many times a call may be retried after its first attempt; default 2, 0 disables retries
     * @return this builder
     */
    public UnifySequencesClientBuilder maxRetries(int maxRetries) {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
        }
        this.maxRetries = maxRetries;
        return this;
    }

    /**
     * @param cap the longest {@code Retry-After} the client waits for before retrying; default 60 s
     * @return this builder
     */
    public UnifySequencesClientBuilder maxRetryAfter(Duration cap) {
        this.maxRetryAfter = positive("maxRetryAfter", cap);
        return this;
    }

    /**
     * @param level how much of each exchange to log through SLF4J; default {@link LogLevel#NONE}
     * @return this builder
     */
    public UnifySequencesClientBuilder logLevel(LogLevel level) {
        this.logLevel = Objects.requireNonNull(level, "logLevel");
        return this;
    }

    /**
     * Builds on an OkHttp client you configured (proxy, certificate pinning, event listeners, a shared
     * connection pool). The SDK derives its own client with {@code newBuilder()}, so your interceptors run, and
     * adds its API-key handling, retries and redaction on top. Your client's timeouts, dispatcher and pool are
     * kept unless this builder sets them explicitly (see the class documentation). Closing the SDK client leaves
     * your client's pool and dispatcher running; what the SDK created for an explicit setting is released. If your
     * client has a socket factory of its own (or a SOCKS proxy), interrupting a blocking call that waits for the
     * network takes effect only when OkHttp next checks (between its steps, or at the call's timeout); with the
     * JDK's default factory, the SDK uses sockets that an interrupt closes at once.
     *
     * @param client the client to build on
     * @return this builder
     */
    public UnifySequencesClientBuilder okHttpClient(OkHttpClient client) {
        this.okHttpClient = Objects.requireNonNull(client, "okHttpClient");
        return this;
    }

    /**
     * Turns on the client-side rate limiter at the API's documented budget, 100,000 requests per 5 minutes,
     * shared by every call of the built client (and its async face). Calls beyond the budget wait (the async
     * client schedules instead of blocking) rather than being refused by the server. The limiter is a sliding
     * window: no interval of 5 minutes (plus 50 ms for network jitter) holds more than 100,000 request starts,
     * retries included, so the server's own windows never see more than the budget whatever their alignment.
     * It keeps one timestamp per permit (800 KB at the default budget).
     *
     * @return this builder
     */
    public UnifySequencesClientBuilder rateLimit() {
        return rateLimit(100_000, Duration.ofMinutes(5));
    }

    /**
     * Turns on the client-side rate limiter with a custom budget, for example to leave room for other
     * clients of the same account.
     *
     * @param permits requests allowed in any window of length {@code period}, at least 1
     * @param period the window's length; a 50 ms margin for network jitter is added to it
     * @return this builder
     */
    public UnifySequencesClientBuilder rateLimit(int permits, Duration period) {
        if (permits < 1) {
            throw new IllegalArgumentException("rate limit permits must be >= 1, was " + permits);
        }
        this.ratePermits = permits;
        this.ratePeriod = positive("rate limit period", period);
        return this;
    }

    /**
     * Sizes the SDK's connection pool: how many idle keep-alive connections it keeps for reuse (for 5 minutes
     * each). Default: {@link #maxConcurrentRequests} (512), well above OkHttp's own 5, so that after a burst of
     * concurrent calls every connection it opened can be reused instead of opened (and, over TLS, handshaked)
     * again. With {@link #okHttpClient(OkHttpClient)}, setting this gives the SDK a pool of its own instead of
     * sharing yours.
     *
     * @param maxIdle idle connections kept, at least 1
     * @return this builder
     */
    public UnifySequencesClientBuilder maxIdleConnections(int maxIdle) {
        if (maxIdle < 1) {
            throw new IllegalArgumentException("maxIdleConnections must be >= 1, was " + maxIdle);
        }
        this.maxIdleConnections = maxIdle;
        return this;
    }

    /**
     * Applies {@code UNIFY_API_KEY}, {@code UNIFY_BASE_URL} and {@code UNIFY_LOG} from the environment, with
     * the system properties {@code unify.apiKey}, {@code unify.baseUrl} and {@code unify.log} taking precedence.
     * Unset variables leave the builder as it was; later builder calls override.
     *
     * @return this builder
     */
    public UnifySequencesClientBuilder fromEnv() {
        return fromEnv(System::getenv, System::getProperty);
    }

    UnifySequencesClientBuilder fromEnv(UnaryOperator<String> env, UnaryOperator<String> properties) {
        String key = setting(properties.apply("unify.apiKey"), env.apply("UNIFY_API_KEY"));
        String url = setting(properties.apply("unify.baseUrl"), env.apply("UNIFY_BASE_URL"));
        String log = setting(properties.apply("unify.log"), env.apply("UNIFY_LOG"));
        if (key != null) {
            apiKey = key;
        }
        if (url != null) {
            baseUrl = url;
        }
        if (log != null) {
            try {
                logLevel = LogLevel.valueOf(log.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "UNIFY_LOG / unify.log must be none, basic, headers or body, was '" + log + "'");
            }
        }
        return this;
    }

    private static @Nullable String setting(@Nullable String property, @Nullable String env) {
        if (property != null && !property.isBlank()) {
            return property;
        }
        return env != null && !env.isBlank() ? env : null;
    }

    UnifySequencesClientBuilder sleeper(Sleeper sleeper) {
        this.sleeper = sleeper;
        return this;
    }

    UnifySequencesClientBuilder clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /**
     * @return the blocking client
     * @throws IllegalArgumentException if the API key is missing or the base URL is malformed or not HTTPS
     * @throws IllegalStateException if the class path's Gson is older than the SDK's minimum (README,
     *     "Compatibility"); the message names the Gson found
     */
    public UnifySequencesClient build() {
        return new UnifySequencesClient(core());
    }

    /**
     * @return the async client
     * @throws IllegalArgumentException if the API key is missing or the base URL is malformed or not HTTPS
     * @throws IllegalStateException if the class path's Gson is older than the SDK's minimum (README,
     *     "Compatibility"); the message names the Gson found
     */
    public UnifySequencesClientAsync buildAsync() {
        return new UnifySequencesClientAsync(core());
    }

    private ClientCore core() {
        GsonFloor.check();
        String apiKey = this.apiKey;
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey is required: call apiKey(...) or set UNIFY_API_KEY");
        }
        // OkHttp would reject such a header later, quoting the value in its message: check here, without the key.
        if (!apiKey.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException(
                    "apiKey contains whitespace or characters not allowed in an HTTP header");
        }
        HttpUrl url = baseUrl();
        Optional<SlidingWindowLimiter> limiter =
                Optional.ofNullable(ratePeriod).map(period -> new SlidingWindowLimiter(ratePermits, period, clock));
        // The one rule for a caller's client: an explicit setting here wins, anything not set is kept from it.
        OkHttpClient callers = okHttpClient;
        boolean own = callers == null;
        OkHttpClient.Builder http = callers == null ? new OkHttpClient.Builder() : callers.newBuilder();
        if (own || connectTimeout != null) {
            http.connectTimeout(setOr(connectTimeout, DEFAULT_CONNECT_TIMEOUT));
        }
        if (own || readTimeout != null) {
            http.readTimeout(setOr(readTimeout, DEFAULT_READ_TIMEOUT))
                    .writeTimeout(setOr(readTimeout, DEFAULT_READ_TIMEOUT));
        }
        Duration attemptTimeout = callTimeout != null
                ? callTimeout
                : callers == null ? DEFAULT_CALL_TIMEOUT : Duration.ofMillis(callers.callTimeoutMillis());
        ExecutorService dispatcherThreads = null;
        if (own || maxConcurrentRequests != null) {
            dispatcherThreads = dispatcherThreads();
            Dispatcher dispatcher = new Dispatcher(dispatcherThreads);
            int concurrent = setOr(maxConcurrentRequests, DEFAULT_MAX_CONCURRENT_REQUESTS);
            dispatcher.setMaxRequests(concurrent);
            dispatcher.setMaxRequestsPerHost(concurrent);
            http.dispatcher(dispatcher);
        }
        // Blocking attempts run on the caller's thread: channel-backed sockets let an interrupt end one waiting in the
        // network. A caller's own socket factory is kept; OkHttp checks the interrupt only between steps then.
        if (callers == null || callers.socketFactory() == SocketFactory.getDefault()) {
            http.socketFactory(new InterruptibleSockets());
        }
        if (own && !url.isHttps()) {
            // Plain HTTP is allowed only to loopback, and a redirect to another origin is refused, so this client never
            // speaks TLS: spare it OkHttp's eager TLS set-up (trust store, SSL context), a quarter of the CLI's
            // `--sandbox` start (docs/PERFORMANCE.md, cold start).
            http.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        }
        boolean ownsPool = own || maxIdleConnections != null;
        if (ownsPool) {
            int idle = setOr(maxIdleConnections, setOr(maxConcurrentRequests, DEFAULT_MAX_CONCURRENT_REQUESTS));
            http.connectionPool(new ConnectionPool(idle, KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS));
        }
        ClientConfig config = new ClientConfig(
                apiKey,
                url,
                attemptTimeout,
                maxRetries,
                maxRetryAfter,
                logLevel,
                limiter,
                sleeper,
                clock,
                Optional.ofNullable(deadline),
                setOr(callbackExecutor, COMPLETE_ON_HTTP_THREAD));
        // OkHttp's own silent retry could resend a create on a stale pooled connection, and its call timeout
        // would span all attempts; both are the retry loop's job (the attempt timeout is set on each call).
        // HTTPS-to-HTTP redirects would expose the key.
        OkHttpClient client = http.callTimeout(Duration.ZERO)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .addNetworkInterceptor(new Network())
                .build();
        return new ClientCore(
                new Pipeline(config, client, new RequestFactory(UnifySequencesApi.class, url, client)),
                client,
                dispatcherThreads,
                ownsPool);
    }

    /**
     * OkHttp's default dispatcher threads are not daemons and linger 60 s, which kept a JVM alive for a minute after
     * {@code main} returned when a client was not closed. These are daemons and end after 10 s idle; {@code close()}
     * ends them at once.
     */
    private static ExecutorService dispatcherThreads() {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(
                0,
                Integer.MAX_VALUE,
                IDLE_THREAD_KEEP_ALIVE.toMillis(),
                TimeUnit.MILLISECONDS,
                new SynchronousQueue<>(),
                task -> {
                    Thread thread = new Thread(task, THREAD_NAME_PREFIX + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    private static <V> V setOr(@Nullable V value, V fallback) {
        return value != null ? value : fallback;
    }

    /** Retrofit's base URL must end in a slash for the generated relative paths to resolve under it. */
    private HttpUrl baseUrl() {
        HttpUrl url = HttpUrl.parse(baseUrl == null ? "" : baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        if (url == null) {
            throw new IllegalArgumentException("baseUrl is not an http(s) URL: '" + baseUrl + "'");
        }
        if (!url.isHttps() && !isLoopback(url.host())) {
            throw new IllegalArgumentException("baseUrl must use https; plain http is allowed only for localhost, "
                    + "127.0.0.0/8 and ::1, was " + url.scheme() + "://" + url.host());
        }
        return url;
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost")
                || host.equals("::1")
                || LOOPBACK_V4.matcher(host).matches();
    }

    private static Duration positive(String name, Duration value) {
        return Check.duration(name, value);
    }
}
