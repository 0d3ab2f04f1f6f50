package io.github.unifysequences.models;

import io.github.unifysequences.internal.Check;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Filters and paging for listing enrollments. Every filter is optional; set filters are combined with
 * AND, and the statuses within {@code statuses} with OR. Immutable; validated by {@link Builder#build()}.
 *
 * <pre>{@code
 * EnrollmentListParams params = EnrollmentListParams.builder()
 *         .sequenceId(sequenceId)
 *         .statuses(EnrollmentStatus.DRAFT, EnrollmentStatus.IN_PROGRESS)
 *         .updatedAfter(OffsetDateTime.now().minusDays(7))
 *         .limit(100)
 *         .build();
 * }</pre>
 *
 * <p>To export more than a few hundred enrollments, the API recommends a query job instead.
 */
public final class EnrollmentListParams extends PagedParams {
    private static final EnrollmentListParams NONE = builder().build();

    private final @Nullable UUID sequenceId;
    private final @Nullable UUID personId;
    private final @Nullable UUID mailboxId;
    private final @Nullable UUID enrolledByPlayId;
    private final Set<EnrollmentStatus> statuses;
    private final @Nullable OffsetDateTime updatedAfter;
    private final @Nullable OffsetDateTime updatedBefore;

    private EnrollmentListParams(Builder b) {
        super(b);
        this.sequenceId = Check.optionalUuid("sequenceId", b.sequenceId);
        this.personId = Check.optionalUuid("personId", b.personId);
        this.mailboxId = Check.optionalUuid("mailboxId", b.mailboxId);
        this.enrolledByPlayId = Check.optionalUuid("enrolledByPlayId", b.enrolledByPlayId);
        this.statuses = Collections.unmodifiableSet(new LinkedHashSet<>(b.statuses));
        if (b.updatedAfter != null && b.updatedBefore != null && b.updatedAfter.isAfter(b.updatedBefore)) {
            throw new IllegalArgumentException(
                    "updatedAfter (" + b.updatedAfter + ") must not be after updatedBefore (" + b.updatedBefore + ")");
        }
        this.updatedAfter = Check.dateTime("updatedAfter", b.updatedAfter);
        this.updatedBefore = Check.dateTime("updatedBefore", b.updatedBefore);
    }

    /** @return params with no filter, starting at the first page */
    public static EnrollmentListParams none() {
        return NONE;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return only enrollments in this sequence, if set */
    public Optional<UUID> sequenceId() {
        return Optional.ofNullable(sequenceId);
    }

    /** @return only enrollments of this person, if set */
    public Optional<UUID> personId() {
        return Optional.ofNullable(personId);
    }

    /** @return only enrollments sending from this mailbox, if set */
    public Optional<UUID> mailboxId() {
        return Optional.ofNullable(mailboxId);
    }

    /** @return only enrollments created by this play, if set */
    public Optional<UUID> enrolledByPlayId() {
        return Optional.ofNullable(enrolledByPlayId);
    }

    /** @return only enrollments with one of these statuses, in the order added; empty means any status */
    public Set<EnrollmentStatus> statuses() {
        return statuses;
    }

    /** @return only enrollments updated at or after this instant, if set */
    public Optional<OffsetDateTime> updatedAfter() {
        return Optional.ofNullable(updatedAfter);
    }

    /** @return only enrollments updated at or before this instant, if set */
    public Optional<OffsetDateTime> updatedBefore() {
        return Optional.ofNullable(updatedBefore);
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
        return Arrays.asList(sequenceId, personId, mailboxId, enrolledByPlayId, statuses, updatedAfter, updatedBefore);
    }

    @Override
    public String toString() {
        return "EnrollmentListParams{" + paging() + ", sequenceId=" + sequenceId
                + ", personId=" + personId + ", mailboxId=" + mailboxId + ", enrolledByPlayId=" + enrolledByPlayId
                + ", statuses=" + statuses + ", updatedAfter=" + updatedAfter + ", updatedBefore=" + updatedBefore
                + "}";
    }

    /** Builds {@link EnrollmentListParams}. Not thread-safe. */
    public static final class Builder extends PagingBuilder<Builder> {
        private @Nullable String sequenceId;
        private @Nullable String personId;
        private @Nullable String mailboxId;
        private @Nullable String enrolledByPlayId;
        private final Set<EnrollmentStatus> statuses = new LinkedHashSet<>();
        private @Nullable OffsetDateTime updatedAfter;
        private @Nullable OffsetDateTime updatedBefore;

        private Builder() {}

        private Builder from(EnrollmentListParams params) {
            super.from(params);
            sequenceId = string(params.sequenceId);
            personId = string(params.personId);
            mailboxId = string(params.mailboxId);
            enrolledByPlayId = string(params.enrolledByPlayId);
            statuses.addAll(params.statuses);
            updatedAfter = params.updatedAfter;
            updatedBefore = params.updatedBefore;
            return this;
        }

        private static @Nullable String string(@Nullable UUID id) {
            return id == null ? null : id.toString();
        }

        /**
         * @param sequenceId a sequence UUID
         * @return this builder
         */
        public Builder sequenceId(String sequenceId) {
            this.sequenceId = sequenceId;
            return this;
        }

        /**
         * @param personId a person UUID
         * @return this builder
         */
        public Builder personId(String personId) {
            this.personId = personId;
            return this;
        }

        /**
         * @param mailboxId a mailbox UUID
         * @return this builder
         */
        public Builder mailboxId(String mailboxId) {
            this.mailboxId = mailboxId;
            return this;
        }

        /**
         * Sent as {@code enrolled_by_play_id}, which the API added in its 2026-08-19 spec. An SDK built against an older
         * pin has no such parameter: {@code list} then throws {@link UnsupportedOperationException} before sending.
         *
         * @param enrolledByPlayId a play UUID
         * @return this builder
         */
        public Builder enrolledByPlayId(String enrolledByPlayId) {
            this.enrolledByPlayId = enrolledByPlayId;
            return this;
        }

        /**
         * Adds statuses to the filter; each is sent as its own {@code status=} query parameter.
         *
         * @param statuses statuses to match (OR)
         * @return this builder
         */
        public Builder statuses(EnrollmentStatus... statuses) {
            for (EnrollmentStatus status : Check.notNull("statuses", statuses)) {
                this.statuses.add(Check.notNull("a value of statuses", status));
            }
            return this;
        }

        /**
         * @param updatedAfter inclusive lower bound on {@code updated_at}
         * @return this builder
         */
        public Builder updatedAfter(OffsetDateTime updatedAfter) {
            this.updatedAfter = updatedAfter;
            return this;
        }

        /**
         * @param updatedBefore inclusive upper bound on {@code updated_at}
         * @return this builder
         */
        public Builder updatedBefore(OffsetDateTime updatedBefore) {
            this.updatedBefore = updatedBefore;
            return this;
        }

        /**
         * @return the params
         * @throws IllegalArgumentException naming the field, for a malformed id, a limit outside 1..100, a blank
         *     cursor, a bound outside the years 0000 to 9999 or {@code updatedAfter} later than {@code updatedBefore}
         */
        public EnrollmentListParams build() {
            return new EnrollmentListParams(this);
        }
    }
}
