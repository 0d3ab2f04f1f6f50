package io.github.unifysequences.benchmarks;

import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.core.Page;
import io.github.unifysequences.generated.api.UnifySequencesApi;
import io.github.unifysequences.generated.model.GetEnrollmentResponse;
import io.github.unifysequences.generated.model.ListEnrollmentsResponse;
import io.github.unifysequences.models.Enrollment;
import io.github.unifysequences.models.EnrollmentListParams;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import retrofit2.Response;
import retrofit2.http.Query;

/**
 * Figure 1: the latency of one call through the SDK, hand-written OkHttp + Gson, and the bare generated
 * Retrofit stub, against the fixed-response server in the same JVM (one client thread).
 *
 * <p>Iterations are few (3 x 2 s warm-up, 5 x 2 s measured, 2 forks) to keep the run under five minutes
 * on two cores; the fork-to-fork spread is in the JMH error column.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
public class PerCallBenchmark {
    private static final int LIMIT = 100;

    private FixtureServer server;
    private UnifySequencesClient sdk;
    private OkHttpClient okHttp;
    private HandWritten handWritten;
    private UnifySequencesApi retrofit;
    private UnifySequencesApi retrofitSdkHeaders;
    private String id;
    private UUID uuid;
    private EnrollmentListParams listParams;
    private Method listEnrollments;
    private Object[] listArgs;

    @Setup(Level.Trial)
    public void start() {
        server = FixtureServer.start(Integer.MAX_VALUE, 0, Duration.ZERO);
        sdk = Clients.sdk(server.baseUrl());
        okHttp = Clients.okHttp();
        handWritten = new HandWritten(okHttp, server.baseUrl());
        retrofit = Clients.retrofit(okHttp, server.baseUrl());
        retrofitSdkHeaders = Clients.retrofit(okHttp, server.baseUrl(), Clients.sdkRequestHeaders(server.baseUrl()));
        id = FixtureServer.enrollmentId();
        uuid = UUID.fromString(id);
        listParams = EnrollmentListParams.builder().limit(LIMIT).build();
        // By the parameter's name, not its position: a spec that adds an optional filter must not break this module.
        listEnrollments = Arrays.stream(UnifySequencesApi.class.getMethods())
                .filter(m -> m.getName().equals("listSequenceEnrollments"))
                .findFirst()
                .orElseThrow();
        listArgs = new Object[listEnrollments.getParameterCount()];
        Annotation[][] annotations = listEnrollments.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof Query query && query.value().equals("limit")) {
                    listArgs[i] = LIMIT;
                }
            }
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        sdk.close();
        Clients.close(okHttp);
        server.close();
    }

    @Benchmark
    public Enrollment retrieveSdk() {
        return sdk.enrollments().retrieve(id);
    }

    @Benchmark
    public GetEnrollmentResponse retrieveHandWritten() {
        return handWritten.retrieve(id);
    }

    @Benchmark
    public GetEnrollmentResponse retrieveRetrofit() {
        return body(retrofit.getSequenceEnrollment(uuid));
    }

    /** (b) sending the headers the SDK sends, to tell their cost on the wire and in the server from the SDK's own. */
    @Benchmark
    public GetEnrollmentResponse retrieveRetrofitSdkHeaders() {
        return body(retrofitSdkHeaders.getSequenceEnrollment(uuid));
    }

    @Benchmark
    public Page<Enrollment> listSdk() {
        Page<Enrollment> page = sdk.enrollments().list(listParams);
        // Pages map their items on first access; the baselines hand back mapped items, so the SDK must map them too.
        page.items();
        return page;
    }

    @Benchmark
    public ListEnrollmentsResponse listHandWritten() {
        return handWritten.list(LIMIT, null);
    }

    @Benchmark
    public ListEnrollmentsResponse listRetrofit() {
        try {
            return (ListEnrollmentsResponse) body((retrofit2.Call<?>) listEnrollments.invoke(retrofit, listArgs));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T body(retrofit2.Call<T> call) {
        try {
            Response<T> response = call.execute();
            if (!response.isSuccessful()) {
                throw new IllegalStateException("HTTP " + response.code());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
