package io.github.unifysequences.core;

import java.util.List;

/**
 * One JSON page of a finished query job's results. Pages are numbered from 1 and stable: the results of a
 * finished job never change, so a page can be fetched again and holds the same rows.
 *
 * <pre>{@code
 * ResultsPageParams params = ResultsPageParams.builder().pageSize(2_000).build();
 * ResultsPage<SequenceEnrollment> page = client.enrollments().queryJobs().results(jobId, params);
 * while (true) {
 *     page.items().forEach(row -> System.out.println(row.person().email()));
 *     if (!page.hasNextPage()) break;
 *     params = ResultsPageParams.builder().page(page.page() + 1).pageSize(2_000).build();
 *     page = client.enrollments().queryJobs().results(jobId, params);
 * }
 * }</pre>
 *
 * @param total how many rows the job's results hold in all
 * @param page the 1-based number of this page
 * @param pageSize the page size the API applied
 * @param items the rows on this page; a row that could not be read throws
 *     {@link io.github.unifysequences.errors.UnreadableItemException} when it is reached
 * @param <T> the row type
 */
public record ResultsPage<T>(long total, int page, int pageSize, List<T> items) {

    /**
     * Creates the value; the list is copied so it stays immutable.
     *
     * @param total how many rows the job's results hold in all
     * @param page the 1-based number of this page
     * @param pageSize the page size the API applied
     * @param items the rows on this page
     */
    public ResultsPage {
        // The SDK's own item lists are immutable already, and copying one would throw at an unreadable item.
        items = items instanceof ItemList<T> read ? read : List.copyOf(items);
    }

    /** @return whether rows follow this page: {@code page * pageSize < total} */
    public boolean hasNextPage() {
        return (long) page * pageSize < total;
    }
}
