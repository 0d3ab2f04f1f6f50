package io.github.unifysequences.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which page of a finished query job's results to fetch as JSON. Immutable; validated by {@link Builder#build()}.
 *
 * <pre>{@code
 * ResultsPageParams params = ResultsPageParams.builder().page(3).pageSize(2_000).build();
 * }</pre>
 *
 * <p>For every row of a large job, prefer the export, which streams pages of up to 10,000 rows.
 */
public final class ResultsPageParams {
    /** The largest page the API serves as JSON. */
    public static final int MAX_PAGE_SIZE = 2_000;

    private static final ResultsPageParams FIRST = builder().build();

    private final int page;
    private final @Nullable Integer pageSize;
    private final Map<String, List<String>> additionalQuery;

    private ResultsPageParams(Builder builder) {
        if (builder.page < 1) {
            throw new IllegalArgumentException("page is 1-based, was " + builder.page);
        }
        if (builder.pageSize != null && (builder.pageSize < 1 || builder.pageSize > MAX_PAGE_SIZE)) {
            throw new IllegalArgumentException(
                    "pageSize must be between 1 and " + MAX_PAGE_SIZE + " for JSON pages, was " + builder.pageSize);
        }
        this.page = builder.page;
        this.pageSize = builder.pageSize;
        this.additionalQuery = Additional.query(builder.additionalQuery);
    }

    /** @return the first page with the API's default page size */
    public static ResultsPageParams first() {
        return FIRST;
    }

    /** @return a builder starting at page 1 with the API's default page size */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the 1-based page number */
    public int page() {
        return page;
    }

    /** @return the page size, if set */
    public Optional<Integer> pageSize() {
        return Optional.ofNullable(pageSize);
    }

    /**
     * @return query parameters the SDK does not model, by wire name, each with its values in order; empty when none
     *     were added. Unmodifiable.
     */
    public Map<String, List<String>> additionalQueryParameters() {
        return additionalQuery;
    }

    /**
     * @return a builder holding every value of these params, additional query parameters included; building it
     *     unchanged gives params equal to these
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.page = page;
        builder.pageSize = pageSize;
        additionalQuery.forEach((name, values) -> builder.additionalQuery.put(name, new ArrayList<>(values)));
        return builder;
    }

    /** Equal when the same page would be asked for: the same number, size and additional parameters. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ResultsPageParams that
                && page == that.page
                && Objects.equals(pageSize, that.pageSize)
                && additionalQuery.equals(that.additionalQuery);
    }

    @Override
    public int hashCode() {
        return Objects.hash(page, pageSize, additionalQuery);
    }

    @Override
    public String toString() {
        return "ResultsPageParams{page=" + page + ", pageSize=" + pageSize + "}";
    }

    /** Builds {@link ResultsPageParams}. Not thread-safe. */
    public static final class Builder {
        private int page = 1;
        private @Nullable Integer pageSize;
        private final Map<String, List<String>> additionalQuery = new LinkedHashMap<>();

        private Builder() {}

        /**
         * @param page the 1-based page number
         * @return this builder
         */
        public Builder page(int page) {
            this.page = page;
            return this;
        }

        /**
         * @param pageSize rows per page, 1 to {@value ResultsPageParams#MAX_PAGE_SIZE}
         * @return this builder
         */
        public Builder pageSize(int pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /**
         * Sends a query parameter this SDK version does not model. Calling it again with the same name adds another
         * value. It does not replace a parameter the SDK sets itself.
         *
         * @param name the parameter's wire name
         * @param value its value, as the API expects it on the wire
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or the value null
         */
        public Builder putAdditionalQueryParameter(String name, String value) {
            Additional.putQuery(additionalQuery, name, value);
            return this;
        }

        /**
         * @return the params
         * @throws IllegalArgumentException if the page is below 1 or the page size outside 1..2,000
         */
        public ResultsPageParams build() {
            return new ResultsPageParams(this);
        }
    }
}
