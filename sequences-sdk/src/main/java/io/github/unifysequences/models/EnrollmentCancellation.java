package io.github.unifysequences.models;

import com.google.gson.JsonObject;
import io.github.unifysequences.internal.Required;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The answer to cancelling an enrollment. The enrollment is not erased: it stays listable with
 * {@link Enrollment#isCanceled()} set.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class EnrollmentCancellation {
    private final UUID id;
    private final boolean isCanceled;
    private final RawJson rawJson;

    private EnrollmentCancellation(Builder builder) {
        this.id = Required.field(builder.id, "EnrollmentCancellation", "id");
        this.isCanceled = builder.isCanceled;
        this.rawJson = builder.rawJson;
    }

    /** @return the id of the cancelled enrollment */
    public UUID id() {
        return id;
    }

    /** @return always {@code true} on success */
    public boolean isCanceled() {
        return isCanceled;
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
        builder.isCanceled = isCanceled;
        builder.rawJson = rawJson;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof EnrollmentCancellation that
                && Objects.equals(id, that.id)
                && isCanceled == that.isCanceled
                && Objects.equals(rawJson, that.rawJson);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, isCanceled, rawJson);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "EnrollmentCancellation[" + "id=" + id()
                + ", isCanceled=" + isCanceled()
                + ", rawJson=" + rawJson() + "]";
    }

    /**
     * Builds a {@link EnrollmentCancellation}, for tests and fixtures; {@link #build()} checks that every required
     *     field is set.
     */
    public static final class Builder {
        private @Nullable UUID id;
        private boolean isCanceled;
        private RawJson rawJson = RawJson.of(new JsonObject());

        private Builder() {}

        /**
         * @param id the id of the cancelled enrollment; required
         * @return this builder
         */
        public Builder id(UUID id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * @param isCanceled always {@code true} on success
         * @return this builder
         */
        public Builder isCanceled(boolean isCanceled) {
            this.isCanceled = isCanceled;
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
         * @return a new {@code EnrollmentCancellation}
         * @throws IllegalStateException if a required field ({@code id}) was not set
         */
        public EnrollmentCancellation build() {
            return new EnrollmentCancellation(this);
        }
    }
}
