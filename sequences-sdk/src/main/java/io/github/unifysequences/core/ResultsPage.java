package io.github.unifysequences.core;

import io.github.unifysequences.models.ResultsPageParams;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One JSON page of a finished query job's results. Pages are numbered from 1 and stable: the results of a
 * finished job never change, so a page can be fetched again and holds the same rows.
 *
 * <pre>{@code
 * ResultsPage<SequenceEnrollment> page = jobs.results(jobId, ResultsPageParams.builder().pageSize(2_000).build());
 * while (true) {
 *     page.items().forEach(row -> System.out.println(row.person().email()));
 *     if (!page.hasNextPage()) break;
 *     page = jobs.results(jobId, page.nextPageParams().orElseThrow());
 * }
 * }</pre>
 *
 * @param total how many rows the job's results hold in all
 * @param page the 1-based number of this page
 * @param pageSize the page size the API applied
 * @param items the rows on this page; a row that could not be read throws
 *     {@link io.github.unifysequences.errors.UnreadableItemException} when it is reached
 * @param params the params this page was requested with
 * @param <T> the row type
 */
public record ResultsPage<T>(long total, int page, int pageSize, List<T> items, ResultsPageParams params) {

    /**
     * Creates the value; the list is copied so it stays immutable.
     *
     * @param total how many rows the job's results hold in all
     * @param page the 1-based number of this page
     * @param pageSize the page size the API applied
     * @param items the rows on this page
     * @param params the params this page was requested with
     */
    public ResultsPage {
        // The SDK's own item lists are immutable already, and copying one would throw at an unreadable item.
        items = items instanceof ItemList<T> read ? read : List.copyOf(items);
        Objects.requireNonNull(params, "params");
    }

    /**
     * @return whether rows follow this page: {@code page * pageSize < total}, and this page held rows (a page size
     *     of 0 or an empty page ends the results, so that a loop over {@link #nextPageParams()} ends whatever the
     *     counts say)
     */
    public boolean hasNextPage() {
        return pageSize > 0 && !items.isEmpty() && (long) page * pageSize < total;
    }

    /**
     * @return the params of the next page: {@link #params()} (page size, additional query parameters) with the page
     *     number after the one they asked for; empty on the last page
     */
    public Optional<ResultsPageParams> nextPageParams() {
        return hasNextPage() && params.page() < Integer.MAX_VALUE
                ? Optional.of(params.toBuilder().page(params.page() + 1).build())
                : Optional.empty();
    }
}
