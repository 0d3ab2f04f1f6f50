package io.github.unifysequences.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

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
record Route(String sdkMethod, String method, String path, List<String> query, Set<String> optional, List<String> body,
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
        return new Route(sdkMethod, parts[0].toUpperCase(Locale.ROOT), parts[1], List.of(), Set.of(), List.of(),
                PATH_PARAMETER.matcher(parts[1]).results().map(match -> match.group(1)).toList());
    }

    Route query(String... names) {
        return new Route(sdkMethod, method, path, concat(query, names), optional, body, pathParameters);
    }

    /** Query parameters newer than the oldest pin the SDK supports; see {@link #optional}. */
    Route optionalQuery(String... names) {
        return new Route(sdkMethod, method, path, concat(query, names), Set.copyOf(concat(optional, names)), body, pathParameters);
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
