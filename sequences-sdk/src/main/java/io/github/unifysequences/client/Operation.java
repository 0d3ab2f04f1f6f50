package io.github.unifysequences.client;

import com.google.gson.JsonObject;
import io.github.unifysequences.errors.UnifyException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import okhttp3.Request;
import okhttp3.Response;

/**
 * What differs between operations: the request, whether it may be repeated, how the body is read, and (for
 * create) how to find out whether an ambiguous attempt landed.
 *
 * @param request forms the request, once per call: an SDK operation's {@link ApiRequest} through
 *     {@link RequestFactory#form}, a raw request through {@link RequestFactory#raw}
 * @param idempotent whether sending it twice is harmless, so timeouts, 408 and 5xx may be retried
 * @param decode reads the 2xx body
 * @param resolver for a non-idempotent operation, looks up whether an ambiguous attempt took effect; may be null
 * @param stream for a streaming read, takes ownership of the open 2xx response instead of {@code decode}
 *     reading a buffered body; null for every other operation
 */
record Operation<T>(
        Function<RequestFactory, Request> request,
        boolean idempotent,
        Function<JsonObject, T> decode,
        Resolver<T> resolver,
        Function<Response, T> stream) {

    static <T> Operation<T> idempotent(Function<RequestFactory, Request> request, Function<JsonObject, T> decode) {
        return new Operation<>(request, true, decode, null, null);
    }

    static <T> Operation<T> idempotent(ApiRequest request, Function<JsonObject, T> decode) {
        return idempotent(factory -> factory.form(request), decode);
    }

    static <T> Operation<T> unsafe(ApiRequest request, Function<JsonObject, T> decode, Resolver<T> resolver) {
        return unsafe(factory -> factory.form(request), decode, resolver);
    }

    static <T> Operation<T> unsafe(Function<RequestFactory, Request> request, Function<JsonObject, T> decode,
            Resolver<T> resolver) {
        return new Operation<>(request, false, decode, resolver, null);
    }

    /** A repeatable read whose successful body is consumed as it arrives; the reader must close the response. */
    static <T> Operation<T> streaming(ApiRequest request, Function<Response, T> stream) {
        return new Operation<>(factory -> factory.form(request), true, null, null, stream);
    }

    /** Finds the result of an earlier attempt that may have reached the server. */
    interface Resolver<T> {
        /**
         * @param failure the failure that left the outcome unknown (an I/O error after sending, a 5xx, or a
         *     409 on a retry)
         * @param async whether to run the lookup without blocking
         * @return the result the earlier attempt produced, or empty if it did not take effect
         */
        CompletableFuture<Optional<T>> resolve(UnifyException failure, boolean async);
    }
}
