package io.github.unifysequences.client;

import com.google.gson.JsonObject;
import io.github.unifysequences.errors.UnifyException;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import okhttp3.Request;
import okhttp3.Response;

/**
 * What differs between operations: the request, whether it may be repeated, how the body is read, and (for
 * writes) how to find out whether an ambiguous attempt landed.
 *
 * @param request forms the request, once per call: an SDK operation's {@link ApiRequest} through
 *     {@link RequestFactory#form}, a raw request through {@link RequestFactory#raw}
 * @param idempotent whether sending it twice is harmless, so timeouts, 408 and 5xx may be retried
 * @param decode reads the 2xx body
 * @param resolver for a write, finds out whether an ambiguous attempt took effect: for a non-idempotent one
 *     before it is resent, for an idempotent state change when a repeat answers "already done"; may be null
 * @param stream for a streaming read, reads the 2xx body as it arrives, within the attempt, instead of
 *     {@code decode} reading a buffered body; null for every other operation
 */
record Operation<T>(
        Function<RequestFactory, Request> request,
        boolean idempotent,
        Function<JsonObject, T> decode,
        Resolver<T> resolver,
        BodyReader<T> stream) {

    static <T> Operation<T> idempotent(Function<RequestFactory, Request> request, Function<JsonObject, T> decode) {
        return new Operation<>(request, true, decode, null, null);
    }

    static <T> Operation<T> idempotent(ApiRequest request, Function<JsonObject, T> decode) {
        return idempotent(factory -> factory.form(request), decode);
    }

    static <T> Operation<T> unsafe(ApiRequest request, Function<JsonObject, T> decode, Resolver<T> resolver) {
        return unsafe(factory -> factory.form(request), decode, resolver);
    }

    /**
     * A repeatable state change (pause, resume, delete, cancel): retried like a read, and a repeat's "already in
     * that state" or "already gone" after an ambiguous attempt is turned into that attempt's success by {@code resolver}.
     */
    static <T> Operation<T> stateChange(ApiRequest request, Function<JsonObject, T> decode, Resolver<T> resolver) {
        return new Operation<>(factory -> factory.form(request), true, decode, resolver, null);
    }

    static <T> Operation<T> unsafe(Function<RequestFactory, Request> request, Function<JsonObject, T> decode,
            Resolver<T> resolver) {
        return new Operation<>(request, false, decode, resolver, null);
    }

    /** A repeatable read whose successful body is consumed as it arrives, by {@code stream}, during the attempt. */
    static <T> Operation<T> streaming(ApiRequest request, BodyReader<T> stream) {
        return new Operation<>(factory -> factory.form(request), true, null, null, stream);
    }

    /**
     * Reads a 2xx body while its attempt lasts, so that a body that breaks off is that attempt's I/O failure and
     * goes through the retry loop like a dropped connection (the pipeline closes the response afterwards). It is
     * called once per attempt; a reader that keeps what earlier attempts delivered resumes after it.
     */
    interface BodyReader<T> {
        /**
         * @param response the open 2xx response
         * @return the value of the call
         * @throws IOException if the body broke off, timed out or is incomplete: the attempt failed
         */
        T read(Response response) throws IOException;
    }

    /** Finds the result of an earlier attempt that may have reached the server. */
    interface Resolver<T> {
        /**
         * @param failure the failure that left the outcome unknown (an I/O error after sending, a 408 or 5xx), or
         *     a later attempt's definitive refusal (a 4xx) after such an ambiguous attempt
         * @param firstSentAt when the call's first attempt was sent, by the client's clock
         * @param async whether to run the lookup without blocking
         * @return the result the earlier attempt produced, or empty if it did not take effect (or this failure
         *     says nothing about it); a failed future if the lookup itself failed
         */
        CompletableFuture<Optional<T>> resolve(UnifyException failure, Instant firstSentAt, boolean async);
    }
}
