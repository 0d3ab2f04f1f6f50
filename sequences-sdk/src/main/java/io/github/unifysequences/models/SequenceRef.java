package io.github.unifysequences.models;

import io.github.unifysequences.internal.Required;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The sequence an enrollment belongs to, as embedded in the enrollment.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class SequenceRef {
    private final UUID id;
    private final @Nullable String name;
    private final boolean isPaused;

    private SequenceRef(Builder builder) {
        this.id = Required.field(builder.id, "SequenceRef", "id");
        this.name = builder.name;
        this.isPaused = builder.isPaused;
    }

    /** @return the sequence id */
    public UUID id() {
        return id;
    }

    /** @return the sequence name; {@code null} when the API did not send it */
    public @Nullable String name() {
        return name;
    }

    /** @return whether the sequence is paused */
    public boolean isPaused() {
        return isPaused;
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
        builder.isPaused = isPaused;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SequenceRef that
                && Objects.equals(id, that.id)
                && Objects.equals(name, that.name)
                && isPaused == that.isPaused;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, isPaused);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "SequenceRef[" + "id=" + id() + ", name=" + name() + ", isPaused=" + isPaused() + "]";
    }

    /**
     * Builds a {@link SequenceRef}, for tests and fixtures; {@link #build()} checks that every required field is
     *     set.
     */
    public static final class Builder {
        private @Nullable UUID id;
        private @Nullable String name;
        private boolean isPaused;

        private Builder() {}

        /**
         * @param id the sequence id; required
         * @return this builder
         */
        public Builder id(UUID id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * @param name the sequence name; {@code null} when unknown
         * @return this builder
         */
        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        /**
         * @param isPaused whether the sequence is paused
         * @return this builder
         */
        public Builder isPaused(boolean isPaused) {
            this.isPaused = isPaused;
            return this;
        }

        /**
         * @return a new {@code SequenceRef}
         * @throws IllegalStateException if a required field ({@code id}) was not set
         */
        public SequenceRef build() {
            return new SequenceRef(this);
        }
    }
}
