package io.github.unifysequences.core;

import io.github.unifysequences.internal.Required;
import io.github.unifysequences.models.ResultsPageParams;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
 * <p>Immutable. Instances come from the client, or from {@link #builder()} (for test doubles); there is no public
 * constructor, so a field the API adds to the page is an addition here, not a break (issue #14). Two pages are equal
 * when all their fields are.
 *
 * @param <T> the row type
 */
public final class ResultsPage<T> {
    private final long total;
    private final int page;
    private final int pageSize;
    private final List<T> items;
    private final ResultsPageParams params;

    private ResultsPage(Builder<T> builder) {
        this.total = Required.field(builder.total, "ResultsPage", "total");
        this.page = Required.field(builder.page, "ResultsPage", "page");
        this.pageSize = Required.field(builder.pageSize, "ResultsPage", "pageSize");
        this.items = immutable(builder.items);
        this.params = Required.field(builder.params, "ResultsPage", "params");
    }

    /**
     * The SDK's own item lists are immutable already, and copying one would throw at an unreadable item; an
     * immutable list of a subtype of {@code T} is safely read as a list of {@code T}.
     */
    @SuppressWarnings("unchecked")
    private static <T> List<T> immutable(List<? extends T> items) {
        return items instanceof ItemList<?> ? (List<T>) items : List.copyOf(items);
    }

    /** @return how many rows the job's results hold in all ({@code total}) */
    public long total() {
        return total;
    }

    /** @return the 1-based number of this page ({@code page}) */
    public int page() {
        return page;
    }

    /** @return the page size the API applied ({@code page_size}) */
    public int pageSize() {
        return pageSize;
    }

    /**
     * @return the rows on this page, an immutable list; a row that could not be read throws
     *     {@link io.github.unifysequences.errors.UnreadableItemException} when it is reached
     */
    public List<T> items() {
        return items;
    }

    /** @return the params this page was requested with */
    public ResultsPageParams params() {
        return params;
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

    /**
     * @param <T> the row type
     * @return a builder with no rows and every other field unset
     */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** @return a builder holding this page's fields, to build a changed copy */
    public Builder<T> toBuilder() {
        Builder<T> builder = new Builder<>();
        builder.total = total;
        builder.page = page;
        builder.pageSize = pageSize;
        builder.items = items;
        builder.params = params;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ResultsPage<?> that
                && total == that.total
                && page == that.page
                && pageSize == that.pageSize
                && items.equals(that.items)
                && params.equals(that.params);
    }

    @Override
    public int hashCode() {
        return Objects.hash(total, page, pageSize, items, params);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "ResultsPage[total=" + total + ", page=" + page + ", pageSize=" + pageSize + ", items=" + items
                + ", params=" + params + "]";
    }

    /**
     * Builds a {@link ResultsPage}, for test doubles of the query-job services; {@link #build()} checks that every
     * required field is set.
     *
     * @param <T> the row type
     */
    public static final class Builder<T> {
        private @Nullable Long total;
        private @Nullable Integer page;
        private @Nullable Integer pageSize;
        private List<? extends T> items = List.of();
        private @Nullable ResultsPageParams params;

        private Builder() {}

        /**
         * @param total how many rows the job's results hold in all; required
         * @return this builder
         */
        public Builder<T> total(long total) {
            this.total = total;
            return this;
        }

        /**
         * @param page the 1-based number of this page; required
         * @return this builder
         */
        public Builder<T> page(int page) {
            this.page = page;
            return this;
        }

        /**
         * @param pageSize the page size the API applied; required
         * @return this builder
         */
        public Builder<T> pageSize(int pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /**
         * @param items the rows on this page, copied when built; empty unless set
         * @return this builder
         */
        public Builder<T> items(List<? extends T> items) {
            this.items = Objects.requireNonNull(items, "items");
            return this;
        }

        /**
         * @param params the params this page was requested with; required
         * @return this builder
         */
        public Builder<T> params(ResultsPageParams params) {
            this.params = Objects.requireNonNull(params, "params");
            return this;
        }

        /**
         * @return a new {@code ResultsPage}
         * @throws IllegalStateException if a required field ({@code total}, {@code page}, {@code pageSize},
         *     {@code params}) was not set
         * @throws NullPointerException if an item is null
         */
        public ResultsPage<T> build() {
            return new ResultsPage<>(this);
        }
    }
}
