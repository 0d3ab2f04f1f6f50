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
 * is safe to retry even for {@code create}. It also refuses any redirect to another origin before a byte of
 * the follow-up is written: OkHttp would resend a 307/308's body (and the key) there and return that
 * origin's answer as the API's.
 */
final class Network implements Interceptor {

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Tag tag = request.tag(Tag.class);
        if (tag == null) {
            return chain.proceed(request);
        }
        HttpUrl url = request.url();
        if (!url.scheme().equals(tag.origin.scheme())
                || !url.host().equals(tag.origin.host())
                || url.port() != tag.origin.port()) {
            throw new CrossOriginRedirect(url.scheme() + "://" + url.host() + ":" + url.port());
        }
        tag.markSent();
        return chain.proceed(request);
    }

    /** A follow-up of a redirect to another origin, refused before it was written; the pipeline maps it. */
    static final class CrossOriginRedirect extends IOException {
        private static final long serialVersionUID = 1L;
        private final String targetOrigin;

        CrossOriginRedirect(String targetOrigin) {
            super("refused a redirect to another origin: " + targetOrigin);
            this.targetOrigin = targetOrigin;
        }

        String targetOrigin() {
            return targetOrigin;
        }
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
