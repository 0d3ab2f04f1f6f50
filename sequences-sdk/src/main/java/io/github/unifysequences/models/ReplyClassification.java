package io.github.unifysequences.models;

import io.github.unifysequences.internal.Required;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One classification of a reply.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class ReplyClassification {
    private final UUID id;
    private final ReplyCategory category;

    private ReplyClassification(Builder builder) {
        this.id = Required.field(builder.id, "ReplyClassification", "id");
        this.category = Required.field(builder.category, "ReplyClassification", "category");
    }

    /** @return the classification id */
    public UUID id() {
        return id;
    }

    /** @return the category, such as {@code POSITIVE} */
    public ReplyCategory category() {
        return category;
    }

    /** @return a builder with every optional field empty, every flag false and every list empty */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.category = category;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ReplyClassification that
                && Objects.equals(id, that.id)
                && Objects.equals(category, that.category);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, category);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "ReplyClassification[" + "id=" + id() + ", category=" + category() + "]";
    }

    /**
     * Builds a {@link ReplyClassification}, for tests and fixtures; {@link #build()} checks that every required
     *     field is set.
     */
    public static final class Builder {
        private @Nullable UUID id;
        private @Nullable ReplyCategory category;

        private Builder() {}

        /**
         * @param id the classification id; required
         * @return this builder
         */
        public Builder id(UUID id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * @param category the category, such as {@code POSITIVE}; required
         * @return this builder
         */
        public Builder category(ReplyCategory category) {
            this.category = Objects.requireNonNull(category, "category");
            return this;
        }

        /**
         * @return a new {@code ReplyClassification}
         * @throws IllegalStateException if a required field ({@code id}, {@code category}) was not set
         */
        public ReplyClassification build() {
            return new ReplyClassification(this);
        }
    }
}
