package io.github.unifysequences.client;

import okhttp3.OkHttpClient;

/** What the blocking and async faces of one client share: the pipeline, and the connections to release on close. */
final class ClientCore {
    final Endpoints endpoints;
    private final Pipeline pipeline;
    private final OkHttpClient http;
    private final boolean ownsHttp;

    ClientCore(Pipeline pipeline, OkHttpClient http, boolean ownsHttp) {
        this.pipeline = pipeline;
        this.endpoints = new Endpoints(pipeline);
        this.http = http;
        this.ownsHttp = ownsHttp;
    }

    /** Idempotent. A user-supplied client's dispatcher and pool are shared with the user's own calls, so they are left alone. */
    void close() {
        pipeline.close();
        if (ownsHttp) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
