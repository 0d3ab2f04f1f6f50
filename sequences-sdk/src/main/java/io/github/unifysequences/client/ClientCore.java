package io.github.unifysequences.client;

import java.util.concurrent.ExecutorService;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * What the blocking and async faces of one client share: the pipeline, and what to release on close.
 *
 * <p>{@code ownedDispatcher} and {@code ownsPool} say which of the OkHttp client's resources the SDK created (see
 * {@link UnifySequencesClientBuilder#okHttpClient}); a caller's dispatcher and pool are shared with the caller's own
 * calls, so they are left alone.
 */
final class ClientCore {
    final Endpoints endpoints;
    private final Pipeline pipeline;
    private final OkHttpClient http;
    /** The dispatcher's threads when the SDK made the dispatcher; null when it is the caller's. */
    private final @Nullable ExecutorService ownedDispatcher;

    private final boolean ownsPool;

    ClientCore(Pipeline pipeline, OkHttpClient http, @Nullable ExecutorService ownedDispatcher, boolean ownsPool) {
        this.pipeline = pipeline;
        this.endpoints = new Endpoints(pipeline);
        this.http = http;
        this.ownedDispatcher = ownedDispatcher;
        this.ownsPool = ownsPool;
    }

    /**
     * Idempotent. Cancels the calls still in flight on the SDK's own dispatcher (their futures fail, blocked callers
     * get an exception), stops its idle threads at once and closes the idle connections of its own pool.
     */
    void close() {
        pipeline.close();
        if (ownedDispatcher != null) {
            http.dispatcher().cancelAll();
            ownedDispatcher.shutdown();
        }
        if (ownsPool) {
            http.connectionPool().evictAll();
        }
    }
}
