package io.github.unifysequences.models;

import com.google.gson.JsonObject;
import io.github.unifysequences.internal.Required;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The answer to approving a draft enrollment.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class EnrollmentApproval {
    private final UUID id;
    private final boolean isDraftApprovalPending;
    private final RawJson rawJson;

    private EnrollmentApproval(Builder builder) {
        this.id = Required.field(builder.id, "EnrollmentApproval", "id");
        this.isDraftApprovalPending = builder.isDraftApprovalPending;
        this.rawJson = builder.rawJson;
    }

    /** @return the id of the approved enrollment */
    public UUID id() {
        return id;
    }

    /** @return always {@code false} on success */
    public boolean isDraftApprovalPending() {
        return isDraftApprovalPending;
    }

    /** @return the answer as received */
    public RawJson rawJson() {
        return rawJson;
    }

    /** @return a builder with every optional field empty, every flag false and every list empty */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.isDraftApprovalPending = isDraftApprovalPending;
        builder.rawJson = rawJson;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof EnrollmentApproval that
                && Objects.equals(id, that.id)
                && isDraftApprovalPending == that.isDraftApprovalPending
                && Objects.equals(rawJson, that.rawJson);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, isDraftApprovalPending, rawJson);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "EnrollmentApproval[" + "id=" + id()
                + ", isDraftApprovalPending=" + isDraftApprovalPending()
                + ", rawJson=" + rawJson() + "]";
    }

    /**
     * Builds a {@link EnrollmentApproval}, for tests and fixtures; {@link #build()} checks that every required
     *     field is set.
     */
    public static final class Builder {
        private @Nullable UUID id;
        private boolean isDraftApprovalPending;
        private RawJson rawJson = RawJson.of(new JsonObject());

        private Builder() {}

        /**
         * @param id the id of the approved enrollment; required
         * @return this builder
         */
        public Builder id(UUID id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * @param isDraftApprovalPending always {@code false} on success
         * @return this builder
         */
        public Builder isDraftApprovalPending(boolean isDraftApprovalPending) {
            this.isDraftApprovalPending = isDraftApprovalPending;
            return this;
        }

        /**
         * @param rawJson the answer as received; an empty object unless set
         * @return this builder
         */
        public Builder rawJson(RawJson rawJson) {
            this.rawJson = Objects.requireNonNull(rawJson, "rawJson");
            return this;
        }

        /**
         * @return a new {@code EnrollmentApproval}
         * @throws IllegalStateException if a required field ({@code id}) was not set
         */
        public EnrollmentApproval build() {
            return new EnrollmentApproval(this);
        }
    }
}
