package io.github.unifysequences.models;

import io.github.unifysequences.internal.Required;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The person an enrollment targets.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class Person {
    private final UUID id;
    private final @Nullable String email;
    private final @Nullable String firstName;
    private final @Nullable String lastName;
    private final @Nullable String linkedinUrl;

    private Person(Builder builder) {
        this.id = Required.field(builder.id, "Person", "id");
        this.email = builder.email;
        this.firstName = builder.firstName;
        this.lastName = builder.lastName;
        this.linkedinUrl = builder.linkedinUrl;
    }

    /** @return the person id */
    public UUID id() {
        return id;
    }

    /** @return the email address the sequence writes to; {@code null} when the API did not send it */
    public @Nullable String email() {
        return email;
    }

    /** @return the first name, if known */
    public Optional<String> firstName() {
        return Optional.ofNullable(firstName);
    }

    /** @return the last name, if known */
    public Optional<String> lastName() {
        return Optional.ofNullable(lastName);
    }

    /** @return the LinkedIn profile URL, if known */
    public Optional<String> linkedinUrl() {
        return Optional.ofNullable(linkedinUrl);
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
        builder.firstName = firstName;
        builder.lastName = lastName;
        builder.linkedinUrl = linkedinUrl;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Person that
                && Objects.equals(id, that.id)
                && Objects.equals(email, that.email)
                && Objects.equals(firstName, that.firstName)
                && Objects.equals(lastName, that.lastName)
                && Objects.equals(linkedinUrl, that.linkedinUrl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, email, firstName, lastName, linkedinUrl);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "Person[" + "id=" + id()
                + ", email=" + email()
                + ", firstName=" + firstName()
                + ", lastName=" + lastName()
                + ", linkedinUrl=" + linkedinUrl() + "]";
    }

    /** Builds a {@link Person}, for tests and fixtures; {@link #build()} checks that every required field is set. */
    public static final class Builder {
        private @Nullable UUID id;
        private @Nullable String email;
        private @Nullable String firstName;
        private @Nullable String lastName;
        private @Nullable String linkedinUrl;

        private Builder() {}

        /**
         * @param id the person id; required
         * @return this builder
         */
        public Builder id(UUID id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * @param email the email address the sequence writes to; {@code null} when unknown
         * @return this builder
         */
        public Builder email(@Nullable String email) {
            this.email = email;
            return this;
        }

        /**
         * @param firstName the first name, if known; {@code null} for none
         * @return this builder
         */
        public Builder firstName(@Nullable String firstName) {
            this.firstName = firstName;
            return this;
        }

        /**
         * @param lastName the last name, if known; {@code null} for none
         * @return this builder
         */
        public Builder lastName(@Nullable String lastName) {
            this.lastName = lastName;
            return this;
        }

        /**
         * @param linkedinUrl the LinkedIn profile URL, if known; {@code null} for none
         * @return this builder
         */
        public Builder linkedinUrl(@Nullable String linkedinUrl) {
            this.linkedinUrl = linkedinUrl;
            return this;
        }

        /**
         * @return a new {@code Person}
         * @throws IllegalStateException if a required field ({@code id}) was not set
         */
        public Person build() {
            return new Person(this);
        }
    }
}
