package io.github.unifysequences.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The five query-job operations of one kind (enrollments or enrollment steps), registered under
 * that kind's prefix; the two kinds keep separate job lists, as the API's paths suggest.
 *
 * @param <T> the row type: {@link Enrollment} or {@link EnrollmentStepView}
 */
final class QueryJobRoutes<T> {
    static final int MAX_JSON_PAGE_SIZE = 2_000;
    static final int MAX_NDJSON_PAGE_SIZE = 10_000;
    static final int DEFAULT_PAGE_SIZE = 1_000;
    static final String NDJSON = "application/x-ndjson";

    /**
     * What one kind exports: the rows each enrollment contributes (itself, or its steps), the filter
     * schema that selects them and the row shape that writes them.
     */
    record Rows<R>(
            BiFunction<JsonObject, Validation, Predicate<R>> filter,
            BiConsumer<Enrollment, Consumer<R>> rowsOf,
            Pager.ItemWriter<R> writer) {

        /** The rows matching {@code filter}, in creation order; the caller holds the store's read lock. */
        List<R> snapshot(Store store, JsonObject json, Validation v) {
            Predicate<R> predicate = filter.apply(json, v);
            v.throwIfInvalid();
            List<R> matched = new ArrayList<>();
            Consumer<R> keep = row -> {
                if (predicate.test(row)) {
                    matched.add(row);
                }
            };
            for (int i = 0; i < store.enrollmentCount(); i++) {
                rowsOf.accept(store.enrollmentAt(i), keep);
            }
            return matched;
        }
    }

    private final Context ctx;
    private final String prefix;
    private final Rows<T> rows;
    private final List<QueryJob> jobs = new ArrayList<>();
    private final Map<UUID, QueryJob> jobsById = new HashMap<>();

    private QueryJobRoutes(Context ctx, String prefix, Rows<T> rows) {
        this.ctx = ctx;
        this.prefix = prefix;
        this.rows = rows;
    }

    static QueryJobRoutes<Enrollment> enrollments(Context ctx) {
        return new QueryJobRoutes<>(
                ctx,
                "/enrollments",
                new Rows<>(JobFilter::enrollments, (e, out) -> out.accept(e), BulkJson::enrollmentRow));
    }

    static QueryJobRoutes<EnrollmentStepView> enrollmentSteps(Context ctx) {
        Store store = ctx.store();
        return new QueryJobRoutes<>(
                ctx,
                "/enrollment-steps",
                new Rows<>(
                        JobFilter::steps,
                        (e, out) -> e.sequence.steps.forEach(step -> out.accept(store.view(e, step))),
                        BulkJson::stepRow));
    }

    void register(Router router) {
        router.add("POST", prefix + "/query-jobs", this::create);
        router.add("GET", prefix + "/query-jobs", this::list);
        router.add("GET", prefix + "/query-jobs/{job_id}", this::get);
        router.add("POST", prefix + "/query-jobs/{job_id}/cancel", this::cancel);
        router.add("GET", prefix + "/query-jobs/{job_id}/results", this::results);
    }

    /** The body is optional; without a filter the job exports every row. */
    private Reply create(ApiRequest r) {
        JsonObject filter = new JsonObject();
        Validation v = new Validation();
        if (r.hasBody()) {
            JsonObject body = r.jsonObject();
            for (Map.Entry<String, JsonElement> entry : body.entrySet()) {
                if (!entry.getKey().equals("filter")) {
                    v.add("unknown_field", "Unknown field.", entry.getKey());
                } else if (!entry.getValue().isJsonObject()) {
                    v.add("invalid_type", "`filter` must be an object.", "filter");
                } else {
                    filter = entry.getValue().getAsJsonObject();
                }
            }
            v.throwIfInvalid();
        }
        JsonObject finalFilter = filter;
        List<T> snapshot = ctx.store().read(() -> rows.snapshot(ctx.store(), finalFilter, v));
        long now = ctx.now();
        QueryJob job = new QueryJob(
                UUID.randomUUID(),
                now,
                now + ctx.queryJobDuration().toMillis(),
                now + ctx.queryJobTtl().toMillis(),
                ctx.faults().takeJobFailure(),
                snapshot);
        synchronized (jobs) {
            jobs.add(job);
            jobsById.put(job.id, job);
        }
        QueryJob.View view = job.view(now);
        return Reply.json(201, w -> {
            w.beginObject();
            Json.id(w, "job_id", view.id());
            w.name("status").value(Enums.JobStatus.IN_PROGRESS.name());
            Json.time(w, "expires_at", view.expiresAt());
            w.endObject();
        });
    }

