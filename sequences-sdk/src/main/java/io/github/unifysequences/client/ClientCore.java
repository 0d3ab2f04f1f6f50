package io.github.unifysequences.client;

import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;

/** What the blocking and async faces of one client share: the pipeline, and the connections to release on close. */
final class ClientCore {
    final Endpoints endpoints;
    private final OkHttpClient http;
    private final boolean ownsHttp;
    private final AtomicBoolean closed = new AtomicBoolean();

    ClientCore(Pipeline pipeline, OkHttpClient http, boolean ownsHttp) {
        this.endpoints = new Endpoints(pipeline);
        this.http = http;
        this.ownsHttp = ownsHttp;
    }

    /** A user-supplied client's dispatcher and pool are shared with the user's own calls, so they are left alone. */
    void close() {
        if (closed.compareAndSet(false, true) && ownsHttp) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
