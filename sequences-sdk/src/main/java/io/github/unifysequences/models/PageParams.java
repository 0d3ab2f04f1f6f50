package io.github.unifysequences.models;

import java.util.Optional;

/**
 * Paging for list calls that have no filters: list sequences and list an enrollment's steps.
 * Immutable; validated by {@link Builder#build()}.
 *
 * <pre>{@code
 * PageParams params = PageParams.builder().limit(50).cursor(savedCursor).build();
 * }</pre>
 */
public final class PageParams {
    private static final PageParams NONE = builder().build();

    private final String cursor;
    private final Integer limit;

    private PageParams(Builder builder) {
        this.cursor = Check.cursor(builder.cursor);
        this.limit = Check.limit(builder.limit);
    }

    /** @return params that start at the first page with the API's default page size */
    public static PageParams none() {
        return NONE;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the cursor to start at, if resuming */
    public Optional<String> cursor() {
        return Optional.ofNullable(cursor);
    }

    /** @return the page size, if set */
    public Optional<Integer> limit() {
        return Optional.ofNullable(limit);
    }

    @Override
    public String toString() {
        return "PageParams{cursor=" + cursor + ", limit=" + limit + "}";
    }

    /** Builds {@link PageParams}. Not thread-safe. */
    public static final class Builder {
        private String cursor;
        private Integer limit;

        private Builder() {
        }

        /**
         * @param cursor a {@code next_cursor} from an earlier page, to resume there
         * @return this builder
         */
        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        /**
         * @param limit the page size, 1 to 100
         * @return this builder
         */
        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        /**
         * @return the params
         * @throws IllegalArgumentException if the limit is outside 1..100 or the cursor is empty
         */
        public PageParams build() {
            return new PageParams(this);
        }
    }
}
