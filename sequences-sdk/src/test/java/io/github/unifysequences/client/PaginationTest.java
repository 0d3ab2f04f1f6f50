package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.unifysequences.core.AsyncPage;
import io.github.unifysequences.core.AutoPager;
import io.github.unifysequences.core.Page;
import io.github.unifysequences.errors.UnreadableItemException;
import io.github.unifysequences.models.EnrollmentStep;
import io.github.unifysequences.models.PageParams;
import io.github.unifysequences.models.Sequence;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Cursor pagination: following cursors, stopping, refusing repeated cursors, resuming, prefetching. */
class PaginationTest extends ClientTestBase {

    /** A list_sequences page whose sequences are named by {@code names}. */
    static String sequencesPage(String nextCursor, String... names) {
        String sequence = example("retrieve_sequence.response");
        List<String> items = new ArrayList<>();
        for (String name : names) {
            items.add(sequence.replace("\"Q4 Outbound - VP Sales\"", "\"" + name + "\"")
                    .replace(
                            "5d0f6a3e-2b7c-4f1e-9a58-3c6e1b2d4f70",
                            UUID.nameUUIDFromBytes(name.getBytes()).toString()));
        }
        return "{\"sequences\":[" + String.join(",", items) + "],\"next_cursor\":"
                + (nextCursor == null ? "null" : "\"" + nextCursor + "\"") + "}";
    }

    private void enqueueThreePages() {
        enqueue(200, sequencesPage("c2", "a", "b"));
        enqueue(200, sequencesPage("c3", "c"));
        enqueue(200, sequencesPage(null, "d", "e"));
    }

    private static List<String> names(Iterable<Sequence> sequences) {
        List<String> names = new ArrayList<>();
        sequences.forEach(s -> names.add(s.name()));
        return names;
    }

    @Test
    void autoPagerFollowsCursorsUntilNullWithTheSameLimit() {
        enqueueThreePages();
        Page<Sequence> first =
                client.sequences().list(PageParams.builder().limit(2).build());
        assertThat(names(first.autoPager())).containsExactly("a", "b", "c", "d", "e");
        assertThat(List.of(take(), take(), take()))
                .extracting(r -> r.getTarget())
                .containsExactly(
                        "/sequences/v1/sequences?limit=2",
                        "/sequences/v1/sequences?cursor=c2&limit=2",
                        "/sequences/v1/sequences?cursor=c3&limit=2");
    }

