package io.github.unifysequences.models;

import io.github.unifysequences.internal.Required;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The company of the person in a Bulk API result row.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class BulkCompany {
    private final String id;
    private final @Nullable String name;
    private final String domain;
    private final @Nullable String linkedinUrl;

    private BulkCompany(Builder builder) {
        this.id = Required.field(builder.id, "BulkCompany", "id");
        this.name = builder.name;
        this.domain = Required.field(builder.domain, "BulkCompany", "domain");
        this.linkedinUrl = builder.linkedinUrl;
    }

    /** @return the company id */
    public String id() {
        return id;
    }

    /** @return the company name, if known */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the company's web domain */
    public String domain() {
        return domain;
    }

    /** @return the company's LinkedIn page, if known */
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
        builder.name = name;
        builder.domain = domain;
        builder.linkedinUrl = linkedinUrl;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof BulkCompany that
                && Objects.equals(id, that.id)
                && Objects.equals(name, that.name)
                && Objects.equals(domain, that.domain)
                && Objects.equals(linkedinUrl, that.linkedinUrl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, domain, linkedinUrl);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "BulkCompany[" + "id=" + id()
                + ", name=" + name()
                + ", domain=" + domain()
                + ", linkedinUrl=" + linkedinUrl() + "]";
    }

    /**
     * Builds a {@link BulkCompany}, for tests and fixtures; {@link #build()} checks that every required field is
     *     set.
     */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable String name;
        private @Nullable String domain;
        private @Nullable String linkedinUrl;

        private Builder() {}

        /**
         * @param id the company id; required
         * @return this builder
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * @param name the company name, if known; {@code null} for none
         * @return this builder
         */
        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        /**
         * @param domain the company's web domain; required
         * @return this builder
         */
        public Builder domain(String domain) {
            this.domain = Objects.requireNonNull(domain, "domain");
            return this;
        }

        /**
         * @param linkedinUrl the company's LinkedIn page, if known; {@code null} for none
         * @return this builder
         */
        public Builder linkedinUrl(@Nullable String linkedinUrl) {
            this.linkedinUrl = linkedinUrl;
            return this;
        }

        /**
         * @return a new {@code BulkCompany}
         * @throws IllegalStateException if a required field ({@code id}, {@code domain}) was not set
         */
        public BulkCompany build() {
            return new BulkCompany(this);
        }
    }
}
