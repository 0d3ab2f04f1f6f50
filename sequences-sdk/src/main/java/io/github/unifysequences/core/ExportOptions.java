package io.github.unifysequences.core;

import io.github.unifysequences.internal.Check;
import java.time.Duration;
import java.util.Objects;

/**
 * How an export waits for its job and reads the results. Immutable; validated by {@link Builder#build()}.
 *
 * <pre>{@code
 * ExportOptions options = ExportOptions.builder()
 *         .pollInterval(Duration.ofSeconds(2), Duration.ofSeconds(30))
 *         .waitTimeout(Duration.ofMinutes(20))
 *         .progress((done, total) -> System.out.printf("%d/%d%n", done, total))
 *         .build();
 * }</pre>
 *
 * <p>The wait polls the job at {@code initial}, then doubles the interval up to {@code max}: the API asks clients
 * to avoid tight polling loops.
 */
public final class ExportOptions {
    /** The largest page the API streams as NDJSON, and the default. */
    public static final int MAX_PAGE_SIZE = 10_000;
    /** The most result pages an export requests at once. */
    public static final int MAX_CONCURRENCY = 16;

    private static final ExportOptions DEFAULTS = builder().build();

    private final int pageSize;
    private final int concurrency;
    private final Duration pollInitial;
    private final Duration pollMax;
    private final Duration waitTimeout;
    private final ExportProgress progress;
    private final RequestOptions requestOptions;

    private ExportOptions(Builder builder) {
        if (builder.pageSize < 1 || builder.pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException(
                    "pageSize must be between 1 and " + MAX_PAGE_SIZE + ", was " + builder.pageSize);
        }
        if (builder.concurrency < 1 || builder.concurrency > MAX_CONCURRENCY) {
            throw new IllegalArgumentException(
                    "concurrency must be between 1 and " + MAX_CONCURRENCY + ", was " + builder.concurrency);
        }
        Check.duration("pollInterval initial", builder.pollInitial);
        Check.duration("pollInterval max", builder.pollMax);
        if (builder.pollMax.compareTo(builder.pollInitial) < 0) {
            throw new IllegalArgumentException(
                    "pollInterval max must be >= initial, were " + builder.pollInitial + " and " + builder.pollMax);
        }
        // Checked here, before export() creates a job: a job expires a day after it is created anyway.
        Check.duration("waitTimeout", builder.waitTimeout);
        this.pageSize = builder.pageSize;
        this.concurrency = builder.concurrency;
        this.pollInitial = builder.pollInitial;
        this.pollMax = builder.pollMax;
        this.waitTimeout = builder.waitTimeout;
        this.progress = builder.progress;
        this.requestOptions = builder.requestOptions;
    }

    /**
     * @return 10,000-row pages, 4 requested at once, polling from 1 s up to 30 s, waiting at most 1 hour, no progress
     *     callback
     */
    public static ExportOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder holding the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return rows per streamed page */
    public int pageSize() {
        return pageSize;
    }

    /** @return how many result pages are requested at once, and the most held in memory */
    public int concurrency() {
        return concurrency;
    }

    /** @return the first wait between polls of the job */
    public Duration pollInitial() {
        return pollInitial;
    }

    /** @return the longest wait between polls of the job */
    public Duration pollMax() {
        return pollMax;
    }

    /** @return how long to wait for the job to finish before giving up */
    public Duration waitTimeout() {
        return waitTimeout;
    }

    /** @return the progress callback */
    public ExportProgress progress() {
        return progress;
    }

    /** @return the options applied to every request of the export */
    public RequestOptions requestOptions() {
        return requestOptions;
    }

