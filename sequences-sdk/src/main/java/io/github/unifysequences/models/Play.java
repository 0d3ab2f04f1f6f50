package io.github.unifysequences.models;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The play (automation) that created an enrollment.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class Play {
    private final @Nullable UUID id;
    private final @Nullable String name;

    private Play(Builder builder) {
        this.id = builder.id;
        this.name = builder.name;
    }

    /** @return the play id; {@code null} when the API did not send it */
    public @Nullable UUID id() {
        return id;
    }

    /** @return the play name; {@code null} when the API did not send it */
    public @Nullable String name() {
        return name;
    }

    /** @return a builder with every optional field empty, every flag false and every list empty */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.name = name;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Play that && Objects.equals(id, that.id) && Objects.equals(name, that.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "Play[" + "id=" + id() + ", name=" + name() + "]";
    }

    /** Builds a {@link Play}, for tests and fixtures; {@link #build()} checks that every required field is set. */
    public static final class Builder {
        private @Nullable UUID id;
        private @Nullable String name;

        private Builder() {}

        /**
         * @param id the play id; {@code null} when unknown
         * @return this builder
         */
        public Builder id(@Nullable UUID id) {
            this.id = id;
            return this;
        }

        /**
         * @param name the play name; {@code null} when unknown
         * @return this builder
         */
        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        /**
         * @return a new {@code Play}
         */
        public Play build() {
            return new Play(this);
        }
    }
}
