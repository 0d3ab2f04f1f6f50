package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.unifysequences.client.Endpoints.Endpoint;
import io.github.unifysequences.core.AsyncPage;
import io.github.unifysequences.core.Page;
import io.github.unifysequences.core.RawResponse;
import io.github.unifysequences.core.RequestOptions;
import io.github.unifysequences.core.ResultsPage;
import io.github.unifysequences.generated.api.UnifySequencesApi;
import io.github.unifysequences.models.EnrollmentCreateParams;
import io.github.unifysequences.models.EnrollmentStepUpdateParams;
import io.github.unifysequences.models.RawJson;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of the table through every face (blocking, raw, async, async raw), with its ids given as UUIDs and
 * as strings, over real HTTP: the request on the wire (method, path, query, body) and the value decoded from the
 * spec's example answer. The operation list is the table ({@link Endpoints#all()}), whose routes
 * {@code BindingCheckTest} ties to the pin, and each answer is the pin's example for the operation bound to the
 * route; nothing here is listed by hand.
 */
class FaceMatrixTest extends ClientTestBase {
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Map<String, RequestFactory.Bound> PIN = RequestFactory.index(UnifySequencesApi.class);
    private static final String JOB_ID = "job_7f3a9c";

    static Stream<Arguments> operationsTimesFaces() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint<?, ?> endpoint : Endpoints.all()) {
            for (Faces.Face face : Faces.Face.values()) {
                cases.add(Arguments.of(endpoint.route().sdkMethod(), face, endpoint, false));
                if (endpoint.ids().stream().anyMatch(Endpoints.Id::uuid)) {
                    cases.add(Arguments.of(endpoint.route().sdkMethod(), face, endpoint, true));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} uuids={3}")
    @MethodSource("operationsTimesFaces")
    void everyOperationThroughEveryFace(String sdkMethod, Faces.Face face, Endpoint<?, ?> endpoint, boolean uuids)
            throws Exception {
        String example = example(snake(PIN.get(endpoint.route().key()).method().getName()) + ".response");
        enqueue(200, example);

        List<Object> args = new ArrayList<>();
        List<String> pathValues = new ArrayList<>();
        for (Endpoints.Id id : endpoint.ids()) {
            String value =
                    id.uuid() ? UUID.nameUUIDFromBytes(id.name().getBytes()).toString() : JOB_ID;
            pathValues.add(value);
            args.add(id.uuid() && uuids ? UUID.fromString(value) : value);
        }
        Object params = endpoint.params().taken() ? params(endpoint) : null;
        if (params != null) {
            args.add(params);
        }
        args.add(RequestOptions.none());

        Object service = service(sdkMethod, face);
        Object result = unwrap(find(service, sdkMethod, args).invoke(service, args.toArray()), face);

        RecordedRequest sent = take();
        assertThat(sent.getMethod()).isEqualTo(endpoint.route().method());
        assertThat(sent.getUrl().encodedPath())
                .isEqualTo("/sequences/v1" + fill(endpoint.route().path(), pathValues));
        assertThat(sent.getUrl().queryParameterNames())
                .isSubsetOf(endpoint.route().query());
        String body = sent.getBody() == null ? "" : sent.getBody().utf8();
        if (endpoint.route().body().isEmpty()) {
            assertThat(body).isEmpty();
        } else {
            assertThat(JsonParser.parseString(body).getAsJsonObject().keySet())
                    .isSubsetOf(endpoint.route().body());
            requestExample(endpoint)
                    .ifPresent(
                            expected -> assertThat(JsonParser.parseString(body)).isEqualTo(expected));
        }

        JsonObject answer = JsonParser.parseString(example).getAsJsonObject();
        if (endpoint.result() instanceof Endpoints.Paged<?, ?> paged) {
            List<?> items = result instanceof AsyncPage<?> page ? page.items() : ((Page<?>) result).items();
            assertThat(face == Faces.Face.ASYNC || face == Faces.Face.ASYNC_RAW).isEqualTo(result instanceof AsyncPage);
            assertThat(items).hasSize(answer.getAsJsonArray(paged.field()).size());
        } else if (endpoint.result() instanceof Endpoints.Rows<?>) {
            assertThat(((ResultsPage<?>) result).items())
                    .hasSize(answer.getAsJsonArray("data").size());
        } else {
            RawJson raw = (RawJson) result.getClass().getMethod("rawJson").invoke(result);
            assertThat(raw.asJsonObject()).isEqualTo(answer);
        }
    }

    /** The service of {@code sdkMethod}'s resource in {@code face}, reached as an application would. */
    private Object service(String sdkMethod, Faces.Face face) throws Exception {
        Object current = face == Faces.Face.BLOCKING || face == Faces.Face.RAW ? client : client.async();
        String[] steps = sdkMethod.substring("client.".length()).split("\\.");
        for (int i = 0; i < steps.length - 1; i++) {
            String accessor = steps[i].replace("()", "");
            current = type(current).getMethod(accessor).invoke(current);
        }
        if (face == Faces.Face.RAW || face == Faces.Face.ASYNC_RAW) {
            current = type(current).getMethod("withRawResponse").invoke(current);
        }
        return current;
    }

    /** The full overload for these arguments: ids (UUIDs or strings), params where taken, options. */
    private static Method find(Object service, String sdkMethod, List<Object> args) {
        String name = sdkMethod.substring(sdkMethod.lastIndexOf('.') + 1).replace("()", "");
        return Arrays.stream(type(service).getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == args.size())
                .filter(m -> {
                    for (int i = 0; i < args.size(); i++) {
                        if (!m.getParameterTypes()[i].isInstance(args.get(i))) {
                            return false;
                        }
                    }
                    return true;
                })
                .findFirst()
                .orElseThrow(() -> new AssertionError("no overload of " + sdkMethod + " takes " + args));
    }

    /** A service's interface, or the client's class. */
    private static Class<?> type(Object service) {
        return Proxy.isProxyClass(service.getClass()) ? service.getClass().getInterfaces()[0] : service.getClass();
    }

    private static Object unwrap(Object returned, Faces.Face face) {
        Object value = returned instanceof CompletableFuture<?> future ? future.join() : returned;
        if (face == Faces.Face.RAW || face == Faces.Face.ASYNC_RAW) {
            assertThat(value).isInstanceOf(RawResponse.class);
            assertThat(((RawResponse<?>) value).statusCode()).isEqualTo(200);
            return ((RawResponse<?>) value).body();
        }
        assertThat(value).isNotInstanceOf(RawResponse.class);
        return value;
    }

    /** Params for a row: its default where it has one, else the params the spec's example request carries. */
    private static Object params(Endpoint<?, ?> endpoint) {
        if (endpoint.params().defaults().isPresent()) {
            return endpoint.params().defaults().get();
        }
        JsonObject request = requestExample(endpoint).orElseThrow();
        if (endpoint.params().type() == EnrollmentCreateParams.class) {
            EnrollmentCreateParams.Builder builder = EnrollmentCreateParams.builder()
                    .sequenceId(request.get("sequence_id").getAsString())
                    .personId(request.get("person_id").getAsString());
            request.getAsJsonArray("mailbox_emails").forEach(email -> builder.addMailboxEmail(email.getAsString()));
            return builder.build();
        }
        return EnrollmentStepUpdateParams.builder()
                .versionId(request.get("version_id").getAsString())
                .body(request.get("body").getAsString())
                .build();
    }

    /** The pin's example request body of a row that requires params. */
    private static java.util.Optional<JsonObject> requestExample(Endpoint<?, ?> endpoint) {
        if (endpoint.params().defaults().isPresent()) {
            return java.util.Optional.empty();
        }
        String name = snake(PIN.get(endpoint.route().key()).method().getName()) + ".request";
        return java.util.Optional.of(JsonParser.parseString(example(name)).getAsJsonObject());
    }

    private static String fill(String template, List<String> values) {
        Matcher matcher = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        int i = 0;
        while (matcher.find()) {
            matcher.appendReplacement(path, values.get(i++));
        }
        return matcher.appendTail(path).toString();
    }

    /** {@code pauseSequenceEnrollment} → {@code pause_sequence_enrollment}, how the examples are named. */
    private static String snake(String operationId) {
        return operationId.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
