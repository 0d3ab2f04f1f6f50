package io.github.unifysequences.models;

import io.github.unifysequences.internal.Required;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The sequence of a Bulk API result row.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class BulkSequence {
    private final String id;
    private final @Nullable String name;
    private final @Nullable Integer version;

    private BulkSequence(Builder builder) {
        this.id = Required.field(builder.id, "BulkSequence", "id");
        this.name = builder.name;
        this.version = builder.version;
    }

    /** @return the sequence id */
    public String id() {
        return id;
    }

    /** @return the sequence name, if it has one */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the sequence version the row ran on; only enrollment step rows carry it */
    public Optional<Integer> version() {
        return Optional.ofNullable(version);
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
        builder.version = version;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof BulkSequence that
                && Objects.equals(id, that.id)
                && Objects.equals(name, that.name)
                && Objects.equals(version, that.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, version);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "BulkSequence[" + "id=" + id() + ", name=" + name() + ", version=" + version() + "]";
    }

    /**
     * Builds a {@link BulkSequence}, for tests and fixtures; {@link #build()} checks that every required field is
     *     set.
     */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable String name;
        private @Nullable Integer version;

        private Builder() {}

        /**
         * @param id the sequence id; required
         * @return this builder
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * @param name the sequence name, if it has one; {@code null} for none
         * @return this builder
         */
        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        /**
         * @param version the sequence version the row ran on; only enrollment step rows carry it; {@code null} for none
         * @return this builder
         */
        public Builder version(@Nullable Integer version) {
            this.version = version;
            return this;
        }

        /**
         * @return a new {@code BulkSequence}
         * @throws IllegalStateException if a required field ({@code id}) was not set
         */
        public BulkSequence build() {
            return new BulkSequence(this);
        }
    }
}
