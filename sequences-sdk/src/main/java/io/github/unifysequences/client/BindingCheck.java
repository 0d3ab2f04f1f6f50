package io.github.unifysequences.client;

import com.google.gson.annotations.SerializedName;
import io.github.unifysequences.client.ApiRequest.Route;
import io.github.unifysequences.core.SpecVersion;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares what the SDK sends (the routes of the table, {@link Endpoints}) with what the pin declares (the generated interface), so that a
 * re-pin which removes or renames something the SDK uses fails once, naming the SDK method and the spec change,
 * instead of failing at call time. Run on every build by {@code BindingCheckTest}.
 */
final class BindingCheck {
    private BindingCheck() {}

    /**
     * @param apiType the generated interface
     * @return one line per breaking difference; empty when every route binds
     */
    static List<String> breaking(Class<?> apiType) {
        return check(apiType, false);
    }

    /** @return one line per optional feature the pin lacks (it builds; the feature fails when used) */
    static List<String> missingOptional(Class<?> apiType) {
        return check(apiType, true);
    }

    private static List<String> check(Class<?> apiType, boolean optional) {
        Map<String, RequestFactory.Bound> bound = RequestFactory.index(apiType);
        String pin = "the pin (" + SpecVersion.describe() + ")";
        List<String> problems = new ArrayList<>();
        for (Route route : routes()) {
            RequestFactory.Bound method = bound.get(route.key());
            if (method == null) {
                if (!optional) {
                    problems.add(route.sdkMethod() + " needs " + route.key() + ", which " + pin + " does not have");
                }
                continue;
            }
            for (String name : optional ? List.<String>of() : route.pathParameters()) {
                if (!method.hasPath(name)) {
                    problems.add(route.sdkMethod() + " needs path parameter '" + name + "' of " + route.key()
                            + ", which " + pin + " does not declare");
                }
            }
            for (String name : route.query()) {
                if (!method.hasQuery(name) && route.optional().contains(name) == optional) {
                    problems.add(route.sdkMethod() + (optional ? " can use" : " needs") + " query parameter '" + name
                            + "' of " + route.key() + ", which " + pin + " does not have");
                }
            }
            Class<?> body = method.bodyType();
            for (String name : route.body()) {
                if (!optional && (body == null || !hasProperty(body, name))) {
                    problems.add(route.sdkMethod() + " needs request-body property '" + name + "' of " + route.key()
                            + ", which " + pin + " does not have");
                }
            }
        }
        return problems;
    }

    /** @return the route of every row of the table */
    static List<Route> routes() {
        return Endpoints.all().stream().map(Endpoints.Endpoint::route).toList();
    }

    /** A body kept as a JSON tree by the generator's schema mappings has no fixed properties to compare. */
    private static boolean hasProperty(Class<?> model, String name) {
        if (com.google.gson.JsonElement.class.isAssignableFrom(model)) {
            return true;
        }
        for (Field field : model.getDeclaredFields()) {
            SerializedName serialized = field.getAnnotation(SerializedName.class);
            if (serialized != null && serialized.value().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
