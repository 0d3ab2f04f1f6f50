package io.github.unifysequences.models;

import io.github.unifysequences.internal.Required;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The person of a Bulk API result row.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class BulkPerson {
    private final String id;
    private final String email;
    private final @Nullable String firstName;
    private final @Nullable String lastName;
    private final @Nullable String linkedinUrl;
    private final @Nullable BulkCompany company;

    private BulkPerson(Builder builder) {
        this.id = Required.field(builder.id, "BulkPerson", "id");
        this.email = Required.field(builder.email, "BulkPerson", "email");
        this.firstName = builder.firstName;
        this.lastName = builder.lastName;
        this.linkedinUrl = builder.linkedinUrl;
        this.company = builder.company;
    }

    /** @return the person id */
    public String id() {
        return id;
    }

    /** @return the person's email address */
    public String email() {
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

    /** @return the LinkedIn profile, if known */
    public Optional<String> linkedinUrl() {
        return Optional.ofNullable(linkedinUrl);
    }

    /** @return the person's company, if known */
    public Optional<BulkCompany> company() {
        return Optional.ofNullable(company);
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
        builder.company = company;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof BulkPerson that
                && Objects.equals(id, that.id)
                && Objects.equals(email, that.email)
                && Objects.equals(firstName, that.firstName)
                && Objects.equals(lastName, that.lastName)
                && Objects.equals(linkedinUrl, that.linkedinUrl)
                && Objects.equals(company, that.company);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, email, firstName, lastName, linkedinUrl, company);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "BulkPerson[" + "id=" + id()
                + ", email=" + email()
                + ", firstName=" + firstName()
                + ", lastName=" + lastName()
                + ", linkedinUrl=" + linkedinUrl()
                + ", company=" + company() + "]";
    }

    /**
     * Builds a {@link BulkPerson}, for tests and fixtures; {@link #build()} checks that every required field is
     *     set.
     */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable String email;
        private @Nullable String firstName;
        private @Nullable String lastName;
        private @Nullable String linkedinUrl;
        private @Nullable BulkCompany company;

        private Builder() {}

        /**
         * @param id the person id; required
         * @return this builder
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * @param email the person's email address; required
         * @return this builder
         */
        public Builder email(String email) {
            this.email = Objects.requireNonNull(email, "email");
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
         * @param linkedinUrl the LinkedIn profile, if known; {@code null} for none
         * @return this builder
         */
        public Builder linkedinUrl(@Nullable String linkedinUrl) {
            this.linkedinUrl = linkedinUrl;
            return this;
        }

        /**
         * @param company the person's company, if known; {@code null} for none
         * @return this builder
         */
        public Builder company(@Nullable BulkCompany company) {
            this.company = company;
            return this;
        }

        /**
         * @return a new {@code BulkPerson}
         * @throws IllegalStateException if a required field ({@code id}, {@code email}) was not set
         */
        public BulkPerson build() {
            return new BulkPerson(this);
        }
    }
}
