package io.github.unifysequences.client;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The SDK's OkHttp network interceptor. OkHttp runs network interceptors only once a connection is
 * open, just before writing the request, so reaching it marks the attempt as possibly seen by the server:
 * a failure before that point (DNS, refused connection, TLS handshake) provably did not send anything and
 * is safe to retry even for {@code create}. It also drops the API key from any redirect to another host.
 */
final class Network implements Interceptor {

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Tag tag = request.tag(Tag.class);
        if (tag == null) {
            return chain.proceed(request);
        }
        tag.markSent();
        if (!request.url().host().equals(tag.origin.host()) || request.url().port() != tag.origin.port()) {
            request = request.newBuilder().removeHeader(Pipeline.API_KEY_HEADER).build();
        }
        return chain.proceed(request);
    }

    /** Rides on each attempt's request; OkHttp copies tags onto redirect follow-ups. */
    static final class Tag {
        private final HttpUrl origin;
        private volatile boolean sent;

        Tag(HttpUrl origin) {
            this.origin = origin;
        }

        static Tag of(Request request) {
            return request.tag(Tag.class);
        }

        void markSent() {
            sent = true;
        }

        boolean sent() {
            return sent;
        }
    }
}
