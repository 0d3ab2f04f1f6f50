package io.github.unifysequences.client;

import static io.github.unifysequences.client.PaginationTest.sequencesPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unifysequences.core.AsyncAutoPager;
import io.github.unifysequences.core.AutoPager;
import io.github.unifysequences.models.PageParams;
import io.github.unifysequences.models.Sequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A pager's cursor resumes a crashed iteration at least once: the consumer fails on an item, the pager's cursor is
 * saved, and a list from that cursor hands the failed item out again; no item of the list is lost, and only items of
 * the failed item's page are handed out twice.
 */
class PagerResumeTest extends ClientTestBase {
    /** Pages: [a, b] then (c2) [c] then (c3) [d, e]. */
    private static final List<List<String>> PAGES = List.of(List.of("a", "b"), List.of("c"), List.of("d", "e"));
    /** The cursor of each page: the first page is asked for without one. */
    private static final List<String> CURSORS = Arrays.asList(null, "c2", "c3");

    private static final PageParams PARAMS = PageParams.builder().limit(2).build();

    /** Answers each list request with the page its cursor names, as the API would. */
    @BeforeEach
    void serveTheListByCursor() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                int page = CURSORS.indexOf(request.getUrl().queryParameter("cursor"));
                String next = page + 1 < PAGES.size() ? CURSORS.get(page + 1) : null;
                return new MockResponse.Builder()
                        .addHeader("Content-Type", "application/json")
                        .body(sequencesPage(next, PAGES.get(page).toArray(String[]::new)))
                        .build();
            }
        });
    }

    private static int pageOf(String name) {
        for (int i = 0; i < PAGES.size(); i++) {
            if (PAGES.get(i).contains(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** Handles items into {@code handled}, failing once, on {@code crashOn}, before handling it. */
    private static Consumer<Sequence> crashingOnce(String crashOn, List<String> handled) {
        boolean[] crashed = {false};
        return sequence -> {
            if (sequence.name().equals(crashOn) && !crashed[0]) {
                crashed[0] = true;
                throw new IllegalStateException("the consumer failed on " + crashOn);
            }
            handled.add(sequence.name());
        };
    }

    /** Everything handled, nothing lost, and the repeats are exactly the failed item's page-mates before it. */
    private static void assertAtLeastOnce(List<String> handled, String crashOn, Optional<String> saved) {
        int page = pageOf(crashOn);
        assertThat(saved).isEqualTo(Optional.ofNullable(CURSORS.get(page)));
        List<String> expected = new ArrayList<>();
        PAGES.forEach(expected::addAll);
        List<String> before = PAGES.get(page).subList(0, PAGES.get(page).indexOf(crashOn));
        expected.addAll(expected.indexOf(crashOn), before);
        assertThat(handled).isEqualTo(expected);
    }

    /** The three ways to iterate a list, each one consumer over the whole list from a params' cursor. */
    enum Face {
        BLOCKING,
        ASYNC_FOR_EACH,
        PUBLISHER
    }

    static Stream<Arguments> everyFaceFailingOnEveryItem() {
        return Stream.of(Face.values())
                .flatMap(face -> PAGES.stream().flatMap(List::stream).map(item -> Arguments.of(face, item)));
    }

    /** How an iteration ended, and its pager's cursor then. */
    private record Run(boolean failed, Optional<String> cursor) {}

    /** Iterates the list from {@code params} in one face, handing every item to {@code handle}. */
    private Run iterate(Face face, PageParams params, Consumer<Sequence> handle) {
        if (face == Face.BLOCKING) {
            AutoPager<Sequence> pager = client.sequences().list(params).autoPager();
            try {
                pager.forEach(handle);
                return new Run(false, pager.cursor());
            } catch (IllegalStateException failed) {
                return new Run(true, pager.cursor());
            }
        }
        AsyncAutoPager<Sequence> pager =
                client.async().sequences().list(params).join().autoPager();
        try {
            (face == Face.ASYNC_FOR_EACH ? pager.forEach(handle) : subscribe(pager, handle)).join();
            return new Run(false, pager.cursor());
        } catch (CompletionException failed) {
            assertThat(failed).hasRootCauseInstanceOf(IllegalStateException.class);
            return new Run(true, pager.cursor());
        }
    }

    @ParameterizedTest
    @MethodSource("everyFaceFailingOnEveryItem")
    void aFailedIterationResumesAtItsCursorLosingNoItem(Face face, String crashOn) {
        List<String> handled = Collections.synchronizedList(new ArrayList<>());
        Consumer<Sequence> handle = crashingOnce(crashOn, handled);
        Run crashed = iterate(face, PARAMS, handle);
        assertThat(crashed.failed()).isTrue();
        Optional<String> saved = crashed.cursor();
        assertThat(iterate(face, PARAMS.toBuilder().cursor(saved.orElse(null)).build(), handle)
                        .failed())
                .isFalse();
        assertAtLeastOnce(handled, crashOn, saved);
    }

    @Test
    void aPrefetchingIterationReportsThePageOfTheItemHandedOutNotThePageFetched() {
        List<String> handled = new ArrayList<>();
        AutoPager<Sequence> pager = client.sequences().list(PARAMS).autoPager().withPrefetch();
        assertThatThrownBy(() -> pager.forEach(crashingOnce("b", handled))).isInstanceOf(IllegalStateException.class);
        assertThat(pager.cursor()).isEmpty();
    }

    @Test
    void beforeAnyItemTheCursorIsTheFirstPages() {
        AutoPager<Sequence> pager =
                client.sequences().list(PARAMS.toBuilder().cursor("c3").build()).autoPager();
        assertThat(pager.cursor()).contains("c3");
        assertThat(client.async().sequences().list(PARAMS).join().autoPager().cursor())
                .isEmpty();
    }

    /** Subscribes a consumer that asks for one item at a time; completes as the subscription ends. */
    private static CompletableFuture<Void> subscribe(AsyncAutoPager<Sequence> pager, Consumer<Sequence> handle) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        pager.publisher().subscribe(new Flow.Subscriber<>() {
            private Flow.Subscription subscription;

            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                s.request(1);
            }

            @Override
            public void onNext(Sequence item) {
                handle.accept(item);
                subscription.request(1);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        return done;
    }
}