    @Test
    void autoPagerIsLazyAndEachIteratorHasItsOwnState() throws InterruptedException {
        enqueue(200, sequencesPage("c2", "a"));
        enqueue(200, sequencesPage(null, "b"));
        enqueue(200, sequencesPage(null, "b"));
        AutoPager<Sequence> pager = client.sequences().list().autoPager();
        assertThat(server.getRequestCount()).isEqualTo(1);
        Iterator<Sequence> one = pager.iterator();
        assertThat(one.next().name()).isEqualTo("a");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(one.next().name()).isEqualTo("b");
        assertThat(one.hasNext()).isFalse();
        assertThat(pager.stream().map(Sequence::name)).containsExactly("a", "b");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void emptyPagesInTheMiddleAreSkipped() {
        enqueue(200, sequencesPage("c2"));
        enqueue(200, sequencesPage(null, "x"));
        assertThat(names(client.sequences().list().autoPager())).containsExactly("x");
    }

    @Test
    void repeatedCursorFailsInsteadOfLooping() {
        enqueue(200, sequencesPage("same", "a"));
        enqueue(200, sequencesPage("same", "b"));
        Iterator<Sequence> iterator = client.sequences().list().autoPager().iterator();
        assertThat(iterator.next().name()).isEqualTo("a");
        assertThat(iterator.next().name()).isEqualTo("b");
        assertThatThrownBy(iterator::hasNext)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("same");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aListResumedAtACursorThatPointsBackAtItFailsInsteadOfRepeatingThePage() {
        enqueue(200, sequencesPage("c2", "a"));
        Iterator<Sequence> iterator = client.sequences()
                .list(PageParams.builder().cursor("c2").build())
                .autoPager()
                .iterator();
        assertThat(iterator.next().name()).isEqualTo("a");
        assertThatThrownBy(iterator::hasNext)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("c2");

        enqueue(200, sequencesPage("c2", "a"));
        List<String> names = new ArrayList<>();
        assertThatThrownBy(() -> client.async()
                        .sequences()
                        .list(PageParams.builder().cursor("c2").build())
                        .thenCompose(page -> page.autoPager().forEach(s -> names.add(s.name())))
                        .join())
                .hasRootCauseInstanceOf(IllegalStateException.class);
        assertThat(names).containsExactly("a");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void resumeFromASavedCursor() {
        enqueue(200, sequencesPage("c2", "a"));
        String saved = client.sequences().list().nextCursor().orElseThrow();
        enqueue(200, sequencesPage(null, "b"));
        Page<Sequence> resumed =
                client.sequences().list(PageParams.builder().cursor(saved).build());
        assertThat(names(resumed.items())).containsExactly("b");
        take();
        assertThat(take().getTarget()).isEqualTo("/sequences/v1/sequences?cursor=c2");
    }

    @Test
    void nextPageOnTheLastPageThrows() {
        enqueue(200, sequencesPage(null, "a"));
        Page<Sequence> page = client.sequences().list();
        assertThat(page.hasNextPage()).isFalse();
        assertThatThrownBy(page::nextPage).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void prefetchGivesTheSameItemsInTheSameOrder() throws InterruptedException {
        enqueueThreePages();
        AutoPager<Sequence> pager = client.sequences().list().autoPager().withPrefetch();
        Iterator<Sequence> iterator = pager.iterator();
        assertThat(iterator.next().name()).isEqualTo("a");
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/sequences/v1/sequences?cursor=c2");
        List<String> rest = new ArrayList<>();
        iterator.forEachRemaining(s -> rest.add(s.name()));
        assertThat(rest).containsExactly("b", "c", "d", "e");
    }

    @Test
    void prefetchRequestsThePageAfterNextBeforeMappingTheNextOnesItems() throws InterruptedException {
        enqueue(200, sequencesPage("c2", "a"));
        enqueue(200, "{\"sequences\":[{\"id\":42}],\"next_cursor\":\"c3\"}");
        enqueue(200, sequencesPage(null, "c"));
        Iterator<Sequence> iterator =
                client.sequences().list().autoPager().withPrefetch().iterator();
        assertThat(iterator.next().name()).isEqualTo("a");
        // The second page's item is unreadable, yet the third page was already requested on its cursor; the
        // item is reported when reached, and iteration goes on after it.
        assertThat(iterator.hasNext()).isTrue();
        UnreadableItemException e = catchThrowableOfType(UnreadableItemException.class, iterator::next);
        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.getMessage()).contains("'sequences'");
        assertThat(e.index()).isZero();
        assertThat(e.json()).contains("{\"id\":42}");
        assertThat(List.of(take(), take(), take()))
                .extracting(r -> r.getTarget())
                .containsExactly(
                        "/sequences/v1/sequences",
                        "/sequences/v1/sequences?cursor=c2",
                        "/sequences/v1/sequences?cursor=c3");
        assertThat(iterator.next().name()).isEqualTo("c");
        assertThat(iterator.hasNext()).isFalse();
    }

    @Test
    void enrollmentStepsPaginateToo() {
        enqueue(
                200,
                example("list_sequence_enrollment_steps.response")
                        .replace("\"next_cursor\": null", "\"next_cursor\": \"n\""));
        enqueueExample("list_sequence_enrollment_steps.response");
        List<EnrollmentStep> all = client.enrollments().steps().list(ENROLLMENT_ID).autoPager().stream()
                .toList();
        assertThat(all).hasSize(4);
    }

    @Test
    void asyncPagerChainsPagesWithoutBlocking() {
        enqueueThreePages();
        List<String> seen = new ArrayList<>();
        AsyncPage<Sequence> first = client.async().sequences().list().join();
        first.autoPager().forEach(s -> seen.add(s.name())).join();
        assertThat(seen).containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void asyncPagerReturnsBeforeTheNextPageArrives() {
        enqueue(200, sequencesPage("c2", "a"));
        server.enqueue(new mockwebserver3.MockResponse.Builder()
                .body(sequencesPage(null, "b"))
                .headersDelay(300, TimeUnit.MILLISECONDS)
                .build());
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CompletableFuture<Void> done =
                client.async().sequences().list().join().autoPager().forEach(s -> seen.add(s.name()));
        assertThat(done).isNotDone();
        assertThat(seen).containsExactly("a");
        done.join();
        assertThat(seen).containsExactly("a", "b");
    }

    @Test
    void asyncPrefetchingPagerKeepsTheOrder() {
        enqueueThreePages();
        List<String> seen = new ArrayList<>();
        client.async()
                .sequences()
                .list()
                .thenCompose(page -> page.autoPager().withPrefetch().forEach(s -> seen.add(s.name())))
                .join();
        assertThat(seen).containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void asyncPagerFailsOnARepeatedCursor() {
        enqueue(200, sequencesPage("same", "a"));
        enqueue(200, sequencesPage("same", "b"));
        assertThatThrownBy(() -> client.async()
                        .sequences()
                        .list()
                        .thenCompose(page -> page.autoPager().forEach(s -> {}))
                        .join())
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void asyncNextPage() {
        enqueue(200, sequencesPage("c2", "a"));
        enqueue(200, sequencesPage(null, "b"));
        AsyncPage<Sequence> second = client.async()
                .sequences()
                .list()
                .thenCompose(AsyncPage::nextPage)
                .join();
        assertThat(second.items()).extracting(Sequence::name).containsExactly("b");
        assertThat(second.nextPage()).isCompletedExceptionally();
    }
}
