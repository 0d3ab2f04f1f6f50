package io.github.unifysequences.models;

import io.github.unifysequences.internal.Check;
import org.jspecify.annotations.Nullable;

/**
 * What an enrollments query job exports: the {@linkplain QueryJobParams shared filters} plus the enrollment's
 * status and the play that enrolled the person. Immutable; validated by {@link Builder#build()}.
 *
 * <pre>{@code
 * EnrollmentQueryParams params = EnrollmentQueryParams.builder()
 *         .updatedAt(DateRange.builder().gte(Instant.parse("2023-11-01T00:00:00Z")).build())
 *         .status(SetFilter.in(EnrollmentStatus.IN_PROGRESS, EnrollmentStatus.FINISHED))
 *         .mailboxEmail("ava@unifygtm-demo.com")
 *         .build();
 * }</pre>
 */
public final class EnrollmentQueryParams extends QueryJobParams {
    private static final EnrollmentQueryParams ALL = builder().build();

    private final @Nullable SetFilter<EnrollmentStatus> status;
    private final @Nullable SetFilter<String> enrolledByPlay;

    private EnrollmentQueryParams(Builder builder) {
        super(builder);
        this.status = builder.status;
        this.enrolledByPlay = builder.enrolledByPlay;
        if (builder.status != null) {
            put("status", enumSet(builder.status));
        }
        if (builder.enrolledByPlay != null) {
            put("enrolled_by_play", set(builder.enrolledByPlay, id -> Check.text("enrolledByPlay", id)));
        }
    }

    /** @return params without filters: the job exports every enrollment */
    public static EnrollmentQueryParams all() {
        return ALL;
    }

    @Override
    public Builder toBuilder() {
        Builder builder = new Builder().from(this);
        builder.status = status;
        builder.enrolledByPlay = enrolledByPlay;
        return builder;
    }

    /** @return a builder with no filter set */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link EnrollmentQueryParams}. Not thread-safe. */
    public static final class Builder extends QueryJobParams.Builder<Builder> {
        private @Nullable SetFilter<EnrollmentStatus> status;
        private @Nullable SetFilter<String> enrolledByPlay;

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param status match enrollments whose status is, or is not, in the set
         * @return this builder
         */
        public Builder status(SetFilter<EnrollmentStatus> status) {
            this.status = Check.notNull("status", status);
            return this;
        }

        /**
         * @param playIds match enrollments created by (or not by) these plays; the spec types these ids as plain
         *     strings, so any non-blank string without control characters is sent as it is
         * @return this builder
         * @throws IllegalArgumentException if {@code playIds} is {@code null}
         */
        public Builder enrolledByPlay(SetFilter<String> playIds) {
            this.enrolledByPlay = Check.notNull("enrolledByPlay", playIds);
            return this;
        }

        /**
         * @return the params
         * @throws IllegalArgumentException if an id is malformed, or the mailbox is filtered both by id and by
         *     address
         */
        public EnrollmentQueryParams build() {
            return new EnrollmentQueryParams(this);
        }
    }
}
