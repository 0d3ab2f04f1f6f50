package io.github.unifysequences.models;

import java.util.Optional;

/**
 * The cursor and page size every list call takes, kept and validated in one place; each list's params class adds
 * its filters. Package-private: the public params classes and their builders inherit these accessors and setters.
 */
abstract class PagedParams {
    private final String cursor;
    private final Integer limit;

    PagedParams(PagingBuilder<?> builder) {
        this.cursor = Check.cursor(builder.cursor);
        this.limit = Check.limit(builder.limit);
    }

    /** @return the cursor to start at, if resuming */
    public Optional<String> cursor() {
        return Optional.ofNullable(cursor);
    }

    /** @return the page size, if set */
    public Optional<Integer> limit() {
        return Optional.ofNullable(limit);
    }

    /** @return {@code cursor=…, limit=…}, how every params class's {@code toString} starts */
    final String paging() {
        return "cursor=" + cursor + ", limit=" + limit;
    }

    /** @param <B> the params class's own builder, so that the setters chain into its filters */
    abstract static class PagingBuilder<B extends PagingBuilder<B>> {
        private String cursor;
        private Integer limit;

        /**
         * @param cursor a {@code next_cursor} from an earlier page, to resume there
         * @return this builder
         */
        public B cursor(String cursor) {
            this.cursor = cursor;
            return self();
        }

        /**
         * @param limit the page size, 1 to 100
         * @return this builder
         */
        public B limit(int limit) {
            this.limit = limit;
            return self();
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