    private QueryJob existing(ApiRequest r) {
        String id = r.pathParams.get(0);
        QueryJob job = null;
        if (Validation.isUuid(id)) {
            synchronized (jobs) {
                job = jobsById.get(UUID.fromString(id));
            }
        }
        if (job == null) {
            throw ApiException.notFound("Query job " + id + " not found.");
        }
        return job;
    }

    private Reply list(ApiRequest r) {
        Validation v = new Validation();
        String status = v.enumValue(r.query.first("status"), Enums.JOB_STATUSES, "status");
        Pager.Request page = ctx.pager().request(r.query, prefix + "/query-jobs?" + r.query.filterKey(), v);
        long now = ctx.now();
        Pager.Page<QueryJob.View> result;
        synchronized (jobs) {
            result = ctx.pager()
                    .page(
                            page,
                            jobs.size(),
                            i -> jobs.get(i).view(now),
                            job -> status == null || job.status().name().equals(status));
        }
        return result.reply("jobs", BulkJson::job);
    }

    private Reply get(ApiRequest r) {
        QueryJob.View view = existing(r).view(ctx.now());
        return Reply.json(200, w -> BulkJson.job(w, view));
    }

    private Reply cancel(ApiRequest r) {
        QueryJob job = existing(r);
        if (!job.cancel(ctx.now())) {
            throw ApiException.conflict(
                    "job_not_cancelable",
                    "Only IN_PROGRESS jobs can be canceled; this one is "
                            + job.view(ctx.now()).status() + ".");
        }
        return Reply.json(
                200,
                w -> w.beginObject()
                        .name("job_id")
                        .value(job.id.toString())
                        .name("status")
                        .value(Enums.JobStatus.CANCELED.name())
                        .endObject());
    }

    private Reply results(ApiRequest r) {
        Validation v = new Validation();
        Integer page = v.integer(r.query.first("page"), 1, Integer.MAX_VALUE, "page");
        Integer size = v.integer(r.query.first("page_size"), 1, MAX_NDJSON_PAGE_SIZE, "page_size");
        v.throwIfInvalid();
        QueryJob job = existing(r);
        QueryJob.View view = job.view(ctx.now());
        @SuppressWarnings("unchecked") // each QueryJobRoutes only stores jobs of its own row type
        List<T> all = (List<T>) job.rows();
        switch (view.status()) {
            case IN_PROGRESS:
                throw ApiException.conflict("results_not_ready", "The job is still running; poll it until FINISHED.");
            case FAILED:
                throw ApiException.conflict("results_failed", "The job failed: " + view.errorCode() + ".");
            case CANCELED:
                throw ApiException.conflict("results_canceled", "The job was canceled.");
            default:
                break;
        }
        if (view.status() == Enums.JobStatus.EXPIRED || all == null) {
            throw new ApiException(
                    410, "results_expired", "The job's results expired at " + Json.time(view.expiresAt()) + ".");
        }
        boolean ndjson = String.valueOf(r.header("Accept")).contains(NDJSON);
        int pageNumber = page == null ? 1 : page;
        int pageSize = size == null ? DEFAULT_PAGE_SIZE : size;
        int max = ndjson ? MAX_NDJSON_PAGE_SIZE : MAX_JSON_PAGE_SIZE;
        if (pageSize > max) {
            throw new ApiException(
                    413,
                    "results_page_too_large",
                    "page_size " + pageSize + " exceeds " + max + " for " + (ndjson ? NDJSON : "application/json")
                            + ".");
        }
        long from = Math.min((long) (pageNumber - 1) * pageSize, all.size());
        List<T> slice = all.subList((int) from, (int) Math.min(from + pageSize, all.size()));
        if (ndjson) {
            return Reply.streamed(200, NDJSON, out -> writeLines(out, slice))
                    .header("x-total", String.valueOf(all.size()))
                    .header("x-page", String.valueOf(pageNumber))
                    .header("x-page-size", String.valueOf(pageSize));
        }
        return Reply.streamedJson(200, w -> {
            w.beginObject();
            w.name("total").value(all.size());
            w.name("page").value(pageNumber);
            w.name("page_size").value(pageSize);
            w.name("data").beginArray();
            for (T row : slice) {
                rows.writer().write(w, row);
            }
            w.endArray().endObject();
        });
    }

    /** One JSON object per line, written straight to the (chunked) response stream. */
    private void writeLines(OutputStream out, List<T> slice) throws IOException {
        Writer writer = new Utf8Sink(out);
        for (T row : slice) {
            JsonWriter w = new JsonWriter(writer);
            w.setSerializeNulls(true);
            rows.writer().write(w, row);
            writer.write('\n');
        }
        writer.flush();
    }
}
