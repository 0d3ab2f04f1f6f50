package io.github.unifysequences.models;

import java.util.List;

/**
 * Paging for list calls that have no filters: list sequences and list an enrollment's steps.
 * Immutable; validated by {@link Builder#build()}.
 *
 * <pre>{@code
 * PageParams params = PageParams.builder().limit(50).cursor(savedCursor).build();
 * }</pre>
 */
public final class PageParams extends PagedParams {
    private static final PageParams NONE = builder().build();

    private PageParams(Builder builder) {
        super(builder);
    }

    /** @return params that start at the first page with the API's default page size */
    public static PageParams none() {
        return NONE;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a builder holding every value of these params, additional query parameters included; building it
     *     unchanged gives params equal to these
     */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    @Override
    List<Object> filters() {
        return List.of();
    }

    @Override
    public String toString() {
        return "PageParams{" + paging() + "}";
    }

    /** Builds {@link PageParams}. Not thread-safe. */
    public static final class Builder extends PagingBuilder<Builder> {
        private Builder() {}

        /**
         * @return the params
         * @throws IllegalArgumentException if the limit is outside 1..100 or the cursor is empty
         */
        public PageParams build() {
            return new PageParams(this);
        }
    }
}
