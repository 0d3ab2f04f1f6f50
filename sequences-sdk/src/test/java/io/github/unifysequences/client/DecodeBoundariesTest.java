package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.gson.JsonParser;
import io.github.unifysequences.core.ExportOptions;
import io.github.unifysequences.core.Page;
import io.github.unifysequences.core.QueryJobExport;
import io.github.unifysequences.core.ResultsPage;
import io.github.unifysequences.errors.InvalidResponseException;
import io.github.unifysequences.errors.UnreadableItemException;
import io.github.unifysequences.models.EnrollmentQueryParams;
import io.github.unifysequences.models.QueryJob;
import io.github.unifysequences.models.Sequence;
import io.github.unifysequences.models.SequenceEnrollment;
import io.github.unifysequences.models.SetFilter;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the API may send, over HTTP: timestamps in every common shape, numbers read exactly, an unreadable item
 * that costs only itself (list page, results page, export), an empty cursor that ends the list, and query-job ids
 * as the plain strings the spec says they are.
 */
class DecodeBoundariesTest extends ClientTestBase {
    private static final String JOB = "job_01HF7Z3K9Q";

    private static String row(String id) {
        return FakeBulkApi.row(0).replace("\"id\":\"0\"", "\"id\":\"" + id + "\"");
    }

    @Test
    void aTimestampInACommonVariantIsRead() {
        enqueue(
                200,
                example("retrieve_sequence.response")
                        .replaceFirst(
                                "\"created_at\": \"[^\"]+\"", "\"created_at\": \"2023-11-07 05:31:56.123+0000\""));
        Sequence sequence = client.sequences().retrieve(SEQUENCE_ID);
        assertThat(sequence.createdAt()).isEqualTo(OffsetDateTime.parse("2023-11-07T05:31:56.123Z"));
    }

