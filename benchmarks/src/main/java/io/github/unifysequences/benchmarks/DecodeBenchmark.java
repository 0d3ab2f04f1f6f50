package io.github.unifysequences.benchmarks;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.github.unifysequences.generated.model.ListEnrollmentsResponse;
import io.github.unifysequences.generated.model.SequenceEnrollment;
import io.github.unifysequences.generated.support.GeneratedJson;
import io.github.unifysequences.internal.OwnedJson;
import io.github.unifysequences.models.Enrollment;
import io.github.unifysequences.models.UnifyJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
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
 * The decode cost without HTTP, for figures 1, 2 and 4. A list page of 100 enrollments: the baselines' single
 * streaming pass into the generated model, against the SDK's steps (a Gson tree, then {@code ModelMapper}'s
 * domain records read from it). 100 NDJSON export rows: a lenient {@code JsonReader} over the stream into the
 * generated model (figure 4's hand-written baseline), against the SDK's line-by-line {@code RowReader}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
public class DecodeBenchmark {
    private final byte[] page = FixtureServer.firstPage();
    private final byte[] rows = FixtureServer.exportLines();

    /** The baselines: one streaming pass from bytes to the generated model (what Retrofit's GsonConverterFactory does). */
    @Benchmark
    public ListEnrollmentsResponse streamingToModel() {
        return GeneratedJson.gson()
                .fromJson(
                        new InputStreamReader(new ByteArrayInputStream(page), StandardCharsets.UTF_8),
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
        return OwnedJson.items(tree(), "enrollments", OwnedJson::enrollment);
    }

    /** Figure 4's baseline: one lenient reader over the NDJSON bytes, each row into the generated model. */
    @Benchmark
    public int rowsHandWritten() throws IOException {
        int count = 0;
        try (JsonReader reader =
                new JsonReader(new InputStreamReader(new ByteArrayInputStream(rows), StandardCharsets.UTF_8))) {
            reader.setStrictness(Strictness.LENIENT);
            while (reader.peek() != JsonToken.END_DOCUMENT) {
                SequenceEnrollment row = GeneratedJson.gson().fromJson(reader, SequenceEnrollment.class);
                count += row.getId().length();
            }
        }
        return count;
    }

    /** The SDK's export: a line at a time off the body (as {@code NdjsonPage} reads it), each into a domain record. */
    @Benchmark
    public int rowsSdk() throws IOException {
        int count = 0;
        try (Buffer body = new Buffer().write(rows)) {
            for (String line = body.readUtf8Line(); line != null; line = body.readUtf8Line()) {
                count += UnifyJson.sequenceEnrollment(line).id().length();
            }
        }
        return count;
    }

    private JsonObject tree() {
        return JsonParser.parseString(new String(page, StandardCharsets.UTF_8)).getAsJsonObject();
    }
}
