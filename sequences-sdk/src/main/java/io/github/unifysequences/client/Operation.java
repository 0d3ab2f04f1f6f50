package io.github.unifysequences.client;

import com.google.gson.JsonObject;
import io.github.unifysequences.errors.UnifyException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One call as the pipeline runs it: the request, whether it may be repeated, how its 2xx answer is read, and (for a
 * write) how to find out whether an ambiguous attempt landed. Formed per call from a row of the table
 * ({@link Endpoints}), or from a {@code RawRequest}.
 *
 * @param request forms the request, once per call: an SDK operation's {@link ApiRequest} through
 *     {@link RequestFactory#form}, a raw request through {@link RequestFactory#raw}
 * @param safety whether sending it twice is harmless, and why
 * @param reading how the 2xx answer is read
 * @param resolver for a write, finds out whether an ambiguous attempt took effect: for an unsafe write before it is
 *     resent, for a state change when a repeat answers "already done"; empty when the write has no such lookup
 *     (an ambiguous failure then ends the call, marked {@code outcomeUnknown()})
 */
record Operation<T>(Function<RequestFactory, Request> request, Safety safety, Reading<T> reading,
        Optional<Resolver<T>> resolver) {

    /** Whether an operation may be sent again after a failure that may have reached the server. */
    enum Safety {
        /** Changes nothing: timeouts, 408 and 5xx are retried. */
        READ,
        /**
         * A repeatable state change (pause, resume, delete, cancel): retried like a read, and a repeat's "already in
         * that state" or "already gone" after an ambiguous attempt is turned into that attempt's success by the
         * resolver.
         */
        STATE_CHANGE,
        /** Not repeatable: resent only when the first attempt provably did not reach the server, or its resolver found no trace of it. */
        UNSAFE_WRITE
    }

    /** Whether sending it twice is harmless, so timeouts, 408 and 5xx may be retried. */
    boolean idempotent() {
        return safety != Safety.UNSAFE_WRITE;
    }

    /** How the pipeline reads a 2xx answer: buffered and parsed as a JSON object, or handed over still open. */
    sealed interface Reading<T> permits Json, Streamed {
    }

    /** @param decode reads the parsed 2xx body */
    record Json<T>(Function<JsonObject, T> decode) implements Reading<T> {
    }

    /**
     * A streaming read: the open 2xx response (and its call, to cancel it from another thread) is handed to
     * {@code open}, which takes ownership and must close it.
     */
    record Streamed<T>(BiFunction<Call, Response, T> open) implements Reading<T> {
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
