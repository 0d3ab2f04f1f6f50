package io.github.unifysequences.models;

import com.google.gson.JsonElement;
import io.github.unifysequences.internal.Check;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * New copy for the email of one enrollment step. Set only what should change; at least one of subject,
 * fallback subject and body is required. The update is optimistic: {@code versionId} must be the step's
 * current {@code email.version_id}, and the answer carries a new one. Immutable; validated by
 * {@link Builder#build()}.
 *
 * <pre>{@code
 * EnrollmentStep step = client.enrollmentSteps().retrieve(stepId);
 * EnrollmentStepUpdateParams params = EnrollmentStepUpdateParams.builder()
 *         .versionId(step.email().orElseThrow().versionId())
 *         .subject("Following up, {{variable::person.firstName}}")
 *         .build();
 * }</pre>
 */
public final class EnrollmentStepUpdateParams {
    private final String versionId;
    private final @Nullable String subject;
    private final @Nullable String fallbackSubject;
    private final @Nullable String body;
    private final Map<String, JsonElement> additionalBody;

    private EnrollmentStepUpdateParams(Builder b) {
        if (b.versionId == null || b.versionId.isBlank()) {
            throw new IllegalArgumentException("versionId is required: pass the step's current email.version_id");
        }
        Check.text("versionId", b.versionId);
        Check.subject("subject", b.subject);
        Check.subject("fallbackSubject", b.fallbackSubject);
        if (b.subject == null && b.fallbackSubject == null && b.body == null) {
            throw new IllegalArgumentException("at least one of subject, fallbackSubject or body is required");
        }
        this.versionId = b.versionId;
        this.subject = b.subject;
        this.fallbackSubject = b.fallbackSubject;
        this.body = b.body;
        this.additionalBody = Additional.body(b.additionalBody);
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the version the edit starts from */
    public String versionId() {
        return versionId;
    }

    /** @return the new subject, if it changes */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    /** @return the new fallback subject, if it changes */
    public Optional<String> fallbackSubject() {
        return Optional.ofNullable(fallbackSubject);
    }

    /** @return the new HTML body, if it changes */
    public Optional<String> body() {
        return Optional.ofNullable(body);
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
        builder.versionId = versionId;
        builder.subject = subject;
        builder.fallbackSubject = fallbackSubject;
        builder.body = body;
        builder.additionalBody.putAll(additionalBody);
        return builder;
    }

    /** Equal when the same edit would be sent: the same version, copy and additional properties. */
    @Override
    public boolean equals(Object other) {
        return other instanceof EnrollmentStepUpdateParams that
                && versionId.equals(that.versionId)
                && Objects.equals(subject, that.subject)
                && Objects.equals(fallbackSubject, that.fallbackSubject)
                && Objects.equals(body, that.body)
                && additionalBody.equals(that.additionalBody);
    }

    @Override
    public int hashCode() {
        return Objects.hash(versionId, subject, fallbackSubject, body, additionalBody);
    }

    @Override
    public String toString() {
        return "EnrollmentStepUpdateParams{versionId=" + versionId + ", subject=" + subject + ", fallbackSubject="
                + fallbackSubject + ", body=" + (body == null ? null : body.length() + " chars") + "}";
    }

    /** Builds {@link EnrollmentStepUpdateParams}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String versionId;
        private @Nullable String subject;
        private @Nullable String fallbackSubject;
        private final Map<String, JsonElement> additionalBody = new LinkedHashMap<>();
        private @Nullable String body;

        private Builder() {}

        /**
         * @param versionId the step's current {@code email.version_id} (required)
         * @return this builder
         */
        public Builder versionId(String versionId) {
            this.versionId = versionId;
            return this;
        }

        /**
         * @param subject the new subject; only the first email of a thread has one
         * @return this builder
         */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /**
         * @param fallbackSubject the subject to use when a variable in the subject cannot be resolved
         * @return this builder
         */
        public Builder fallbackSubject(String fallbackSubject) {
            this.fallbackSubject = fallbackSubject;
            return this;
        }

        /**
         * Replaces the whole HTML body. Keep the {@code {{ ... }}} tokens that should survive.
         *
         * @param body the new body
         * @return this builder
         */
        public Builder body(String body) {
            this.body = body;
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
         * @throws IllegalArgumentException when {@code versionId} is missing or nothing would change
         */
        public EnrollmentStepUpdateParams build() {
            return new EnrollmentStepUpdateParams(this);
        }
    }
}
