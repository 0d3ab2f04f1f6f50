package io.github.unifysequences.models;

import com.google.gson.JsonElement;
import io.github.unifysequences.internal.Check;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What to enroll: a person in a sequence, sending from one of the given mailboxes. Immutable; validated
 * by {@link Builder#build()}.
 *
 * <pre>{@code
 * EnrollmentCreateParams params = EnrollmentCreateParams.builder()
 *         .sequenceId("5d0f6a3e-2b7c-4f1e-9a58-3c6e1b2d4f70")
 *         .personId("8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
 *         .addMailboxEmail("ava@unifygtm-demo.com")
 *         .build();
 * }</pre>
 */
public final class EnrollmentCreateParams {
    private final UUID sequenceId;
    private final UUID personId;
    private final List<String> mailboxEmails;
    private final Map<String, JsonElement> additionalBody;

    private EnrollmentCreateParams(Builder b) {
        this.sequenceId = Check.uuid("sequenceId", b.sequenceId);
        this.personId = Check.uuid("personId", b.personId);
        if (b.mailboxEmails.isEmpty() || b.mailboxEmails.size() > 10) {
            throw new IllegalArgumentException(
                    "mailboxEmails must hold 1 to 10 addresses, had " + b.mailboxEmails.size());
        }
        for (String email : b.mailboxEmails) {
            Check.email("mailboxEmails", email);
        }
        this.mailboxEmails = List.copyOf(b.mailboxEmails);
        this.additionalBody = Additional.body(b.additionalBody);
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the sequence to enroll in */
    public UUID sequenceId() {
        return sequenceId;
    }

    /** @return the person to enroll */
    public UUID personId() {
        return personId;
    }

    /** @return the mailboxes the sequence may send from, in order of preference */
    public List<String> mailboxEmails() {
        return mailboxEmails;
    }

    /**
     * @return request-body properties the SDK does not model, by JSON name, sent beside the SDK's own; empty when
     *     none were added. Unmodifiable; each value is a copy.
     */
    public Map<String, JsonElement> additionalBodyProperties() {
        return Additional.body(additionalBody);
    }

    /**
     * @return a builder holding every value of these params, additional body properties included; building it
     *     unchanged gives params equal to these
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.sequenceId = sequenceId.toString();
        builder.personId = personId.toString();
        builder.mailboxEmails.addAll(mailboxEmails);
        builder.additionalBody.putAll(additionalBody);
        return builder;
    }

    /** Equal when the same enrollment would be asked for: the same ids, mailboxes and additional properties. */
    @Override
    public boolean equals(Object other) {
        return other instanceof EnrollmentCreateParams that
                && sequenceId.equals(that.sequenceId)
                && personId.equals(that.personId)
                && mailboxEmails.equals(that.mailboxEmails)
                && additionalBody.equals(that.additionalBody);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sequenceId, personId, mailboxEmails, additionalBody);
    }

    @Override
    public String toString() {
        return "EnrollmentCreateParams{sequenceId=" + sequenceId + ", personId=" + personId + ", mailboxEmails="
                + mailboxEmails + "}";
    }

    /** Builds {@link EnrollmentCreateParams}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String sequenceId;
        private @Nullable String personId;
        private final List<String> mailboxEmails = new ArrayList<>();
        private final Map<String, JsonElement> additionalBody = new LinkedHashMap<>();

        private Builder() {}

        /**
         * @param sequenceId the sequence UUID (required)
         * @return this builder
         */
        public Builder sequenceId(String sequenceId) {
            this.sequenceId = sequenceId;
            return this;
        }

        /**
         * @param personId the person UUID (required)
         * @return this builder
         */
        public Builder personId(String personId) {
            this.personId = personId;
            return this;
        }

        /**
         * Adds a mailbox the sequence may send from. At least one and at most ten are required.
         *
         * @param email the mailbox's email address
         * @return this builder
         */
        public Builder addMailboxEmail(String email) {
            this.mailboxEmails.add(email);
            return this;
        }

        /**
         * Replaces the mailboxes the sequence may send from.
         *
         * @param emails 1 to 10 mailbox email addresses
         * @return this builder
         * @throws IllegalArgumentException if {@code emails} is {@code null}
         */
        public Builder mailboxEmails(List<String> emails) {
            Check.notNull("mailboxEmails", emails);
            this.mailboxEmails.clear();
            this.mailboxEmails.addAll(emails);
            return this;
        }

        /**
         * Sends a request-body property this SDK version does not model (for example one a newer spec added). It
         * does not replace a property the SDK sets itself.
         *
         * @param name the property's JSON name
         * @param value its JSON value
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or the value null
         */
        public Builder putAdditionalBodyProperty(String name, JsonElement value) {
            Additional.putBody(additionalBody, name, value);
            return this;
        }

        /**
         * @return the params
         * @throws IllegalArgumentException naming the field, for a missing or malformed id or a mailbox
         *     list that is empty, longer than ten or holds something that is not an address
         */
        public EnrollmentCreateParams build() {
            return new EnrollmentCreateParams(this);
        }
    }
}
