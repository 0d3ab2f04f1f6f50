package io.github.unifysequences.client;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.unifysequences.models.ApiEnum;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The values of one call, by wire name: path parameters, query parameters and the JSON body. Values are turned
 * into their wire strings here, once: an enum by its raw string (so a value the SDK does not know is sent as
 * given, never as a generator placeholder), a timestamp as RFC 3339 with seconds, anything else by
 * {@code toString()}. Absent values ({@code null}, empty {@code Optional}, empty collection) are left out.
 */
final class ApiRequest {
    private final Route route;
    private final Map<String, String> path = new LinkedHashMap<>();
    private final Map<String, List<String>> query = new LinkedHashMap<>();
    private final Map<String, List<String>> additional = new LinkedHashMap<>();
    /** Null until {@link #body} sets it: most operations send none. */
    private @Nullable JsonObject body;

    private ApiRequest(Route route) {
        this.route = route;
    }

    static ApiRequest to(Route route) {
        return new ApiRequest(route);
    }

    ApiRequest path(String name, Object value) {
        path.put(name, wire(value));
        return this;
    }

    /** A query value, a list of them (sent as the parameter repeated), or nothing. */
    ApiRequest query(String name, @Nullable Object value) {
        Object present = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        if (present instanceof Collection<?> values) {
            if (!values.isEmpty()) {
                List<String> strings = new ArrayList<>(values.size());
                values.forEach(v -> strings.add(wire(v)));
                query.put(name, strings);
            }
        } else if (present != null) {
            query.put(name, List.of(wire(present)));
        }
        return this;
    }

    /** Parameters the SDK does not model, as the caller gave them; sent last, and never instead of one the SDK set. */
    ApiRequest additionalQuery(Map<String, List<String>> values) {
        additional.putAll(values);
        return this;
    }

    /**
     * @param json the JSON body, sent exactly as given
     * @param additional properties the SDK does not model, added unless the body already has them
     */
    ApiRequest body(JsonObject json, Map<String, JsonElement> additional) {
        JsonObject copy = json.deepCopy();
        additional.forEach((name, value) -> {
            if (!copy.has(name)) {
                copy.add(name, value.deepCopy());
            }
        });
        this.body = copy;
        return this;
    }

    Route route() {
        return route;
    }

    Map<String, String> path() {
        return path;
    }

    /** The SDK's query parameters in the order it set them, then the additional ones it did not set. */
    Map<String, List<String>> query() {
        Map<String, List<String>> all = new LinkedHashMap<>(query);
        additional.forEach(all::putIfAbsent);
        return all;
    }

    /** The JSON body; null when the operation has none. */
    @Nullable
    JsonObject body() {
        return body;
    }

    private static String wire(Object value) {
        if (value instanceof ApiEnum<?> apiEnum) {
            return apiEnum.asString();
        }
        if (value instanceof OffsetDateTime at) {
            // OffsetDateTime.toString() drops zero seconds (10:00Z), which RFC 3339 does not allow.
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
        }
        return value.toString();
    }

    /**
     * One operation of the spec as the SDK binds it: by its HTTP method, its path template and the wire names of its
     * parameters, never by the shape of a generated Java method, so an additive spec change (a new optional parameter,
     * reordered parameters) leaves the binding intact. Every route the SDK uses is declared in the table, {@link Endpoints}.
     *
     * @param sdkMethod the public SDK call that sends it, for messages (e.g. {@code client.sequences().pause()})
     * @param method the HTTP method, upper case
     * @param path the spec's path template, e.g. {@code /sequences/{id}/pause}
     * @param query the query parameters the SDK may send, by wire name
     * @param optional those of {@code query} that an older pin may lack: the SDK still builds against such a pin,
     *     and setting one then fails at call time (see {@link RequestFactory})
     * @param body the top-level request-body properties the SDK may send, by JSON name
     * @param pathParameters the names of the path template's parameters, in order: {@code [id, step_id]}
     */
    record Route(
            String sdkMethod,
            String method,
            String path,
            List<String> query,
            Set<String> optional,
            List<String> body,
            List<String> pathParameters) {
        private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

        Route {
            query = List.copyOf(query);
            optional = Set.copyOf(optional);
            body = List.copyOf(body);
            pathParameters = List.copyOf(pathParameters);
        }

        /**
         * @param sdkMethod the SDK call, for messages
         * @param route {@code METHOD /path/{template}}, as the spec writes it
         */
        static Route of(String sdkMethod, String route) {
            String[] parts = route.split(" ", 2);
            return new Route(
                    sdkMethod,
                    parts[0].toUpperCase(Locale.ROOT),
                    parts[1],
                    List.of(),
                    Set.of(),
                    List.of(),
                    PATH_PARAMETER
                            .matcher(parts[1])
                            .results()
                            .map(match -> match.group(1))
                            .toList());
        }

        Route query(String... names) {
            return new Route(sdkMethod, method, path, concat(query, names), optional, body, pathParameters);
        }

        /** Query parameters newer than the oldest pin the SDK supports; see {@link #optional}. */
        Route optionalQuery(String... names) {
            return new Route(
                    sdkMethod,
                    method,
                    path,
                    concat(query, names),
                    Set.copyOf(concat(optional, names)),
                    body,
                    pathParameters);
        }

        Route body(String... names) {
            return new Route(sdkMethod, method, path, query, optional, concat(body, names), pathParameters);
        }

        /** What both the SDK's routes and the generated interface's methods are indexed by: {@code GET /sequences/{id}}. */
        String key() {
            return method + " " + path;
        }

        private static List<String> concat(Collection<String> head, String... tail) {
            List<String> all = new ArrayList<>(head);
            all.addAll(List.of(tail));
            return all;
        }
    }
}
