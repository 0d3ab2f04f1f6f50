package io.github.unifysequences.models;

import io.github.unifysequences.internal.Required;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The mailbox a Bulk API result row sends from. Forwarding addresses and users are in the row's {@code rawJson()}.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class BulkMailbox {
    private final String id;
    private final @Nullable String emailAddress;

    private BulkMailbox(Builder builder) {
        this.id = Required.field(builder.id, "BulkMailbox", "id");
        this.emailAddress = builder.emailAddress;
    }

    /** @return the mailbox id */
    public String id() {
        return id;
    }

    /** @return the mailbox address, if known */
    public Optional<String> emailAddress() {
        return Optional.ofNullable(emailAddress);
    }

    /** @return a builder with every optional field empty, every flag false and every list empty */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.emailAddress = emailAddress;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof BulkMailbox that
                && Objects.equals(id, that.id)
                && Objects.equals(emailAddress, that.emailAddress);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, emailAddress);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "BulkMailbox[" + "id=" + id() + ", emailAddress=" + emailAddress() + "]";
    }

    /**
     * Builds a {@link BulkMailbox}, for tests and fixtures; {@link #build()} checks that every required field is
     *     set.
     */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable String emailAddress;

        private Builder() {}

        /**
         * @param id the mailbox id; required
         * @return this builder
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * @param emailAddress the mailbox address, if known; {@code null} for none
         * @return this builder
         */
        public Builder emailAddress(@Nullable String emailAddress) {
            this.emailAddress = emailAddress;
            return this;
        }

        /**
         * @return a new {@code BulkMailbox}
         * @throws IllegalStateException if a required field ({@code id}) was not set
         */
        public BulkMailbox build() {
            return new BulkMailbox(this);
        }
    }
}
