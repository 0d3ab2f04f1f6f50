package io.github.unifysequences.models;

import com.google.gson.JsonObject;
import io.github.unifysequences.internal.Required;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The short answer to pausing a sequence, or pausing or resuming an enrollment.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class PauseState {
    private final UUID id;
    private final boolean isPaused;
    private final RawJson rawJson;

    private PauseState(Builder builder) {
        this.id = Required.field(builder.id, "PauseState", "id");
        this.isPaused = builder.isPaused;
        this.rawJson = builder.rawJson;
    }

    /** @return the id of the sequence or enrollment */
    public UUID id() {
        return id;
    }

    /** @return whether it is paused now */
    public boolean isPaused() {
        return isPaused;
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
        builder.isPaused = isPaused;
        builder.rawJson = rawJson;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PauseState that
                && Objects.equals(id, that.id)
                && isPaused == that.isPaused
                && Objects.equals(rawJson, that.rawJson);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, isPaused, rawJson);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "PauseState[" + "id=" + id() + ", isPaused=" + isPaused() + ", rawJson=" + rawJson() + "]";
    }

    /**
     * Builds a {@link PauseState}, for tests and fixtures; {@link #build()} checks that every required field is
     *     set.
     */
    public static final class Builder {
        private @Nullable UUID id;
        private boolean isPaused;
        private RawJson rawJson = RawJson.of(new JsonObject());

        private Builder() {}

        /**
         * @param id the id of the sequence or enrollment; required
         * @return this builder
         */
        public Builder id(UUID id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * @param isPaused whether it is paused now
         * @return this builder
         */
        public Builder isPaused(boolean isPaused) {
            this.isPaused = isPaused;
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
         * @return a new {@code PauseState}
         * @throws IllegalStateException if a required field ({@code id}) was not set
         */
        public PauseState build() {
            return new PauseState(this);
        }
    }
}
