package io.github.unifysequences.client;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Every route the SDK sends, said once: the public SDK call, {@code METHOD /path/{template}} as the spec writes
 * it, and the query parameters and body properties the SDK may set, by wire name. Idempotency and decoding are
 * said where each operation is formed ({@link Endpoints}, {@link QueryJobEndpoints}).
 *
 * <p>This table is the SDK's whole dependency on the spec's operations: {@code BindingCheckTest} checks it
 * against the generated interface on every build and names each SDK method whose route, parameter or body
 * property the pin removed.
 */
final class Routes {
    static final Route LIST_SEQUENCES = Route.of("client.sequences().list()", "GET /sequences").query("cursor", "limit");
    static final Route RETRIEVE_SEQUENCE = Route.of("client.sequences().retrieve()", "GET /sequences/{id}");
    static final Route DELETE_SEQUENCE = Route.of("client.sequences().delete()", "DELETE /sequences/{id}");
    static final Route PAUSE_SEQUENCE = Route.of("client.sequences().pause()", "POST /sequences/{id}/pause");
    static final Route RESUME_SEQUENCE = Route.of("client.sequences().resume()", "POST /sequences/{id}/resume");
    static final Route LIST_SEQUENCE_STEPS = Route.of("client.sequences().steps().list()", "GET /sequences/{id}/steps")
            .query("cursor", "limit", "type");
    static final Route RETRIEVE_SEQUENCE_STEP = Route.of("client.sequences().steps().retrieve()",
            "GET /sequences/{id}/steps/{step_id}");

    static final Route CREATE_ENROLLMENT = Route.of("client.enrollments().create()", "POST /enrollments")
            .body("sequence_id", "person_id", "mailbox_emails");
    static final Route LIST_ENROLLMENTS = Route.of("client.enrollments().list()", "GET /enrollments")
            .query("cursor", "limit", "sequence_id", "person_id", "mailbox_id", "status", "updated_after", "updated_before")
            // Added by the 2026-08-19 spec; an SDK built against an older pin fails only when the filter is used.
            .optionalQuery("enrolled_by_play_id");
    static final Route RETRIEVE_ENROLLMENT = Route.of("client.enrollments().retrieve()", "GET /enrollments/{id}");
    static final Route CANCEL_ENROLLMENT = Route.of("client.enrollments().cancel()", "DELETE /enrollments/{id}");
    static final Route PAUSE_ENROLLMENT = Route.of("client.enrollments().pause()", "POST /enrollments/{id}/pause");
    static final Route RESUME_ENROLLMENT = Route.of("client.enrollments().resume()", "POST /enrollments/{id}/resume");
    static final Route APPROVE_ENROLLMENT = Route.of("client.enrollments().approve()", "POST /enrollments/{id}/approve");
    static final Route LIST_ENROLLMENT_STEPS = Route.of("client.enrollments().steps().list()", "GET /enrollments/{id}/steps")
            .query("cursor", "limit");

    static final Route RETRIEVE_ENROLLMENT_STEP = Route.of("client.enrollmentSteps().retrieve()",
            "GET /enrollment-steps/{id}");
    static final Route UPDATE_ENROLLMENT_STEP = Route.of("client.enrollmentSteps().update()", "PATCH /enrollment-steps/{id}")
            .body("version_id", "subject", "fallback_subject", "body");

    static final QueryJobRoutes ENROLLMENT_QUERY_JOBS = QueryJobRoutes.under("client.enrollments().queryJobs()",
            "/enrollments/query-jobs");
    static final QueryJobRoutes STEP_QUERY_JOBS = QueryJobRoutes.under("client.enrollmentSteps().queryJobs()",
            "/enrollment-steps/query-jobs");

    private Routes() {
    }

    /** The five routes of one kind of query job, which differ between the kinds only by their path prefix. */
    record QueryJobRoutes(Route create, Route list, Route retrieve, Route cancel, Route results) {
        static QueryJobRoutes under(String sdk, String prefix) {
            return new QueryJobRoutes(
                    Route.of(sdk + ".create()", "POST " + prefix).body("filter"),
                    Route.of(sdk + ".list()", "GET " + prefix).query("cursor", "limit", "status"),
                    Route.of(sdk + ".retrieve()", "GET " + prefix + "/{job_id}"),
                    Route.of(sdk + ".cancel()", "POST " + prefix + "/{job_id}/cancel"),
                    Route.of(sdk + ".results()", "GET " + prefix + "/{job_id}/results").query("page", "page_size"));
        }

        List<Route> all() {
            return List.of(create, list, retrieve, cancel, results);
        }
    }

    /** Every route above, read from the fields so that a new one cannot be left out of the check. */
    static List<Route> all() {
        List<Route> all = new ArrayList<>();
        for (Field field : Routes.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            try {
                Object value = field.get(null);
                if (value instanceof Route route) {
                    all.add(route);
                } else if (value instanceof QueryJobRoutes jobs) {
                    all.addAll(jobs.all());
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return all;
    }
}
