package io.github.unifysequences.models;

import com.google.gson.JsonObject;
import io.github.unifysequences.internal.Required;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A Bulk API query job: an export of enrollments or enrollment steps that the API prepares in the background.
 * Create and cancel answer only part of the job; the other fields are then empty.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class QueryJob {
    private final String id;
    private final QueryJobStatus status;
    private final @Nullable Long totalRows;
    private final @Nullable String errorCode;
    private final @Nullable OffsetDateTime createdAt;
    private final @Nullable OffsetDateTime expiresAt;
    private final @Nullable OffsetDateTime canceledAt;
    private final RawJson rawJson;

    private QueryJob(Builder builder) {
        this.id = Required.field(builder.id, "QueryJob", "id");
        this.status = Required.field(builder.status, "QueryJob", "status");
        this.totalRows = builder.totalRows;
        this.errorCode = builder.errorCode;
        this.createdAt = builder.createdAt;
        this.expiresAt = builder.expiresAt;
        this.canceledAt = builder.canceledAt;
        this.rawJson = builder.rawJson;
    }

    /** @return the job id ({@code job_id}) */
    public String id() {
        return id;
    }

    /** @return the job's state; results exist once it is {@code FINISHED} */
    public QueryJobStatus status() {
        return status;
    }

    /** @return how many rows the results hold, once known */
    public OptionalLong totalRows() {
        return totalRows == null ? OptionalLong.empty() : OptionalLong.of(totalRows);
    }

    /** @return why the job failed, if it did */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** @return when the job was created; empty in the create and cancel answers */
    public Optional<OffsetDateTime> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /** @return when the job and its results expire; empty in the cancel answer */
    public Optional<OffsetDateTime> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /** @return when the job was cancelled, if it was */
    public Optional<OffsetDateTime> canceledAt() {
        return Optional.ofNullable(canceledAt);
    }

    /** @return the job as received, including fields this SDK version does not know */
    public RawJson rawJson() {
        return rawJson;
    }

    /** @return whether the job has results to fetch */
    public boolean isFinished() {
        return status.value() == QueryJobStatus.Value.FINISHED;
    }

    /** @return a builder with every optional field empty, every flag false and every list empty */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.status = status;
        builder.totalRows = totalRows;
        builder.errorCode = errorCode;
        builder.createdAt = createdAt;
        builder.expiresAt = expiresAt;
        builder.canceledAt = canceledAt;
        builder.rawJson = rawJson;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof QueryJob that
                && Objects.equals(id, that.id)
                && Objects.equals(status, that.status)
                && Objects.equals(totalRows, that.totalRows)
                && Objects.equals(errorCode, that.errorCode)
                && Objects.equals(createdAt, that.createdAt)
                && Objects.equals(expiresAt, that.expiresAt)
                && Objects.equals(canceledAt, that.canceledAt)
                && Objects.equals(rawJson, that.rawJson);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, status, totalRows, errorCode, createdAt, expiresAt, canceledAt, rawJson);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "QueryJob[" + "id=" + id()
                + ", status=" + status()
                + ", totalRows=" + totalRows()
                + ", errorCode=" + errorCode()
                + ", createdAt=" + createdAt()
                + ", expiresAt=" + expiresAt()
                + ", canceledAt=" + canceledAt()
                + ", rawJson=" + rawJson() + "]";
    }

    /** Builds a {@link QueryJob}, for tests and fixtures; {@link #build()} checks that every required field is set. */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable QueryJobStatus status;
        private @Nullable Long totalRows;
        private @Nullable String errorCode;
        private @Nullable OffsetDateTime createdAt;
        private @Nullable OffsetDateTime expiresAt;
        private @Nullable OffsetDateTime canceledAt;
        private RawJson rawJson = RawJson.of(new JsonObject());

        private Builder() {}

        /**
         * @param id the job id ({@code job_id}); required
         * @return this builder
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * @param status the job's state; results exist once it is {@code FINISHED}; required
         * @return this builder
         */
        public Builder status(QueryJobStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * @param totalRows how many rows the results hold, once known; {@code null} for none
         * @return this builder
         */
        public Builder totalRows(@Nullable Long totalRows) {
            this.totalRows = totalRows;
            return this;
        }

        /**
         * @param errorCode why the job failed, if it did; {@code null} for none
         * @return this builder
         */
        public Builder errorCode(@Nullable String errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        /**
         * @param createdAt when the job was created; empty in the create and cancel answers; {@code null} for none
         * @return this builder
         */
        public Builder createdAt(@Nullable OffsetDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * @param expiresAt when the job and its results expire; empty in the cancel answer; {@code null} for none
         * @return this builder
         */
        public Builder expiresAt(@Nullable OffsetDateTime expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /**
         * @param canceledAt when the job was cancelled, if it was; {@code null} for none
         * @return this builder
         */
        public Builder canceledAt(@Nullable OffsetDateTime canceledAt) {
            this.canceledAt = canceledAt;
            return this;
        }

        /**
         * @param rawJson the job as received, including fields this SDK version does not know; an empty object
         *     unless set
         * @return this builder
         */
        public Builder rawJson(RawJson rawJson) {
            this.rawJson = Objects.requireNonNull(rawJson, "rawJson");
            return this;
        }

        /**
         * @return a new {@code QueryJob}
         * @throws IllegalStateException if a required field ({@code id}, {@code status}) was not set
         */
        public QueryJob build() {
            return new QueryJob(this);
        }
    }
}
