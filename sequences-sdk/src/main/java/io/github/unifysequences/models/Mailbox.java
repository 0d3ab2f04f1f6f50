package io.github.unifysequences.models;

import io.github.unifysequences.internal.Required;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The mailbox an enrollment sends from.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class Mailbox {
    private final UUID id;
    private final @Nullable String email;
    private final @Nullable String displayName;
    private final boolean isPaused;
    private final boolean isUnauthorized;

    private Mailbox(Builder builder) {
        this.id = Required.field(builder.id, "Mailbox", "id");
        this.email = builder.email;
        this.displayName = builder.displayName;
        this.isPaused = builder.isPaused;
        this.isUnauthorized = builder.isUnauthorized;
    }

    /** @return the mailbox id */
    public UUID id() {
        return id;
    }

    /** @return the mailbox's address; {@code null} when the API did not send it */
    public @Nullable String email() {
        return email;
    }

    /** @return the sender name, if set */
    public Optional<String> displayName() {
        return Optional.ofNullable(displayName);
    }

    /** @return whether sending from the mailbox is paused */
    public boolean isPaused() {
        return isPaused;
    }

    /** @return whether the mailbox lost its authorization and cannot send */
    public boolean isUnauthorized() {
        return isUnauthorized;
    }

    /** @return a builder with every optional field empty, every flag false and every list empty */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.email = email;
        builder.displayName = displayName;
        builder.isPaused = isPaused;
        builder.isUnauthorized = isUnauthorized;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Mailbox that
                && Objects.equals(id, that.id)
                && Objects.equals(email, that.email)
                && Objects.equals(displayName, that.displayName)
                && isPaused == that.isPaused
                && isUnauthorized == that.isUnauthorized;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, email, displayName, isPaused, isUnauthorized);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "Mailbox[" + "id=" + id()
                + ", email=" + email()
                + ", displayName=" + displayName()
                + ", isPaused=" + isPaused()
                + ", isUnauthorized=" + isUnauthorized() + "]";
    }

    /** Builds a {@link Mailbox}, for tests and fixtures; {@link #build()} checks that every required field is set. */
    public static final class Builder {
        private @Nullable UUID id;
        private @Nullable String email;
        private @Nullable String displayName;
        private boolean isPaused;
        private boolean isUnauthorized;

        private Builder() {}

        /**
         * @param id the mailbox id; required
         * @return this builder
         */
        public Builder id(UUID id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * @param email the mailbox's address; {@code null} when unknown
         * @return this builder
         */
        public Builder email(@Nullable String email) {
            this.email = email;
            return this;
        }

        /**
         * @param displayName the sender name, if set; {@code null} for none
         * @return this builder
         */
        public Builder displayName(@Nullable String displayName) {
            this.displayName = displayName;
            return this;
        }

        /**
         * @param isPaused whether sending from the mailbox is paused
         * @return this builder
         */
        public Builder isPaused(boolean isPaused) {
            this.isPaused = isPaused;
            return this;
        }

        /**
         * @param isUnauthorized whether the mailbox lost its authorization and cannot send
         * @return this builder
         */
        public Builder isUnauthorized(boolean isUnauthorized) {
            this.isUnauthorized = isUnauthorized;
            return this;
        }

        /**
         * @return a new {@code Mailbox}
         * @throws IllegalStateException if a required field ({@code id}) was not set
         */
        public Mailbox build() {
            return new Mailbox(this);
        }
    }
}
