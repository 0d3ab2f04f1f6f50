package io.github.unifysequences.client;

import io.github.unifysequences.core.ExportOptions;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.errors.InvalidResponseException;
import io.github.unifysequences.errors.UnifyTimeoutException;
import io.github.unifysequences.internal.Check;
import io.github.unifysequences.models.QueryJob;
import io.github.unifysequences.models.QueryJobStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Waits for a query job to reach a terminal status: polls with doubling intervals up to the cap, never past the
 * wait timeout. Every status that is not terminal ({@code FINISHED}, {@code FAILED}, {@code EXPIRED},
 * {@code CANCELED}) is waited for: besides {@code IN_PROGRESS}, the vendor's own connector treats {@code CREATED},
 * {@code PENDING} and {@code RUNNING} as running, and a status this SDK does not know yet is more likely one of those. One loop for the blocking export's first {@code hasNext()} (inline, on the caller's thread) and the
 * async export's future (scheduled: no thread waits). Cancelling the async future cancels the poll in flight or the
 * pending wait, and no further poll is sent.
 */
final class JobWait {
    /** The statuses after which a job never changes again. */
    private static final Set<QueryJobStatus.Value> TERMINAL = EnumSet.of(
            QueryJobStatus.Value.FINISHED,
            QueryJobStatus.Value.FAILED,
            QueryJobStatus.Value.EXPIRED,
            QueryJobStatus.Value.CANCELED);

    private final QueryJobEndpoints<?, ?> endpoints;
    private final ExportOptions options;
    private final boolean async;
    private final BooleanSupplier closed;
    private final ClientConfig config;
    /** Cancelling it, or a future derived from it, cancels the step in flight. */
    private final CompletableFuture<QueryJob> result = new CallFuture<>(this::stop);

    /** The poll or wait in flight; null before the first. */
    private volatile @Nullable CompletableFuture<?> current;

    private JobWait(QueryJobEndpoints<?, ?> endpoints, ExportOptions options, boolean async, BooleanSupplier closed) {
        this.endpoints = endpoints;
        this.options = options;
        this.async = async;
        this.closed = closed;
        this.config = endpoints.endpoints().config();
    }

    /**
     * @param first the job as first seen: the answer to its {@code create}, or a {@code retrieve}
     * @param closed polled after each wait: true stops the wait with a {@link CancellationException}
     * @return the job once its status is terminal; run inline (already complete) when not {@code async}
     */
    static CompletableFuture<QueryJob> until(
            QueryJobEndpoints<?, ?> endpoints,
            CompletableFuture<QueryJob> first,
            ExportOptions options,
            boolean async,
            BooleanSupplier closed) {
        JobWait wait = new JobWait(endpoints, options, async, closed);
        wait.check(first, wait.config.clock().instant().plus(options.waitTimeout()), options.pollInitial());
        return wait.result;
    }

    private void stop() {
        result.cancel(true);
        CompletableFuture<?> step = current;
        if (step != null) {
            step.cancel(true);
        }
    }

    private void check(CompletableFuture<QueryJob> poll, Instant deadline, Duration interval) {
        step(poll).whenComplete((job, error) -> {
            if (error != null) {
                result.completeExceptionally(Pipeline.unwrap(error));
            } else if (TERMINAL.contains(job.status().value())) {
                result.complete(job);
            } else if (!usableInPath(job.id())) {
                // Polling needs the id in a path; an id that could change the route is the server's error, not ours.
                result.completeExceptionally(new InvalidResponseException(
                        "A query job the API returned has an id that cannot be used in a path", 200, null));
            } else {
                waitAndPoll(job, deadline, interval);
            }
        });
    }

    private static boolean usableInPath(String id) {
        try {
            Check.pathId("id", id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void waitAndPoll(QueryJob job, Instant deadline, Duration interval) {
        String jobId = job.id();
        Duration left = Duration.between(config.clock().instant(), deadline);
        if (left.isNegative() || left.isZero()) {
            // The status comes from the server, which may echo anything: redacted like every server-sent string.
            result.completeExceptionally(new UnifyTimeoutException(
                    endpoints
                            .endpoints()
                            .redact("Query job " + jobId
                                    + " was still " + job.status().asString() + " after " + options.waitTimeout()
                                    + "; export it later with exportJob(\"" + jobId + "\")"),
                    null));
            return;
        }
        step(config.sleeper().sleep(interval.compareTo(left) < 0 ? interval : left, async))
                .whenComplete((ignored, error) -> {
                    if (error != null) {
                        result.completeExceptionally(Pipeline.unwrap(error));
                    } else if (closed.getAsBoolean() || result.isDone()) {
                        result.completeExceptionally(new CancellationException(
                                "The export of query job " + jobId + " was closed while waiting for the job"));
                    } else {
                        Duration doubled = interval.multipliedBy(2);
                        poll(jobId, deadline, doubled.compareTo(options.pollMax()) < 0 ? doubled : options.pollMax());
                    }
                });
    }

    private void poll(String jobId, Instant deadline, Duration interval) {
        CompletableFuture<QueryJob> retrieve;
        try {
            retrieve = endpoints
                    .retrieve(jobId, options.requestOptions())
                    .execute(async)
                    .thenApply(RawResponse::body);
        } catch (RuntimeException e) {
            // A closed client refuses at once; the wait must end with that, not hang.
            result.completeExceptionally(e);
            return;
        }
        check(retrieve, deadline, interval);
    }

    /** Remembers the step in flight, so that cancelling the result can cancel it. */
    private <V> CompletableFuture<V> step(CompletableFuture<V> future) {
        current = future;
        if (result.isCancelled()) {
            future.cancel(true);
        }
        return future;
    }
}
