package io.github.unifysequences.benchmarks;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.unifysequences.generated.model.ListEnrollmentsResponse;
import io.github.unifysequences.generated.support.GeneratedJson;
import io.github.unifysequences.models.Enrollment;
import io.github.unifysequences.models.OwnedJson;
import io.github.unifysequences.models.UnifyJson;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the SDK's per-call overhead on {@code list(limit=100)} goes, without HTTP: the same page body decoded
 * step by step the way the SDK's pipeline does it (Pipeline#decode: bytes to String, a Gson tree, then per item
 * the generated model read from the tree, {@code RawJson.of} copying the tree, and the domain record), against
 * the baselines' single streaming pass into the generated model.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
public class DecodeBenchmark {
    private final byte[] page = FixtureServer.firstPage();

    /** The baselines: one streaming pass from bytes to the generated model (what Retrofit's GsonConverterFactory does). */
    @Benchmark
    public ListEnrollmentsResponse streamingToModel() {
        return GeneratedJson.gson().fromJson(new InputStreamReader(new ByteArrayInputStream(page), StandardCharsets.UTF_8),
                ListEnrollmentsResponse.class);
    }

    /** The SDK's first step alone: bytes to String to a Gson tree. */
    @Benchmark
    public JsonObject stringToTree() {
        return tree();
    }

    /** Tree, then the generated model read from the tree: the SDK without the raw-JSON copy and the domain records. */
    @Benchmark
    public ListEnrollmentsResponse treeToModel() {
        return GeneratedJson.gson().fromJson(tree(), ListEnrollmentsResponse.class);
    }

    /** The SDK's whole decode of a list page, as its client does it: {@code OwnedJson} keeps each item's tree without a copy. */
    @Benchmark
    public List<Enrollment> sdkDecode() {
        return UnifyJson.items(tree(), "enrollments", OwnedJson::enrollment);
    }

    private JsonObject tree() {
        return JsonParser.parseString(new String(page, StandardCharsets.UTF_8)).getAsJsonObject();
    }
}
