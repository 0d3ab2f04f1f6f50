package io.github.unifysequences.client;

import io.github.unifysequences.client.Endpoints.Endpoint;
import io.github.unifysequences.client.Endpoints.Prepared;
import io.github.unifysequences.core.AsyncListPage;
import io.github.unifysequences.core.ExportOptions;
import io.github.unifysequences.core.ListPage;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.models.QueryJobParams;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Every face of every service, from one mechanism: the {@code services} interfaces only declare the operations
 * (and carry their Javadoc); a {@link Proxy} implements each, and this handler runs the table row
 * ({@link Endpoints}) a method stands for, in the way of the interface's face: blocking, blocking with the raw
 * response, async, async with the raw response. This is Retrofit's own design for its interfaces.
 *
 * <p>A method maps to the row named by its path from the client and its name ({@code client.sequences()} +
 * {@code pause} → the row {@code client.sequences().pause()}). Its arguments are the row's ids (each a
 * {@link UUID}, or a String, as the interface declares), then the row's params, then {@link RequestOptions}; an
 * overload may leave out the params (the row says what it stands for) and the options. The mapping is made once per
 * interface, and checked eagerly when a client is built: a method that maps to no row, or whose arguments or return
 * type do not fit its row and face, fails the build naming the method. A call then costs one map lookup.
 * {@code default} methods run as written ({@link InvocationHandler#invokeDefault}).
 */
final class Faces implements InvocationHandler {
    /** The mapped interfaces, by interface and path; built once per JVM, shared by every client. */
    private static final Map<String, Shape> SHAPES = new ConcurrentHashMap<>();
    /** What a proxy passes for a method without arguments is null; targets read this instead. */
    private static final Object[] NO_ARGUMENTS = {};

    private final Shape shape;
    private final Endpoints endpoints;
    private final Map<Method, Object> children = new HashMap<>();
    private final @Nullable QueryJobEndpoints<?, ?> jobs;

    private Faces(Shape shape, Endpoints endpoints) {
        this.shape = shape;
        this.endpoints = endpoints;
        shape.targets().forEach((method, target) -> {
            if (target instanceof Child child) {
                children.put(method, proxy(child.shape(), endpoints));
            }
        });
        this.jobs = shape.kind()
                .map(kind -> new QueryJobEndpoints<>(endpoints, kind))
                .orElse(null);
    }

    /**
     * @param type a service interface, e.g. {@code SequenceService.class}
     * @param path its path from the client, e.g. {@code client.sequences()}
     * @return the service of one client, and (eagerly) its sub-services and raw view
     * @throws IllegalStateException naming each method of the interface (or of a sub-service) that maps to no row
     */
    static <S> S service(Class<S> type, String path, Endpoints endpoints) {
        Shape shape = SHAPES.computeIfAbsent(type.getName() + " " + path, key -> shape(type, path));
        return type.cast(proxy(shape, endpoints));
    }

    private static Object proxy(Shape shape, Endpoints endpoints) {
        return Proxy.newProxyInstance(
                shape.type().getClassLoader(), new Class<?>[] {shape.type()}, new Faces(shape, endpoints));
    }

    @Override
    public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args) throws Throwable {
        Target target = shape.targets().get(method);
        if (target == null) {
            return object(proxy, method, args == null ? NO_ARGUMENTS : args);
        }
        return target.invoke(this, proxy, method, args == null ? NO_ARGUMENTS : args);
    }

    /** {@code equals}, {@code hashCode} and {@code toString}, which a proxy also hands to its handler. */
    private Object object(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "toString" ->
                shape.path() + (shape.face() == Face.RAW || shape.face() == Face.ASYNC_RAW ? ".withRawResponse()" : "");
            default -> throw new IllegalStateException("Unmapped method " + method);
        };
    }

    /** The four faces: how a prepared call runs, and what it returns. */
    enum Face {
        BLOCKING {
            @Override
            Object run(Prepared<?> call, boolean paged) {
                return call.get();
            }

            @Override
            boolean returns(Method method) {
                return !CompletableFuture.class.isAssignableFrom(method.getReturnType())
                        && method.getReturnType() != RawResponse.class;
            }
        },
        RAW {
            @Override
            Object run(Prepared<?> call, boolean paged) {
                return call.raw();
            }

            @Override
            boolean returns(Method method) {
                return method.getReturnType() == RawResponse.class;
            }
        },
        ASYNC {
            @Override
            @SuppressWarnings("unchecked")
            Object run(Prepared<?> call, boolean paged) {
                return paged
                        ? ((Prepared<ListPage<Object, Object>>) call).getAsync().thenApply(AsyncListPage::of)
                        : call.getAsync();
            }

            @Override
            boolean returns(Method method) {
                return method.getReturnType() == CompletableFuture.class && !futureOf(method, RawResponse.class);
            }
        },
        ASYNC_RAW {
            @Override
            @SuppressWarnings("unchecked")
            Object run(Prepared<?> call, boolean paged) {
                return paged
                        ? ((Prepared<ListPage<Object, Object>>) call)
                                .execute(true)
                                .thenApply(Endpoints::asyncPage)
                        : call.execute(true);
            }

            @Override
            boolean returns(Method method) {
                return method.getReturnType() == CompletableFuture.class && futureOf(method, RawResponse.class);
            }
        };

        abstract Object run(Prepared<?> call, boolean paged);

        /** Whether the method's return type is this face's. */
        abstract boolean returns(Method method);

        /** {@code SequenceServiceAsync.WithRawResponse} is async and raw; the face follows from the names. */
        static Face of(Class<?> type) {
            boolean raw = type.getSimpleName().equals("WithRawResponse");
            boolean async =
                    (raw ? type.getEnclosingClass() : type).getSimpleName().endsWith("Async");
            return async ? (raw ? ASYNC_RAW : ASYNC) : (raw ? RAW : BLOCKING);
        }

        private static boolean futureOf(Method method, Class<?> type) {
            Type returned = method.getGenericReturnType();
            if (!(returned instanceof ParameterizedType future)) {
                return false;
            }
            Type value = future.getActualTypeArguments()[0];
            return value instanceof ParameterizedType parameterized
                    ? parameterized.getRawType() == type
                    : value == type;
        }
    }

    /**
     * An interface under a path, mapped.
     *
     * @param kind the kind of query job, for the {@code queryJobs()} services; empty for every other
     */
    private record Shape(
            Class<?> type,
            String path,
            Face face,
            Map<Method, Target> targets,
            Optional<Endpoints.QueryJobs<?, ?>> kind) {}

    /** What one method of a service interface does. */
    private sealed interface Target permits Call, Child, Export, Default {
        @Nullable
        Object invoke(Faces faces, Object proxy, Method method, Object[] args) throws Throwable;
    }

    /**
     * Runs a table row.
     *
     * @param ids how many of the leading arguments are ids
     * @param params whether the next argument is the params (else the row's default, or none)
     * @param options whether the last argument is the {@link RequestOptions}
     */
    private record Call(Endpoint<Object, ?> endpoint, Face face, int ids, boolean params, boolean options)
            implements Target {
        @Override
        public Object invoke(Faces faces, Object proxy, Method method, Object[] args) {
            Object given = params ? args[ids] : endpoint.params().defaults().orElse(null);
            if (given != null && !endpoint.params().type().isInstance(given)) {
                throw new IllegalArgumentException(
                        "params must be a " + endpoint.params().type().getSimpleName() + " for "
                                + endpoint.route().sdkMethod() + ", was a "
                                + given.getClass().getSimpleName());
            }
            RequestOptions requestOptions = options ? (RequestOptions) args[args.length - 1] : RequestOptions.none();
            List<Object> idArgs = ids == 0 ? List.of() : Arrays.asList(args).subList(0, ids);
            return face.run(
                    faces.endpoints.prepare(endpoint, idArgs, given, requestOptions), Endpoints.paged(endpoint));
        }
    }

    /** A sub-service ({@code steps()}, {@code queryJobs()}) or the raw view ({@code withRawResponse()}). */
    private record Child(Shape shape) implements Target {
        @Override
        public @Nullable Object invoke(Faces faces, Object proxy, Method method, Object[] args) {
            return faces.children.get(method);
        }
    }

    /**
     * {@code queryJobs().export(params[, options])} and {@code exportJob(jobId[, options])}: composite, not one row.
     *
     * @param existing whether it reads an existing job ({@code exportJob}) instead of creating one
     */
    private record Export(boolean existing, boolean async) implements Target {
        @Override
        @SuppressWarnings("unchecked")
        public Object invoke(Faces faces, Object proxy, Method method, Object[] args) {
            QueryJobEndpoints<Object, QueryJobParams> jobs = (QueryJobEndpoints<Object, QueryJobParams>)
                    Objects.requireNonNull(faces.jobs, "an export target is mapped only on a query-job service");
            ExportOptions options = args.length > 1 ? (ExportOptions) args[1] : ExportOptions.defaults();
            if (existing) {
                return async
                        ? jobs.exportJobAsync((String) args[0], options)
                        : jobs.exportJob((String) args[0], options);
            }
            QueryJobParams params = (QueryJobParams) args[0];
            return async ? jobs.exportAsync(params, options) : jobs.export(params, options);
        }
    }

    /** A {@code default} method: runs as written. */
    private record Default() implements Target {
        @Override
        public Object invoke(Faces faces, Object proxy, Method method, Object[] args) throws Throwable {
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
    }

    private static Shape shape(Class<?> type, String path) {
        Face face = Face.of(type);
        Map<String, Endpoint<?, ?>> rows = Endpoints.bySdkMethod();
        Optional<Endpoints.QueryJobs<?, ?>> kind = Endpoints.QUERY_JOBS.stream()
                .filter(jobs -> jobs.create().route().sdkMethod().equals(path + ".create()"))
                .<Endpoints.QueryJobs<?, ?>>map(jobs -> jobs)
                .findFirst();
        Map<Method, Target> targets = new HashMap<>();
        for (Method method : type.getMethods()) {
            targets.put(method, target(type, path, face, kind, rows, method));
        }
        return new Shape(type, path, face, Map.copyOf(targets), kind);
    }

    @SuppressWarnings("unchecked")
    private static Target target(
            Class<?> type,
            String path,
            Face face,
            Optional<Endpoints.QueryJobs<?, ?>> kind,
            Map<String, Endpoint<?, ?>> rows,
            Method method) {
        String name = method.getName();
        if (method.isDefault()) {
            return new Default();
        }
        Class<?> returned = method.getReturnType();
        if (method.getParameterCount() == 0
                && returned.isInterface()
                && returned.getPackage().equals(type.getPackage())) {
            return new Child(shape(returned, name.equals("withRawResponse") ? path : path + "." + name + "()"));
        }
        if (kind.isPresent()
                && (name.equals("export") || name.equals("exportJob"))
                && (face == Face.BLOCKING || face == Face.ASYNC)) {
            return new Export(name.equals("exportJob"), face == Face.ASYNC);
        }
        Endpoint<Object, ?> endpoint = (Endpoint<Object, ?>) rows.get(path + "." + name + "()");
        if (endpoint == null) {
            throw unmapped(method, "there is no row " + path + "." + name + "() in the table");
        }
        if (!face.returns(method)) {
            throw unmapped(method, "its return type is not the " + face + " face's");
        }
        Class<?>[] parameters = method.getParameterTypes();
        int ids = endpoint.ids().size();
        for (int i = 0; i < ids; i++) {
            boolean fits = i < parameters.length
                    && (parameters[i] == String.class
                            || parameters[i] == UUID.class
                                    && endpoint.ids().get(i).uuid());
            if (!fits) {
                throw unmapped(
                        method,
                        "argument " + (i + 1) + " must be the id "
                                + endpoint.ids().get(i).name());
            }
        }
        int next = ids;
        boolean params = next < parameters.length && parameters[next] != RequestOptions.class;
        if (params
                && !(endpoint.params().taken()
                        && parameters[next].isAssignableFrom(endpoint.params().type()))) {
            throw unmapped(method, "argument " + (next + 1) + " is not the row's params");
        }
        if (!params && endpoint.params().taken() && endpoint.params().defaults().isEmpty()) {
            throw unmapped(method, "the row requires params");
        }
        next += params ? 1 : 0;
        boolean options = next < parameters.length && parameters[next] == RequestOptions.class;
        next += options ? 1 : 0;
        if (next != parameters.length) {
            throw unmapped(method, "it has arguments the row does not take");
        }
        return new Call(endpoint, face, ids, params, options);
    }

    private static IllegalStateException unmapped(Method method, String why) {
        return new IllegalStateException(method.getDeclaringClass().getName() + "." + method.getName()
                + Arrays.toString(method.getParameterTypes()) + " maps to no operation of the table: " + why);
    }
}
