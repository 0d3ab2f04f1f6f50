package io.github.unifysequences.models;

import io.github.unifysequences.internal.Check;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The cursor and page size every list call takes, kept and validated in one place; each list's params class adds
 * its filters. Package-private: the public params classes and their builders inherit these accessors and setters,
 * and the equality every params class has: the same class with the same paging, additional parameters and
 * {@link #filters()}.
 */
abstract class PagedParams {
    private final @Nullable String cursor;
    private final @Nullable Integer limit;
    private final Map<String, List<String>> additionalQuery;

    PagedParams(PagingBuilder<?> builder) {
        this.cursor = Check.cursor(builder.cursor);
        this.limit = Check.limit(builder.limit);
        this.additionalQuery = Additional.query(builder.additionalQuery);
    }

    /** @return the cursor to start at, if resuming */
    public Optional<String> cursor() {
        return Optional.ofNullable(cursor);
    }

    /** @return the page size, if set */
    public Optional<Integer> limit() {
        return Optional.ofNullable(limit);
    }

    /**
     * @return query parameters the SDK does not model, by wire name, each with its values in order (a parameter
     *     with several values is sent repeated); empty when none were added. Unmodifiable.
     */
    public Map<String, List<String>> additionalQueryParameters() {
        return additionalQuery;
    }

    /** @return the list's own filters, in a fixed order, for {@link #equals} and {@link #hashCode} */
    abstract List<Object> filters();

    /** Equal when the same list would be asked for: the same class, paging, filters and additional parameters. */
    @Override
    public final boolean equals(Object other) {
        if (other == null || other.getClass() != getClass()) {
            return false;
        }
        PagedParams that = (PagedParams) other;
        return Objects.equals(cursor, that.cursor)
                && Objects.equals(limit, that.limit)
                && additionalQuery.equals(that.additionalQuery)
                && filters().equals(that.filters());
    }

    @Override
    public final int hashCode() {
        return Objects.hash(cursor, limit, additionalQuery, filters());
    }

    /** @return {@code cursor=…, limit=…}, how every params class's {@code toString} starts */
    final String paging() {
        return "cursor=" + cursor + ", limit=" + limit;
    }

    /** @param <B> the params class's own builder, so that the setters chain into its filters */
    abstract static class PagingBuilder<B extends PagingBuilder<B>> {
        private @Nullable String cursor;
        private @Nullable Integer limit;
        private final Map<String, List<String>> additionalQuery = new LinkedHashMap<>();

        /** Fills the builder with every value of {@code params}: where each {@code toBuilder()} starts. */
        final B from(PagedParams params) {
            this.cursor = params.cursor;
            this.limit = params.limit;
            params.additionalQuery.forEach((name, values) -> additionalQuery.put(name, new ArrayList<>(values)));
            return self();
        }

        /**
         * @param cursor a {@code next_cursor} from an earlier page, to resume there; {@code null} starts at the first
         *     page
         * @return this builder
         */
        public B cursor(@Nullable String cursor) {
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

        /**
         * Sends a query parameter this SDK version does not model (for example one a newer spec added), on every
         * page of the list. Calling it again with the same name adds another value. It does not replace a
         * parameter the SDK sets itself.
         *
         * @param name the parameter's wire name, e.g. {@code created_after}
         * @param value its value, as the API expects it on the wire
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or the value null
         */
        public B putAdditionalQueryParameter(String name, String value) {
            Additional.putQuery(additionalQuery, name, value);
            return self();
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