    @Test
    void anUnreadableItemCostsOnlyItself() {
        String good = example("retrieve_sequence.response");
        String bad = good.replace("\"is_paused\": false", "\"is_paused\": 1")
                .replace("\"is_paused\": true", "\"is_paused\": 1");
        enqueue(200, "{\"sequences\":[" + good + "," + bad + "," + good + "],\"next_cursor\":null}");
        Page<Sequence> page = client.sequences().list();

        List<Sequence> read = new ArrayList<>();
        List<UnreadableItemException> unreadable = new ArrayList<>();
        Iterator<Sequence> items = page.autoPager().iterator();
        while (items.hasNext()) {
            try {
                read.add(items.next());
            } catch (UnreadableItemException e) {
                unreadable.add(e);
            }
        }
        assertThat(read).hasSize(2);
        assertThat(unreadable).singleElement().satisfies(e -> {
            assertThat(e.index()).isEqualTo(1);
            assertThat(e.getMessage()).contains("is_paused").contains("true or false");
            assertThat(JsonParser.parseString(e.json().orElseThrow())
                            .getAsJsonObject()
                            .get("is_paused")
                            .getAsInt())
                    .isEqualTo(1);
        });
        assertThat(page.items().get(0)).isEqualTo(read.get(0));
        assertThat(page.items().toString()).contains("<unreadable>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "\"  \"", "null"})
    void anEmptyCursorEndsTheList(String cursor) {
        enqueue(
                200,
                PaginationTest.sequencesPage(null, "a", "b")
                        .replace("\"next_cursor\":null", "\"next_cursor\":" + cursor));
        Page<Sequence> page = client.sequences().list();
        assertThat(page.hasNextPage()).isFalse();
        assertThat(page.autoPager().stream().map(Sequence::name)).containsExactly("a", "b");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aResultsPageReadsItsRowsOneByOneAndItsCountsExactly() {
        enqueue(
                200,
                "{\"total\":3,\"page\":1,\"page_size\":3,\"data\":[" + row("a") + ","
                        + row("b").replace("\"version\":1", "\"version\":3000000000") + "," + row("c") + "]}");
        ResultsPage<SequenceEnrollment> page = client.enrollments().queryJobs().results(JOB);
        assertThat(page.items().get(0).id()).isEqualTo("a");
        assertThat(page.items().get(2).id()).isEqualTo("c");
        UnreadableItemException e = catchThrowableOfType(
                UnreadableItemException.class, () -> page.items().get(1));
        assertThat(e.getMessage()).contains("version").contains("3000000000");

        enqueue(200, "{\"total\":12345678901234567890,\"page\":1,\"page_size\":3,\"data\":[]}");
        assertThat(catchThrowable(() -> client.enrollments().queryJobs().results(JOB)))
                .isInstanceOf(InvalidResponseException.class)
                .hasMessageContaining("total");
    }

    /** The job id is not a UUID: export() reads it as it came, and a row it cannot read costs only that row. */
    @Test
    void anExportOfAJobWithAPlainStringIdSkipsNothingButTheUnreadableRow() throws InterruptedException {
        enqueue(201, "{\"job_id\":\"" + JOB + "\",\"status\":\"IN_PROGRESS\",\"expires_at\":\"2023-11-08T05:31:56Z\"}");
        enqueue(
                200,
                "{\"job_id\":\"" + JOB + "\",\"status\":\"FINISHED\",\"total_rows\":4,\"error_code\":null,"
                        + "\"created_at\":\"2023-11-07T05:31:56Z\",\"expires_at\":\"2023-11-08T05:31:56Z\",\"canceled_at\":null}");
        enqueue(
                200,
                row("a") + "\n" + row("b").replace("\"2023-11-07T05:31:56.123Z\"", "\"yesterday\"") + "\n" + row("c")
                        + "\n" + row("d") + "\n",
                "Content-Type",
                "application/x-ndjson");
        List<String> ids = new ArrayList<>();
        List<UnreadableItemException> unreadable = new ArrayList<>();
        try (QueryJobExport<SequenceEnrollment> rows = client.enrollments()
                .queryJobs()
                .export(
                        EnrollmentQueryParams.builder()
                                .id(SetFilter.in("row-7", "enr_42"))
                                .build(),
                        ExportOptions.defaults())) {
            assertThat(rows.jobId()).isEqualTo(JOB);
            Iterator<SequenceEnrollment> iterator = rows.iterator();
            while (true) {
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    ids.add(iterator.next().id());
                } catch (UnreadableItemException e) {
                    unreadable.add(e);
                }
            }
            assertThat(rows.rowsDelivered()).isEqualTo(4);
        }
        assertThat(ids).containsExactly("a", "c", "d");
        assertThat(unreadable).singleElement().satisfies(e -> {
            assertThat(e.index()).isEqualTo(1);
            assertThat(e.json()).hasValueSatisfying(json -> assertThat(json).contains("\"id\":\"b\""));
            assertThat(e.getMessage()).contains("updated_at").doesNotContain("yesterday");
        });
        RecordedRequest create = take();
        assertThat(JsonParser.parseString(create.getBody().utf8())
                        .getAsJsonObject()
                        .getAsJsonObject("filter")
                        .getAsJsonObject("id")
                        .getAsJsonArray("in")
                        .toString())
                .isEqualTo("[\"row-7\",\"enr_42\"]");
        assertThat(take().getTarget()).isEqualTo("/sequences/v1/enrollments/query-jobs/" + JOB);
        assertThat(take().getTarget()).startsWith("/sequences/v1/enrollments/query-jobs/" + JOB + "/results?page=1");
    }

    @Test
    void aJobIdIsSentAsItIs() {
        enqueue(200, "{\"job_id\":\"" + JOB + "\",\"status\":\"CANCELED\"}");
        QueryJob job = client.enrollmentSteps().queryJobs().cancel(JOB);
        assertThat(job.id()).isEqualTo(JOB);
        assertThat(take().getTarget()).isEqualTo("/sequences/v1/enrollment-steps/query-jobs/" + JOB + "/cancel");
    }
}
