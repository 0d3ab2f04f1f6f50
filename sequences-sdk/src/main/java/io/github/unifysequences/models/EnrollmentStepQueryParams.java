package io.github.unifysequences.models;

import io.github.unifysequences.internal.Check;
import org.jspecify.annotations.Nullable;

/**
 * What an enrollment steps query job exports: the {@linkplain QueryJobParams shared filters} plus the step's
 * status, type, enrollment and position. Immutable; validated by {@link Builder#build()}.
 *
 * <pre>{@code
 * EnrollmentStepQueryParams params = EnrollmentStepQueryParams.builder()
 *         .sequenceId(sequenceId)
 *         .type(SetFilter.in(StepType.AUTOMATIC_EMAIL, StepType.MANUAL_EMAIL))
 *         .status(SetFilter.notIn(EnrollmentStepStatus.CANCELED))
 *         .build();
 * }</pre>
 */
public final class EnrollmentStepQueryParams extends QueryJobParams {
    private static final EnrollmentStepQueryParams ALL = builder().build();

    private final @Nullable SetFilter<EnrollmentStepStatus> status;
    private final @Nullable SetFilter<StepType> type;
    private final @Nullable String enrollmentId;
    private final @Nullable Integer stepNumber;

    private EnrollmentStepQueryParams(Builder builder) {
        super(builder);
        this.status = builder.status;
        this.type = builder.type;
        this.enrollmentId = builder.enrollmentId;
        this.stepNumber = builder.stepNumber;
        if (builder.status != null) {
            put("status", enumSet(builder.status));
        }
        if (builder.type != null) {
            put("type", enumSet(builder.type));
        }
        if (builder.enrollmentId != null) {
            put("enrollment", idFilter("enrollment", builder.enrollmentId));
        }
        if (builder.stepNumber != null) {
            if (builder.stepNumber < 1) {
                throw new IllegalArgumentException("stepNumber is 1-based, was " + builder.stepNumber);
            }
            put("step_number", builder.stepNumber);
        }
    }

    /** @return params without filters: the job exports every enrollment step */
    public static EnrollmentStepQueryParams all() {
        return ALL;
    }

    @Override
    public Builder toBuilder() {
        Builder builder = new Builder().from(this);
        builder.status = status;
        builder.type = type;
        builder.enrollmentId = enrollmentId;
        builder.stepNumber = stepNumber;
        return builder;
    }

    /** @return a builder with no filter set */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link EnrollmentStepQueryParams}. Not thread-safe. */
    public static final class Builder extends QueryJobParams.Builder<Builder> {
        private @Nullable SetFilter<EnrollmentStepStatus> status;
        private @Nullable SetFilter<StepType> type;
        private @Nullable String enrollmentId;
        private @Nullable Integer stepNumber;

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param status match steps whose status is, or is not, in the set
         * @return this builder
         */
        public Builder status(SetFilter<EnrollmentStepStatus> status) {
            this.status = Check.notNull("status", status);
            return this;
        }

        /**
         * @param type match steps whose type is, or is not, in the set
         * @return this builder
         */
        public Builder type(SetFilter<StepType> type) {
            this.type = Check.notNull("type", type);
            return this;
        }

        /**
         * @param enrollmentId match the steps of this enrollment (UUID)
         * @return this builder
         */
        public Builder enrollmentId(String enrollmentId) {
            this.enrollmentId = enrollmentId;
            return this;
        }

        /**
         * @param stepNumber match steps at this 1-based position in their enrollment
         * @return this builder
         */
        public Builder stepNumber(int stepNumber) {
            this.stepNumber = stepNumber;
            return this;
        }

        /**
         * @return the params
         * @throws IllegalArgumentException if an id is not a UUID, the step number is below 1, or the mailbox is filtered both by id and by address
         */
        public EnrollmentStepQueryParams build() {
            return new EnrollmentStepQueryParams(this);
        }
    }
}
