package io.github.unifysequences.client;

import com.google.gson.JsonElement;
import io.github.unifysequences.client.ApiRequest.Route;
import io.github.unifysequences.core.SpecVersion;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HEAD;
import retrofit2.http.HTTP;
import retrofit2.http.OPTIONS;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Turns an {@link ApiRequest} into an OkHttp request, binding by name. The generated Retrofit interface stays the
 * request factory for every operation of the pin: its methods are indexed once by their route annotation
 * ({@code @POST("sequences/{id}/pause")}), and each call's arguments are filled by their {@code @Path},
 * {@code @Query} and {@code @Body} names, whatever their number and order. Values go in as wire strings (and the
 * body as a JSON tree) through the interface's invocation handler, so the generated parameter types (UUID,
 * generated enums) never constrain what is sent.
 *
 * <p>Query parameters are sent in the order the SDK gives them. A query parameter the generated method does not
 * have is added to the URL when the caller added it (additional parameters); when the SDK itself needs it, the pin is older than the feature, and the call fails
 * before sending, naming the SDK method and the missing parameter. A route the pin lacks fails the same way.
 * {@link #raw} forms a request the SDK does not model, from a literal path.
 */
final class RequestFactory {
    private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");
    private static final Set<Class<? extends Annotation>> VERBS =
            Set.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class, HEAD.class, OPTIONS.class);

    private final Object api;
    private final InvocationHandler handler;
    private final Map<String, Bound> routes;
    private final HttpUrl base;

    /**
     * @param apiType the generated interface
     * @param base the API's base URL, ending in a slash (Retrofit resolves the generated relative paths under it)
     * @param http only to satisfy Retrofit: the calls it forms are never executed, the pipeline sends the requests
     */
    RequestFactory(Class<?> apiType, HttpUrl base, OkHttpClient http) {
        this.api = new Retrofit.Builder()
                .baseUrl(base)
                .client(http)
                .addConverterFactory(JsonTreeBody.INSTANCE)
                .build()
                .create(apiType);
        this.handler = Proxy.getInvocationHandler(api);
        this.routes = index(apiType);
        this.base = base;
    }

    /** The operations a generated interface declares, by {@link Route#key()}. */
    static Map<String, Bound> index(Class<?> apiType) {
        Map<String, Bound> index = new HashMap<>();
        for (Method method : apiType.getMethods()) {
            String route = route(method);
            if (route != null) {
                index.put(route, new Bound(method, parameters(method)));
            }
        }
        return index;
    }

    Request form(ApiRequest request) {
        Route route = request.route();
        Bound bound = routes.get(route.key());
        if (bound == null) {
            throw new UnsupportedOperationException(route.sdkMethod() + " needs " + route.key()
                    + ", which the spec this SDK" + " was built from (" + SpecVersion.describe() + ") does not have");
        }
        Map<String, List<String>> extra = new LinkedHashMap<>(request.query());
        Object[] args = new Object[bound.parameters().size()];
        for (int i = 0; i < args.length; i++) {
            Parameter parameter = bound.parameters().get(i);
            switch (parameter.kind()) {
                case PATH -> args[i] = request.path().get(parameter.name());
                case BODY -> args[i] = request.body();
                case QUERY -> {
                    List<String> values = extra.remove(parameter.name());
                    args[i] = values == null ? null : parameter.repeated() ? values : values.get(0);
                }
            }
        }
        for (String name : extra.keySet()) {
            if (route.query().contains(name)) {
                throw new UnsupportedOperationException(route.sdkMethod() + " was given '" + name
                        + "', a query parameter"
                        + " of " + route.key() + " that the spec this SDK was built from (" + SpecVersion.describe()
                        + ") does not have; build the SDK against a pin that has it");
            }
        }
        Request formed = call(bound.method(), args).request();
        // The generator orders query parameters as the spec lists them; the wire keeps the SDK's order instead, so
        // a spec that only reorders its parameters sends the same URL. Additional parameters come last.
        HttpUrl generated = formed.url();
        HttpUrl.Builder url = generated.newBuilder().query(null);
        for (String name : request.query().keySet()) {
            List<String> values = extra.containsKey(name) ? extra.get(name) : generated.queryParameterValues(name);
            values.forEach(value -> url.addQueryParameter(name, value));
        }
        return formed.newBuilder().url(url.build()).build();
    }

    /**
     * A request the SDK does not model: the method and the path (relative to the base URL, its segments
     * percent-encoded as needed) as given, the query parameters in order, a JSON body if any.
     */
    Request raw(String method, String path, Map<String, List<String>> query, @Nullable JsonElement body) {
        HttpUrl.Builder url = base.newBuilder();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (!relative.isEmpty()) {
            url.addPathSegments(relative);
        }
        query.forEach((name, values) -> values.forEach(value -> url.addQueryParameter(name, value)));
        RequestBody content = body != null
                ? RequestBody.create(body.toString(), JSON)
                : permitsBody(method) ? RequestBody.create(new byte[0]) : null;
        return new Request.Builder().url(url.build()).method(method, content).build();
    }

    private static boolean permitsBody(String method) {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }

    private Call<?> call(Method method, Object[] args) {
        try {
            return (Call<?>) handler.invoke(api, method, args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("the generated interface could not form " + method.getName(), e);
        }
    }

    /** {@code GET /sequences/{id}} from the method's Retrofit annotation; null for anything else. */
    private static @Nullable String route(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            String verb;
            String path;
            if (annotation instanceof HTTP http) {
                verb = http.method();
                path = http.path();
            } else if (VERBS.contains(annotation.annotationType())) {
                // @GET, @POST, ...: the annotation's name is the verb, its value() the path.
                verb = annotation.annotationType().getSimpleName();
                try {
                    path = (String)
                            annotation.annotationType().getMethod("value").invoke(annotation);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read @" + verb + " of " + method.getName(), e);
                }
            } else {
                continue;
            }
            return verb + " " + (path.startsWith("/") ? path : "/" + path);
        }
        return null;
    }

    private static List<Parameter> parameters(Method method) {
        List<Parameter> parameters = new ArrayList<>();
        Annotation[][] annotations = method.getParameterAnnotations();
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < annotations.length; i++) {
            Parameter parameter = null;
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof Path p) {
                    parameter = new Parameter(Kind.PATH, p.value(), false, types[i]);
                } else if (annotation instanceof Query q) {
                    parameter =
                            new Parameter(Kind.QUERY, q.value(), Iterable.class.isAssignableFrom(types[i]), types[i]);
                } else if (annotation instanceof Body) {
                    parameter = new Parameter(Kind.BODY, "", false, types[i]);
                }
            }
            if (parameter == null) {
                throw new IllegalStateException(method.getName() + ": parameter " + i + " is neither @Path, @Query nor"
                        + " @Body; the generator's output changed shape");
            }
            parameters.add(parameter);
        }
        return parameters;
    }

    /**
     * Writes the request body, whatever model type the generated method declares, from the JSON tree the SDK
     * built: the SDK's values (unknown enum values, additional properties) reach the wire unchanged.
     *
     * <p>Retrofit also insists on a response converter for each method's declared type, though the pipeline reads
     * every response itself and none is ever run. This one costs nothing to make; Gson's, used here before, built a
     * reflective adapter for the generated response model on each operation's first call (docs/PERFORMANCE.md,
     * cold start).
     */
    private static final class JsonTreeBody extends Converter.Factory {
        static final JsonTreeBody INSTANCE = new JsonTreeBody();
        private static final Converter<ResponseBody, Object> UNUSED_RESPONSE = body -> {
            throw new IllegalStateException("the pipeline reads every response itself, not through Retrofit");
        };

        @Override
        public Converter<?, RequestBody> requestBodyConverter(
                Type type, Annotation[] parameterAnnotations, Annotation[] methodAnnotations, Retrofit retrofit) {
            return (Converter<JsonElement, RequestBody>) json -> RequestBody.create(json.toString(), JSON);
        }

        @Override
        public Converter<ResponseBody, ?> responseBodyConverter(
                Type type, Annotation[] annotations, Retrofit retrofit) {
            return UNUSED_RESPONSE;
        }
    }

    enum Kind {
        PATH,
        QUERY,
        BODY
    }

    /**
     * @param name the wire name; empty for the body
     * @param repeated a list-typed query parameter, sent once per value
     * @param type the generated parameter type (for the body, the generated request model)
     */
    record Parameter(Kind kind, String name, boolean repeated, Class<?> type) {}

    /** A generated method and its parameters in declaration order. */
    record Bound(Method method, List<Parameter> parameters) {
        boolean hasQuery(String name) {
            return parameters.stream()
                    .anyMatch(p -> p.kind() == Kind.QUERY && p.name().equals(name));
        }

        boolean hasPath(String name) {
            return parameters.stream()
                    .anyMatch(p -> p.kind() == Kind.PATH && p.name().equals(name));
        }

        /** The generated request model, or null when the operation takes no body. */
        @Nullable
        Class<?> bodyType() {
            return parameters.stream()
                    .filter(p -> p.kind() == Kind.BODY)
                    .map(Parameter::type)
                    .findFirst()
                    .orElse(null);
        }
    }
}
