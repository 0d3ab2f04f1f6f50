package io.github.unifysequences.sandbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Programmatic fault injection for client tests. Each rule affects the next {@code times} requests
 * whose method and path match; rules are consumed in the order they were added.
 *
 * <p>Path patterns are relative to the base path ({@code /sequences/v1}): {@code *} or
 * {@code {name}} match one segment, {@code **} matches the rest. The method may be {@code "*"}.
 * Faults apply after authentication and rate limiting, i.e. to requests the server would process.
 *
 * <pre>{@code
 * sandbox.faults().failNext("POST", "/enrollments", 2, 503);
 * sandbox.faults().dropNext("POST", "/enrollments", 1, Faults.Drop.AFTER_PROCESSING);
 * }</pre>
 */
public final class Faults {
    /** When a dropped connection happens relative to the request's effect. */
    public enum Drop {
        /** The connection closes before the request is processed: nothing changed on the server. */
        BEFORE_PROCESSING,
        /** The request is fully processed, then the connection closes without a response ("ambiguous" write). */
        AFTER_PROCESSING
    }

    enum Kind {
        STATUS,
        DELAY,
        DROP_BEFORE,
        DROP_AFTER,
        TRUNCATE,
        MALFORM;

        /** Whether the fault hits the response of a request that was processed normally. */
        boolean spoilsResponse() {
            return this == DROP_AFTER || this == TRUNCATE || this == MALFORM;
        }
    }

    /** One consumed fault for one request. */
    record Fault(Kind kind, int status, Duration delay) {}

    private static final class Rule {
        final String method;
        final Pattern path;
        final Fault fault;
        int remaining;

        Rule(String method, Pattern path, Fault fault, int remaining) {
            this.method = method;
            this.path = path;
            this.fault = fault;
            this.remaining = remaining;
        }
    }

    private final List<Rule> rules = new ArrayList<>();
    private final Deque<String> jobFailures = new ArrayDeque<>();

    Faults() {}

    /**
     * Answers the next {@code times} matching requests with {@code httpStatus} and its error envelope.
     *
     * @param method the HTTP method, or {@code "*"}
     * @param pathPattern the path below {@code /sequences/v1}, with {@code *}, {@code {name}} or {@code **}
     * @param times how many matching requests to affect (at least 1)
     * @param httpStatus a 4xx or 5xx status
     * @return this, for chaining
     */
    public Faults failNext(String method, String pathPattern, int times, int httpStatus) {
        if (httpStatus < 400 || httpStatus > 599) {
            throw new IllegalArgumentException("Fault status must be 4xx or 5xx: " + httpStatus);
        }
        return add(method, pathPattern, times, new Fault(Kind.STATUS, httpStatus, Duration.ZERO));
    }

    /**
     * Delays the next {@code times} matching requests by {@code delay} before processing them.
     *
     * @param method the HTTP method, or {@code "*"}
     * @param pathPattern the path below {@code /sequences/v1}, with {@code *}, {@code {name}} or {@code **}
     * @param times how many matching requests to affect (at least 1)
     * @param delay how long to wait
     * @return this, for chaining
     */
    public Faults delayNext(String method, String pathPattern, int times, Duration delay) {
        return add(method, pathPattern, times, new Fault(Kind.DELAY, 0, Objects.requireNonNull(delay)));
    }

    /**
     * Closes the connection of the next {@code times} matching requests without a response.
     *
     * @param method the HTTP method, or {@code "*"}
     * @param pathPattern the path below {@code /sequences/v1}, with {@code *}, {@code {name}} or {@code **}
     * @param times how many matching requests to affect (at least 1)
     * @param when before the request is processed, or after its change is applied
     * @return this, for chaining
     */
    public Faults dropNext(String method, String pathPattern, int times, Drop when) {
        Kind kind = when == Drop.BEFORE_PROCESSING ? Kind.DROP_BEFORE : Kind.DROP_AFTER;
        return add(method, pathPattern, times, new Fault(kind, 0, Duration.ZERO));
    }

    /**
     * Processes the next {@code times} matching requests but sends only half of each body, then closes.
     *
     * @param method the HTTP method, or {@code "*"}
     * @param pathPattern the path below {@code /sequences/v1}, with {@code *}, {@code {name}} or {@code **}
     * @param times how many matching requests to affect (at least 1)
     * @return this, for chaining
     */
    public Faults truncateNext(String method, String pathPattern, int times) {
        return add(method, pathPattern, times, new Fault(Kind.TRUNCATE, 0, Duration.ZERO));
    }

    /**
     * Processes the next {@code times} matching requests but replaces each body with invalid JSON.
     *
     * @param method the HTTP method, or {@code "*"}
     * @param pathPattern the path below {@code /sequences/v1}, with {@code *}, {@code {name}} or {@code **}
     * @param times how many matching requests to affect (at least 1)
     * @return this, for chaining
     */
    public Faults malformNext(String method, String pathPattern, int times) {
        return add(method, pathPattern, times, new Fault(Kind.MALFORM, 0, Duration.ZERO));
    }

    /**
     * Makes the next {@code times} created query jobs end FAILED with {@code errorCode}.
     *
     * @param times how many jobs
     * @param errorCode the job's {@code error_code}
     * @return this, for chaining
     */
    public synchronized Faults failNextQueryJobs(int times, String errorCode) {
        for (int i = 0; i < times; i++) {
            jobFailures.add(Objects.requireNonNull(errorCode));
        }
        return this;
    }

    /** Removes every pending fault. */
    public synchronized void clear() {
        rules.clear();
        jobFailures.clear();
    }

    /**
     * The number of request faults not yet consumed.
     *
     * @return the pending count over all rules
     */
    public synchronized int pending() {
        return rules.stream().mapToInt(r -> r.remaining).sum();
    }

    private synchronized Faults add(String method, String pathPattern, int times, Fault fault) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be >= 1");
        }
        rules.add(new Rule(method.toUpperCase(Locale.ROOT), compile(pathPattern), fault, times));
        return this;
    }

    /** Consumes and returns the fault for this request, or null. */
    synchronized Fault take(String method, String path) {
        for (Rule rule : rules) {
            if ((rule.method.equals("*") || rule.method.equals(method))
                    && rule.path.matcher(path).matches()) {
                if (--rule.remaining == 0) {
                    rules.remove(rule);
                }
                return rule.fault;
            }
        }
        return null;
    }

    /** Consumes and returns the error code for the next created query job, or null. */
    synchronized String takeJobFailure() {
        return jobFailures.poll();
    }

    private static Pattern compile(String pattern) {
        return Pattern.compile(Arrays.stream(pattern.split("/", -1))
                .map(segment -> segment.equals("**")
                        ? ".*"
                        : segment.equals("*") || segment.matches("\\{[^/]+}") ? "[^/]+" : Pattern.quote(segment))
                .collect(Collectors.joining("/")));
    }
}
