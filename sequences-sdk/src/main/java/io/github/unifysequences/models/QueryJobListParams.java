package io.github.unifysequences.models;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Paging and the status filter for listing query jobs. Immutable; validated by {@link Builder#build()}.
 *
 * <pre>{@code
 * QueryJobListParams params = QueryJobListParams.builder().status(QueryJobStatus.FINISHED).limit(50).build();
 * }</pre>
 */
public final class QueryJobListParams extends PagedParams {
    private static final QueryJobListParams NONE = builder().build();

    private final @Nullable QueryJobStatus status;

    private QueryJobListParams(Builder builder) {
        super(builder);
        this.status = builder.status;
    }

    /** @return params that list jobs of every status from the first page */
    public static QueryJobListParams none() {
        return NONE;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the status to list, if filtered */
    public Optional<QueryJobStatus> status() {
        return Optional.ofNullable(status);
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
        return Arrays.asList(status);
    }

    @Override
    public String toString() {
        return "QueryJobListParams{" + paging() + ", status=" + status + "}";
    }

    /** Builds {@link QueryJobListParams}. Not thread-safe. */
    public static final class Builder extends PagingBuilder<Builder> {
        private @Nullable QueryJobStatus status;

        private Builder() {}

        private Builder from(QueryJobListParams params) {
            super.from(params);
            status = params.status;
            return this;
        }

        /**
         * @param status list only jobs in this state
         * @return this builder
         */
        public Builder status(QueryJobStatus status) {
            this.status = status;
            return this;
        }

        /**
         * @return the params
         * @throws IllegalArgumentException if the limit is outside 1..100 or the cursor is empty
         */
        public QueryJobListParams build() {
            return new QueryJobListParams(this);
        }
    }
}
