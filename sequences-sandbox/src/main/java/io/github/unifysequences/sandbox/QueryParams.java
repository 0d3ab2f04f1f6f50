package io.github.unifysequences.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A decoded query string; repeated parameters ({@code status=A&status=B}) keep every value. */
final class QueryParams {
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    QueryParams(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
    }

    String first(String name) {
        List<String> list = values.get(name);
        return list == null ? null : list.get(0);
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /**
     * The canonical form of every parameter except {@code cursor} and {@code limit}: part of a
     * cursor's scope, so a cursor only continues the query (same filters) that issued it.
     */
    String filterKey() {
        Map<String, List<String>> sorted = new TreeMap<>(values);
        sorted.remove("cursor");
        sorted.remove("limit");
        StringBuilder key = new StringBuilder();
        sorted.forEach((name, list) -> list.stream()
                .sorted()
                .forEach(value -> key.append(name).append('=').append(value).append('&')));
        return key.toString();
    }

    /**
     * Percent-decodes as RFC 3986 does: a literal {@code +} stays a plus (not a space, as in HTML forms),
     * so an unencoded offset like {@code updated_after=2025-01-01T00:00:00+02:00} still parses.
     */
    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
