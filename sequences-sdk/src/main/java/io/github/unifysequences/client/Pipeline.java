package io.github.unifysequences.client;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.github.unifysequences.client.Endpoints.Operation;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.errors.InvalidResponseException;
import io.github.unifysequences.errors.RedirectRefusedException;
import io.github.unifysequences.errors.UnifyException;
import io.github.unifysequences.errors.UnifyInterruptedException;
import io.github.unifysequences.errors.UnifyIoException;
import io.github.unifysequences.errors.UnifyTimeoutException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * The one request pipeline: every operation, blocking or async, goes through {@link #execute}. The
 * {@link RequestFactory} only forms the request; this class sends it through the SDK's OkHttp
 * client in one retry loop, reads the body once, and turns it into a domain value or an exception.
 *
 * <p>The loop is written once, as a chain of futures. The async client sends each attempt with OkHttp's
 * {@code enqueue}, through the client's dispatcher and its concurrency limit, chains the attempts and schedules its
 * backoffs, so no thread waits for the network or a backoff, and cancelling its future cancels the call in flight
 * and stops the loop. The blocking client runs the same chain inline on the caller's thread and sends each attempt
 * there with {@code execute()}: no hand-off to a dispatcher thread and back (docs/PERFORMANCE.md, figure 1). An
 * interrupt still ends it, in a backoff or in the network ({@link InterruptibleSockets}).
 */
final class Pipeline {
    static final String API_KEY_HEADER = "x-api-key";
    static final String ATTEMPT_HEADER = "x-unify-sdk-attempt";
    /** The API's one streaming format. The generated request leaves Accept unset, which the API answers with JSON. */
    static final String NDJSON = "application/x-ndjson";
    /** Bodies from this size on are parsed without a String copy; see {@link #bodyReader}. */
    static final int DIRECT_PARSE_MIN_BYTES = 8 * 1024;

    private static final Duration BACKOFF_BASE = Duration.ofMillis(500);
    private static final Duration BACKOFF_MAX = Duration.ofSeconds(8);

    private final ClientConfig config;
    private final OkHttpClient http;
    private final RequestFactory requests;
    private final ErrorMapper errors;
    private final HttpLog log;
    private volatile boolean closed;

    Pipeline(ClientConfig config, OkHttpClient http, RequestFactory requests) {
        this.config = config;
        this.http = http;
        this.requests = requests;
        this.errors = new ErrorMapper(config.apiKey());
        this.log = new HttpLog(config.logLevel(), errors);
    }

    ClientConfig config() {
        return config;
    }

    /** @return {@code text} without the API key: for messages built from what a server sent */
    String redact(String text) {
        return errors.redact(text);
    }

    /** Marks the client closed: its connections are being released, so new calls fail fast instead of reopening them. */
    void close() {
        closed = true;
    }

    <T> CompletableFuture<RawResponse<T>> execute(Operation<T> operation, RequestOptions options, boolean async) {
        if (closed) {
            throw new IllegalStateException("This Unify client is closed");
        }
        Request request = operation.request().apply(requests);
        if (operation.reading() instanceof Operation.Streamed) {
            request = request.newBuilder().header("Accept", NDJSON).build();
        }
        Run<T> run = new Run<>(operation, request, options, async);
        if (!async) {
            return run.attempt(1);
        }
        CallFuture<RawResponse<T>> result = new CallFuture<>(run::cancel);
        Executor executor = config.callbackExecutor();
        run.attempt(1).whenComplete((value, error) -> executor.execute(() -> complete(result, value, error)));
        return result;
    }

    private static <V> void complete(CompletableFuture<V> future, @Nullable V value, @Nullable Throwable error) {
        if (error == null) {
            future.complete(value);
        } else {
            future.completeExceptionally(unwrap(error));
        }
    }

    /** The failure a chained stage saw, without the {@link CompletionException} the chain wrapped it in. */
    static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    /** Waits for a blocking run; the run completed inline, so this only unwraps the SDK's own exception. */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * The state of one call across its attempts. {@code attempts}, {@code current}, {@code waiting} and
     * {@code boundBy} are written by one step of the chain at a time; {@code cancel()} may come from any
     * thread, hence the volatiles.
     */
    private final class Run<T> {
        private final Operation<T> operation;
        private final Request base;
        private final boolean async;
        private final int maxRetries;
        private final Duration timeout;
        /** The bound on the whole call, across attempts and backoffs; null when it has none. */
        private final @Nullable Deadline deadline;

        private final String apiKey;
        private final ErrorMapper errors;
        private final HttpLog log;
        private final Map<String, String> extraHeaders;
        /**
         * When the first attempt was sent, by the client's clock: a resolver accepts nothing older (less skew). Null
         * until it is sent; see {@link #firstSentAt()}.
         */
        private @Nullable Instant firstSentAt;
        /** Whether an earlier attempt reached the server and failed in a way that hides whether it took effect. */
        private boolean ambiguous;

        private int attempts;
        /** The deadline when it, not the attempt timeout, bounds the attempt in flight; else null. */
        private @Nullable Deadline boundBy;

        private volatile boolean cancelled;
        /** The attempt in flight, null between attempts. */
        private volatile @Nullable Call current;
        /** The backoff or rate-limit wait in progress, null when none has started. */
        private volatile @Nullable CompletableFuture<?> waiting;

        Run(Operation<T> operation, Request base, RequestOptions options, boolean async) {
            this.operation = operation;
            this.base = base;
            this.async = async;
            this.maxRetries = options.maxRetries().orElse(config.maxRetries());
            this.timeout = options.timeout().orElse(config.callTimeout());
            this.deadline =
                    options.deadline().or(config::deadline).map(Deadline::from).orElse(null);
            // A per-call key is redacted from this call's messages and log lines like the client's key is from all.
            this.apiKey = options.apiKey().orElse(config.apiKey());
            this.errors = options.apiKey().isPresent() ? new ErrorMapper(apiKey) : Pipeline.this.errors;
            this.log = options.apiKey().isPresent() ? new HttpLog(config.logLevel(), errors) : Pipeline.this.log;
            this.extraHeaders = options.headers();
        }

        /** From any thread: the call in flight is cancelled, a pending wait dropped, and no further attempt starts. */
        void cancel() {
            cancelled = true;
            Call call = current;
            if (call != null) {
                call.cancel();
            }
            CompletableFuture<?> wait = waiting;
            if (wait != null) {
                wait.cancel(false);
            }
        }

        CompletableFuture<RawResponse<T>> attempt(int attempt) {
            if (!async && Thread.currentThread().isInterrupted()) {
                return CompletableFuture.failedFuture(new UnifyInterruptedException(
                        describe() + " was interrupted after " + attempts + " attempt(s); nothing more was sent",
                        null));
            }
            Duration wait =
                    config.rateLimiter().map(SlidingWindowLimiter::reserve).orElse(Duration.ZERO);
            if (deadline != null && deadline.passedBy(wait)) {
                return CompletableFuture.failedFuture(deadlineExceeded(
                        deadline, "before the rate limiter would let attempt " + attempt + " start", null));
            }
            return sleep(wait).thenCompose(ignored -> send(attempt)).thenCompose(outcome -> handle(attempt, outcome));
        }

        private String describe() {
            return base.method() + " " + base.url().encodedPath();
        }

        private CompletableFuture<Void> sleep(Duration duration) {
            if (duration.isZero()) {
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> wait = config.sleeper().sleep(duration, async);
            waiting = wait;
            if (cancelled) {
                wait.cancel(false);
            }
            return wait;
        }

        private UnifyTimeoutException deadlineExceeded(Deadline passed, String when, @Nullable Throwable cause) {
            return new UnifyTimeoutException(
                    describe() + ": the call's deadline of " + passed.length().toMillis() + " ms passed " + when + " ("
                            + attempts + " attempt(s) made)",
                    cause);
        }

        /** When the first attempt was sent; the first call, as that attempt goes out ({@link #send}), records it. */
        private Instant firstSentAt() {
            Instant at = firstSentAt;
            if (at == null) {
                at = config.clock().instant();
                firstSentAt = at;
            }
            return at;
        }

        private CompletableFuture<Outcome<T>> send(int attempt) {
            firstSentAt();
            attempts = attempt;
            Request.Builder builder = base.newBuilder()
                    .header(API_KEY_HEADER, apiKey)
                    .header("User-Agent", UserAgent.VALUE)
                    .header(ATTEMPT_HEADER, Integer.toString(attempt))
                    .tag(Network.Tag.class, new Network.Tag(base.url()));
            extraHeaders.forEach(builder::header);
            Request request = builder.build();
            Call call = http.newCall(request);
            // The call timeout spans the whole exchange, a streamed body included: a page trickling in slower than the
            // read timeout can notice must still end. A deadline shorter than the attempt timeout bounds the attempt.
            Duration bound = timeout;
            boundBy = null;
            if (deadline != null) {
                Duration remaining = deadline.remaining();
                if (bound.isZero() || remaining.compareTo(bound) < 0) {
                    boundBy = deadline;
                    bound = remaining.isNegative() ? Duration.ofMillis(1) : remaining;
                }
            }
            call.timeout().timeout(bound.toNanos(), TimeUnit.NANOSECONDS);
            log.request(request, attempt);
            long start = System.nanoTime();
            current = call;
            if (cancelled) {
                call.cancel();
            }
            if (!async) {
                return executeOnCaller(request, call, start);
            }
            CompletableFuture<Outcome<T>> future = new CompletableFuture<>();
            call.enqueue(new Callback() {
                @Override
                public void onResponse(Call c, Response response) {
                    future.complete(received(request, response, start));
                }

                @Override
                public void onFailure(Call c, IOException e) {
                    future.complete(failed(request, e, start));
                }
            });
            return future;
        }

        /**
         * The blocking attempt, on the caller's thread. An interrupt while it runs makes OkHttp or the socket fail it
         * (an {@code InterruptedIOException}, or {@code ClosedByInterruptException} from the channel): the flag stays
         * set, and the failure is the caller's interrupt, not a network error to retry. A write that had reached the
         * server may have been applied.
         */
        private CompletableFuture<Outcome<T>> executeOnCaller(Request request, Call call, long start) {
            Outcome<T> outcome;
            try {
                outcome = received(request, call.execute(), start);
            } catch (IOException e) {
                outcome = failed(request, e, start);
            } catch (RuntimeException e) {
                // OkHttp's async path reports an unchecked failure inside its chain (its follow-up parser on a 503's
                // 20-digit Retry-After, for one) as this IOException; the blocking path does the same, so both faces
                // fail alike, inside the SDK's hierarchy.
                outcome = failed(request, new IOException("canceled due to " + e, e), start);
            }
            if (outcome.error == null || !Thread.currentThread().isInterrupted()) {
                return CompletableFuture.completedFuture(outcome);
            }
            UnifyInterruptedException interrupted = new UnifyInterruptedException(
                    describe() + " was interrupted during attempt " + attempts + "; the request was cancelled",
                    outcome.error);
            markUnknown(interrupted, Network.Tag.of(request).sent());
            return CompletableFuture.failedFuture(interrupted);
        }

        /**
         * Reads the body and closes the response. The 2xx body of a streaming operation is read by its stream
         * reader, here, within the attempt: a body that breaks off fails the attempt like a dropped connection.
         */
        private Outcome<T> received(Request request, Response response, long start) {
            try (response) {
                if (operation.reading() instanceof Operation.Streamed<T> stream && response.isSuccessful()) {
                    T streamed = stream.reader().read(response);
                    log.response(request, response.code(), response.headers(), new Buffer(), elapsedMillis(start));
                    return new Outcome<>(
                            request, response.code(), response.headers(), new Buffer(), null, Optional.of(streamed));
                }
                Buffer body = read(response.body());
                log.response(request, response.code(), response.headers(), body, elapsedMillis(start));
                return new Outcome<>(request, response.code(), response.headers(), body, null, Optional.empty());
            } catch (IOException e) {
                return failed(request, e, start);
            }
        }

        private Outcome<T> failed(Request request, IOException error, long start) {
            log.failure(request, error, elapsedMillis(start));
            return new Outcome<>(request, 0, Headers.of(), new Buffer(), error, Optional.empty());
        }

        /**
         * What a finished attempt means. Retry when the server provably did not act (nothing was sent, or 429)
         * or when repeating is harmless (a transient failure of an idempotent operation). When a
         * non-idempotent operation failed in a way that may hide success, wait as long as the server asked,
         * then ask its resolver whether the attempt landed, and resend only if it did not. Once an attempt was
         * ambiguous, a later definitive refusal may be that attempt's success ("already paused", "already
         * gone", the create's own conflict): the resolver decides. Everything else fails; a write whose
         * failure may hide success is marked {@link UnifyException#outcomeUnknown()}.
         */
        private CompletableFuture<RawResponse<T>> handle(int attempt, Outcome<T> outcome) {
            current = null;
            if (cancelled) {
                return CompletableFuture.failedFuture(new CancellationException(describe() + " was cancelled"));
            }
            if (outcome.error == null && outcome.code >= 200 && outcome.code < 300) {
                return decode(outcome);
            }
            if (outcome.error instanceof Network.CrossOriginRedirect refused) {
                return CompletableFuture.failedFuture(new RedirectRefusedException(
                        base.method(), base.url().encodedPath(), refused.targetOrigin(), refused));
            }
            Deadline cutOffBy = boundBy;
            if (cutOffBy != null && isCallTimeout(outcome.error)) {
                // The attempt was cut off after it was sent: a write may have been applied.
                return fail(deadlineExceeded(cutOffBy, "during attempt " + attempt, outcome.error), true);
            }
            Duration retryAfter = outcome.error == null
                    ? RetryAfter.parse(
                            outcome.headers.get("Retry-After"), config.clock().instant())
                    : null;
            UnifyException failure = outcome.error != null
                    ? ioException(outcome.error)
                    : errors.map(
                            outcome.code,
                            base.method(),
                            base.url().encodedPath(),
                            outcome.headers.toMultimap(),
                            outcome.body.readByteArray(),
                            retryAfter);
            boolean reachedServer =
                    outcome.error == null || Network.Tag.of(outcome.request).sent();
            boolean tooLong = retryAfter != null && retryAfter.compareTo(config.maxRetryAfter()) > 0;
            Duration delay = retryAfter != null ? retryAfter : backoff(attempt);

            if (outcome.code == 429 || !reachedServer) {
                return tooLong ? fail(failure, false) : retry(attempt, failure, delay, false);
            }
            boolean transientFailure = outcome.error != null || outcome.code == 408 || outcome.code >= 500;
            if (!transientFailure) {
                return ambiguous && operation.resolver().isPresent()
                        ? resolve(failure)
                                .thenCompose(found -> found.map(CompletableFuture::completedFuture)
                                        .orElseGet(() -> fail(failure, false)))
                        : fail(failure, false);
            }
            ambiguous = true;
            if (operation.idempotent()) {
                return tooLong ? fail(failure, true) : retry(attempt, failure, delay, true);
            }
            if (operation.resolver().isEmpty()) {
                return fail(failure, true);
            }
            boolean resend = !tooLong && attempt <= maxRetries;
            return sleep(resend ? delay : Duration.ZERO)
                    .thenCompose(ignored -> resolve(failure))
                    .thenCompose(found -> found.map(CompletableFuture::completedFuture)
                            .orElseGet(() -> resend ? attempt(attempt + 1) : fail(failure, false)));
        }

        /**
         * A resolved result has no HTTP exchange of its own: it is reported as a bare 200. If the lookup itself
         * fails, the outcome stays unknown, so the original failure is thrown, marked so, with the lookup's attached.
         */
        private CompletableFuture<Optional<RawResponse<T>>> resolve(UnifyException failure) {
            return operation
                    .resolver()
                    .orElseThrow()
                    .resolve(failure, firstSentAt(), async)
                    .handle((found, lookupError) -> {
                        if (lookupError != null) {
                            failure.addSuppressed(
                                    lookupError instanceof CompletionException ? lookupError.getCause() : lookupError);
                            markUnknown(failure, true);
                            throw failure;
                        }
                        return found.map(value -> RawResponse.of(200, Map.<String, List<String>>of(), value));
                    });
        }

        private CompletableFuture<RawResponse<T>> retry(
                int attempt, UnifyException failure, Duration delay, boolean outcomeUnknown) {
            // close() cancels the calls in flight: their failure is final, not a reason to send again.
            if (attempt > maxRetries || closed) {
                return fail(failure, outcomeUnknown);
            }
            if (deadline != null && deadline.passedBy(delay)) {
                return fail(
                        deadlineExceeded(
                                deadline,
                                "before the " + delay.toMillis() + " ms backoff after attempt " + attempt
                                        + " would end",
                                failure),
                        outcomeUnknown);
            }
            return sleep(delay).thenCompose(ignored -> attempt(attempt + 1));
        }

        private CompletableFuture<RawResponse<T>> fail(UnifyException failure, boolean outcomeUnknown) {
            markUnknown(failure, outcomeUnknown);
            return CompletableFuture.failedFuture(failure);
        }

        /** Only a write can have been applied; a read that failed ambiguously changed nothing. */
        private void markUnknown(UnifyException failure, boolean outcomeUnknown) {
            if (outcomeUnknown && !"GET".equals(base.method())) {
                failure.markOutcomeUnknown();
            }
        }

        private CompletableFuture<RawResponse<T>> decode(Outcome<T> outcome) {
            if (outcome.streamed.isPresent()) {
                return CompletableFuture.completedFuture(
                        RawResponse.of(outcome.code, outcome.headers::toMultimap, outcome.streamed.get()));
            }
            // Shares the body's segments, no bytes copied: kept so a body that cannot be read stays reachable.
            Buffer received = outcome.body.copy();
            try {
                JsonElement json = JsonParser.parseReader(bodyReader(outcome.body));
                T value = ((Operation.Json<T>) operation.reading()).decode().apply(json.getAsJsonObject());
                // Most callers never look at the headers: build their map only if a raw view asks for it.
                return CompletableFuture.completedFuture(
                        RawResponse.of(outcome.code, outcome.headers::toMultimap, value));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(new InvalidResponseException(
                        redact(base.method() + " "
                                + base.url().encodedPath() + " answered " + outcome.code
                                + " with a body that is not the documented JSON: "
                                + e.getMessage()),
                        outcome.code,
                        received.readString(StandardCharsets.UTF_8),
                        e));
            }
        }

        private UnifyIoException ioException(IOException error) {
            String message = redact(describe() + " failed: " + error);
            if (isCallTimeout(error)) {
                return new UnifyTimeoutException(
                        redact(describe()) + ": the attempt timeout of " + timeout.toMillis()
                                + " ms (callTimeout, or RequestOptions.timeout) passed during attempt " + attempts,
                        error);
            }
            return error instanceof SocketTimeoutException
                    ? new UnifyTimeoutException(
                            message + " (connectTimeout or readTimeout, attempt " + attempts + ")", error)
                    : new UnifyIoException(message, error);
        }
    }

    /** OkHttp reports its call timeout as a plain InterruptedIOException("timeout"); connect and read timeouts as SocketTimeoutException. */
    private static boolean isCallTimeout(@Nullable IOException error) {
        return error != null && !(error instanceof SocketTimeoutException) && "timeout".equals(error.getMessage());
    }

    /** min(0.5 s * 2^(n-1), 8 s) scaled by a random factor in [0.75, 1] so clients that failed together do not retry together. */
    static Duration backoff(int attempt) {
        long base = Math.min(BACKOFF_BASE.toMillis() << Math.min(attempt - 1, 20), BACKOFF_MAX.toMillis());
        return Duration.ofMillis((long) (base * ThreadLocalRandom.current().nextDouble(0.75, 1.0)));
    }

    /**
     * The whole body, read before it is parsed so that a connection failing mid-body is an I/O failure (retried when
     * safe), not a malformed body. An okio buffer takes over OkHttp's segments instead of copying them into a
     * {@code byte[]}.
     */
    private static Buffer read(ResponseBody body) throws IOException {
        Buffer buffer = new Buffer();
        if (body == null) {
            return buffer;
        }
        long declared = body.contentLength();
        body.source().readAll(buffer);
        // A body that does not match its declared length is a failed exchange, as with ResponseBody.bytes().
        if (declared != -1 && declared != buffer.size()) {
            throw new IOException(
                    "Content-Length (" + declared + ") and stream length (" + buffer.size() + ") disagree");
        }
        return buffer;
    }

    /**
     * Consumes the body. A large one is decoded as it is parsed, without a {@code String} copy of it; a small one
     * through a {@code String}, which costs less than the decoder's 8 KB buffer. Both decode UTF-8 as
     * {@code new String(bytes, UTF_8)} does (malformed input replaced).
     */
    static Reader bodyReader(Buffer body) {
        return body.size() < DIRECT_PARSE_MIN_BYTES
                ? new StringReader(body.readString(StandardCharsets.UTF_8))
                : new InputStreamReader(body.inputStream(), StandardCharsets.UTF_8);
    }

    private static long elapsedMillis(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    /**
     * One attempt's result: a read response ({@code error == null}; its body is consumed by decoding or error
     * mapping), an I/O failure ({@code error}, code 0, no headers, an empty body), or the 2xx response of a streaming
     * operation, already read by its stream reader (its value in {@code streamed}, an empty body).
     */
    private record Outcome<T>(
            Request request,
            int code,
            Headers headers,
            Buffer body,
            @Nullable IOException error,
            Optional<T> streamed) {}

    /**
     * A call's deadline, once it started.
     *
     * @param length the bound on the whole call, as configured
     * @param atNanos when it passes, by {@link System#nanoTime()}
     */
    private record Deadline(Duration length, long atNanos) {
        static Deadline from(Duration length) {
            return new Deadline(length, System.nanoTime() + length.toNanos());
        }

        /** Whether it passes before a wait of this length, starting now, would end. */
        boolean passedBy(Duration wait) {
            return System.nanoTime() + wait.toNanos() - atNanos >= 0;
        }

        /** Negative once it passed. */
        Duration remaining() {
            return Duration.ofNanos(atNanos - System.nanoTime());
        }
    }
}