    /**
     * @return a builder holding every setting of these options; building it unchanged gives options equal to these
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.pageSize = pageSize;
        builder.pollInitial = pollInitial;
        builder.pollMax = pollMax;
        builder.waitTimeout = waitTimeout;
        builder.progress = progress;
        builder.requestOptions = requestOptions;
        return builder;
    }

    /** Equal when every setting is, the same progress callback included. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ExportOptions that
                && pageSize == that.pageSize
                && pollInitial.equals(that.pollInitial)
                && pollMax.equals(that.pollMax)
                && waitTimeout.equals(that.waitTimeout)
                && progress.equals(that.progress)
                && requestOptions.equals(that.requestOptions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pageSize, pollInitial, pollMax, waitTimeout, progress, requestOptions);
    }

    @Override
    public String toString() {
        return "ExportOptions{pageSize=" + pageSize + ", concurrency=" + concurrency + ", poll=" + pollInitial + ".."
                + pollMax + ", waitTimeout=" + waitTimeout + "}";
    }

    /** Builds {@link ExportOptions}. Not thread-safe. */
    public static final class Builder {
        private int pageSize = MAX_PAGE_SIZE;
        private int concurrency = 4;
        private Duration pollInitial = Duration.ofSeconds(1);
        private Duration pollMax = Duration.ofSeconds(30);
        private Duration waitTimeout = Duration.ofHours(1);
        private ExportProgress progress = (done, total) -> {};
        private RequestOptions requestOptions = RequestOptions.none();

        private Builder() {}

        /**
         * @param pageSize rows per streamed page, 1 to {@value ExportOptions#MAX_PAGE_SIZE}; larger pages mean fewer
         *     requests, and up to {@code concurrency} pages are held in memory
         * @return this builder
         */
        public Builder pageSize(int pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /**
         * How many result pages are requested at once (default 4). Each page is read into memory as it arrives
         * while the rows of the pages before it are handed out, so a slow or distant link is used several times
         * over; rows still arrive in order, exactly once. Memory: at most {@code concurrency × pageSize} rows are
         * held. {@code 1} reads one page after the other. Pages beyond the job's total are never requested; while
         * the total is unknown (no {@code total_rows}, no {@code x-total}), one page is requested at a time. The
         * API allows about 5 results requests a second (a 429 is retried after its {@code Retry-After}).
         *
         * @param concurrency 1 to {@value ExportOptions#MAX_CONCURRENCY}
         * @return this builder
         */
        public Builder concurrency(int concurrency) {
            this.concurrency = concurrency;
            return this;
        }

        /**
         * @param initial the first wait between polls
         * @param max the cap the doubling interval stops at
         * @return this builder
         */
        public Builder pollInterval(Duration initial, Duration max) {
            this.pollInitial = Objects.requireNonNull(initial, "initial");
            this.pollMax = Objects.requireNonNull(max, "max");
            return this;
        }

        /**
         * @param timeout how long to wait for the job to finish; jobs expire 24 hours after creation
         * @return this builder
         */
        public Builder waitTimeout(Duration timeout) {
            this.waitTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * @param progress told the rows done and the total once the job is ready and after each page
         * @return this builder
         */
        public Builder progress(ExportProgress progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /**
         * @param options timeout, retries, deadline and headers for every request of the export: each poll of the
         *     job and each result page is one call of the client's retry loop. A page's attempt lasts until its
         *     body is read (not until the caller has taken its rows), and the per-call timeout bounds it; a page
         *     that breaks off, times out or ends short is requested again and resumed after the rows already read,
         *     up to {@code maxRetries} times with the usual backoff
         * @return this builder
         */
        public Builder requestOptions(RequestOptions options) {
            this.requestOptions = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * @return the options
         * @throws IllegalArgumentException naming the setting, if the page size is outside 1..10,000, the concurrency
         *     outside 1..{@value ExportOptions#MAX_CONCURRENCY}, an interval or
         *     the timeout is not positive or longer than a day ({@link Check#MAX_DURATION}), or the max interval is
         *     below the initial one
         */
        public ExportOptions build() {
            return new ExportOptions(this);
        }
    }
}
