package io.github.unifysequences.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one routing table. Templates use {@code {name}} for a path segment; routes are tried in
 * registration order, so literal segments ({@code /enrollments/query-jobs}) are registered
 * before parameterised ones ({@code /enrollments/{id}}).
 */
final class Router {
    /** Handles one operation. */
    @FunctionalInterface
    interface Handler {
        Reply handle(ApiRequest request);
    }

    record Route(String method, String template, Pattern pattern, Handler handler) {}

    record Match(Route route, List<String> params) {}

    private final List<Route> routes = new ArrayList<>();

    void add(String method, String template, Handler handler) {
        String regex = template.replaceAll("\\{[a-z_]+}", "([^/]+)");
        routes.add(new Route(method, template, Pattern.compile(regex), handler));
    }

    /** The route for a method and base-relative path, or null. */
    Match match(String method, String path) {
        for (Route route : routes) {
            if (!route.method().equals(method)) {
                continue;
            }
            Matcher m = route.pattern().matcher(path);
            if (m.matches()) {
                List<String> params = new ArrayList<>(m.groupCount());
                for (int i = 1; i <= m.groupCount(); i++) {
                    params.add(m.group(i));
                }
                return new Match(route, params);
            }
        }
        return null;
    }
}
