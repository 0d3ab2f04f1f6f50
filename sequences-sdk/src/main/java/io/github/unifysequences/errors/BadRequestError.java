package io.github.unifysequences.errors;

import com.google.gson.JsonObject;
import io.github.unifysequences.internal.Required;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a 400 response's {@code errors[]}: the spec's {@code UResponses.BadRequestError} ({@code code}
 * required; {@code path}, {@code object_api_name}, {@code attribute_api_name} optional; further properties allowed),
 * and the entry's {@code message} when it has one.
 *
 * <p>Immutable. Instances come from the client, or from {@link #builder()} (to build a {@link BadRequestException}
 * in a test double); there is no public constructor, so a property the spec adds is an addition here, not a break
 * (issue #14). Two values are equal when all their fields are.
 */
public final class BadRequestError {
    private final String code;
    private final @Nullable String message;
    private final List<String> path;
    private final @Nullable String objectApiName;
    private final @Nullable String attributeApiName;
    private final JsonObject rawJson;

    private BadRequestError(Builder builder) {
        this.code = Required.field(builder.code, "BadRequestError", "code");
        this.message = builder.message;
        this.path = List.copyOf(builder.path);
        this.objectApiName = builder.objectApiName;
        this.attributeApiName = builder.attributeApiName;
        this.rawJson = builder.rawJson.deepCopy();
    }

    /** @return a machine-readable error code; empty when the entry had none */
    public String code() {
        return code;
    }

    /**
     * @return what is wrong, in words, when the entry has a {@code message} (a property the spec allows but does not
     *     name)
     */
    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    /** @return where in the request the problem is: object keys, and array indexes written as decimal strings */
    public List<String> path() {
        return path;
    }

    /** @return the API name of the object concerned, when the API gives one */
    public Optional<String> objectApiName() {
        return Optional.ofNullable(objectApiName);
    }

    /** @return the API name of the attribute concerned, when the API gives one */
    public Optional<String> attributeApiName() {
        return Optional.ofNullable(attributeApiName);
    }

    /** @return a copy of the entry as received, including fields this SDK version does not know */
    public JsonObject rawJson() {
        return rawJson.deepCopy();
    }

    /**
     * @return the entry in one line, {@code code at path.to.field: message}, each part only when the entry has it
     *     (path segments joined with dots)
     */
    public String summary() {
        return code + (path.isEmpty() ? "" : " at " + String.join(".", path)) + (message == null ? "" : ": " + message);
    }

    /** @return a builder with every optional field empty, no path and an empty raw entry */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.code = code;
        builder.message = message;
        builder.path = path;
        builder.objectApiName = objectApiName;
        builder.attributeApiName = attributeApiName;
        builder.rawJson = rawJson;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof BadRequestError that
                && code.equals(that.code)
                && Objects.equals(message, that.message)
                && path.equals(that.path)
                && Objects.equals(objectApiName, that.objectApiName)
                && Objects.equals(attributeApiName, that.attributeApiName)
                && rawJson.equals(that.rawJson);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, message, path, objectApiName, attributeApiName, rawJson);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "BadRequestError[code=" + code
                + ", message=" + message()
                + ", path=" + path
                + ", objectApiName=" + objectApiName()
                + ", attributeApiName=" + attributeApiName()
                + ", rawJson=" + rawJson + "]";
    }

    /** Builds a {@link BadRequestError}; {@link #build()} checks that the code is set. */
    public static final class Builder {
        private @Nullable String code;
        private @Nullable String message;
        private List<String> path = List.of();
        private @Nullable String objectApiName;
        private @Nullable String attributeApiName;
        private JsonObject rawJson = new JsonObject();

        private Builder() {}

        /**
         * @param code a machine-readable error code, empty when the entry had none; required
         * @return this builder
         */
        public Builder code(String code) {
            this.code = Objects.requireNonNull(code, "code");
            return this;
        }

        /**
         * @param message what is wrong, in words; {@code null} for none
         * @return this builder
         */
        public Builder message(@Nullable String message) {
            this.message = message;
            return this;
        }

        /**
         * @param path where in the request the problem is, copied when built; empty unless set
         * @return this builder
         */
        public Builder path(List<String> path) {
            this.path = Objects.requireNonNull(path, "path");
            return this;
        }

        /**
         * @param objectApiName the API name of the object concerned; {@code null} for none
         * @return this builder
         */
        public Builder objectApiName(@Nullable String objectApiName) {
            this.objectApiName = objectApiName;
            return this;
        }

        /**
         * @param attributeApiName the API name of the attribute concerned; {@code null} for none
         * @return this builder
         */
        public Builder attributeApiName(@Nullable String attributeApiName) {
            this.attributeApiName = attributeApiName;
            return this;
        }

        /**
         * @param rawJson the entry as received, copied when built; an empty object unless set
         * @return this builder
         */
        public Builder rawJson(JsonObject rawJson) {
            this.rawJson = Objects.requireNonNull(rawJson, "rawJson");
            return this;
        }

        /**
         * @return a new {@code BadRequestError}
         * @throws IllegalStateException if the code was not set
         * @throws NullPointerException if a path segment is null
         */
        public BadRequestError build() {
            return new BadRequestError(this);
        }
    }
}
