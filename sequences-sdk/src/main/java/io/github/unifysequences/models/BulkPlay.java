package io.github.unifysequences.models;

import io.github.unifysequences.internal.Required;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The play that created the enrollment of a Bulk API result row.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class BulkPlay {
    private final String id;
    private final String name;

    private BulkPlay(Builder builder) {
        this.id = Required.field(builder.id, "BulkPlay", "id");
        this.name = Required.field(builder.name, "BulkPlay", "name");
    }

    /** @return the play id */
    public String id() {
        return id;
    }

    /** @return the play name */
    public String name() {
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
        return other instanceof BulkPlay that && Objects.equals(id, that.id) && Objects.equals(name, that.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "BulkPlay[" + "id=" + id() + ", name=" + name() + "]";
    }

    /** Builds a {@link BulkPlay}, for tests and fixtures; {@link #build()} checks that every required field is set. */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable String name;

        private Builder() {}

        /**
         * @param id the play id; required
         * @return this builder
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * @param name the play name; required
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * @return a new {@code BulkPlay}
         * @throws IllegalStateException if a required field ({@code id}, {@code name}) was not set
         */
        public BulkPlay build() {
            return new BulkPlay(this);
        }
    }
}
