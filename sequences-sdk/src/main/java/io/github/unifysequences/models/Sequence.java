package io.github.unifysequences.models;

import com.google.gson.JsonObject;
import io.github.unifysequences.internal.Required;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A sequence: an ordered set of outreach steps (emails and tasks) that enrolled people move through.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class Sequence {
    private final UUID id;
    private final OffsetDateTime createdAt;
    private final OffsetDateTime updatedAt;
    private final SequenceOwner owner;
    private final String name;
    private final boolean isPaused;
    private final @Nullable SendSchedule sendSchedule;
    private final @Nullable SequenceRuleset ruleset;
    private final RawJson rawJson;

    private Sequence(Builder builder) {
        this.id = Required.field(builder.id, "Sequence", "id");
        this.createdAt = Required.field(builder.createdAt, "Sequence", "createdAt");
        this.updatedAt = Required.field(builder.updatedAt, "Sequence", "updatedAt");
        this.owner = Required.field(builder.owner, "Sequence", "owner");
        this.name = Required.field(builder.name, "Sequence", "name");
        this.isPaused = builder.isPaused;
        this.sendSchedule = builder.sendSchedule;
        this.ruleset = builder.ruleset;
        this.rawJson = builder.rawJson;
    }

    /** @return the sequence id */
    public UUID id() {
        return id;
    }

    /** @return when the sequence was created */
    public OffsetDateTime createdAt() {
        return createdAt;
    }

    /** @return when the sequence was last changed */
    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    /** @return the user who owns the sequence */
    public SequenceOwner owner() {
        return owner;
    }

    /** @return the display name */
    public String name() {
        return name;
    }

    /** @return whether the sequence is paused; paused sequences send nothing */
    public boolean isPaused() {
        return isPaused;
    }

    /** @return the schedule that decides when emails may go out, if one is set */
    public Optional<SendSchedule> sendSchedule() {
        return Optional.ofNullable(sendSchedule);
    }

    /** @return the enrollment rules (task assignment, opt-out text, re-enrollment), if one is set */
    public Optional<SequenceRuleset> ruleset() {
        return Optional.ofNullable(ruleset);
    }

    /** @return the sequence as received, including fields this SDK version does not know */
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
        builder.createdAt = createdAt;
        builder.updatedAt = updatedAt;
        builder.owner = owner;
        builder.name = name;
        builder.isPaused = isPaused;
        builder.sendSchedule = sendSchedule;
        builder.ruleset = ruleset;
        builder.rawJson = rawJson;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Sequence that
                && Objects.equals(id, that.id)
                && Objects.equals(createdAt, that.createdAt)
                && Objects.equals(updatedAt, that.updatedAt)
                && Objects.equals(owner, that.owner)
                && Objects.equals(name, that.name)
                && isPaused == that.isPaused
                && Objects.equals(sendSchedule, that.sendSchedule)
                && Objects.equals(ruleset, that.ruleset)
                && Objects.equals(rawJson, that.rawJson);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, createdAt, updatedAt, owner, name, isPaused, sendSchedule, ruleset, rawJson);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "Sequence[" + "id=" + id()
                + ", createdAt=" + createdAt()
                + ", updatedAt=" + updatedAt()
                + ", owner=" + owner()
                + ", name=" + name()
                + ", isPaused=" + isPaused()
                + ", sendSchedule=" + sendSchedule()
                + ", ruleset=" + ruleset()
                + ", rawJson=" + rawJson() + "]";
    }

    /** Builds a {@link Sequence}, for tests and fixtures; {@link #build()} checks that every required field is set. */
    public static final class Builder {
        private @Nullable UUID id;
        private @Nullable OffsetDateTime createdAt;
        private @Nullable OffsetDateTime updatedAt;
        private @Nullable SequenceOwner owner;
        private @Nullable String name;
        private boolean isPaused;
        private @Nullable SendSchedule sendSchedule;
        private @Nullable SequenceRuleset ruleset;
        private RawJson rawJson = RawJson.of(new JsonObject());

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
         * @param createdAt when the sequence was created; required
         * @return this builder
         */
        public Builder createdAt(OffsetDateTime createdAt) {
            this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
            return this;
        }

        /**
         * @param updatedAt when the sequence was last changed; required
         * @return this builder
         */
        public Builder updatedAt(OffsetDateTime updatedAt) {
            this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
            return this;
        }

        /**
         * @param owner the user who owns the sequence; required
         * @return this builder
         */
        public Builder owner(SequenceOwner owner) {
            this.owner = Objects.requireNonNull(owner, "owner");
            return this;
        }

        /**
         * @param name the display name; required
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * @param isPaused whether the sequence is paused; paused sequences send nothing
         * @return this builder
         */
        public Builder isPaused(boolean isPaused) {
            this.isPaused = isPaused;
            return this;
        }

        /**
         * @param sendSchedule the schedule that decides when emails may go out, if one is set; {@code null} for none
         * @return this builder
         */
        public Builder sendSchedule(@Nullable SendSchedule sendSchedule) {
            this.sendSchedule = sendSchedule;
            return this;
        }

        /**
         * @param ruleset the enrollment rules (task assignment, opt-out text, re-enrollment), if one is set; {@code
         *     null} for none
         * @return this builder
         */
        public Builder ruleset(@Nullable SequenceRuleset ruleset) {
            this.ruleset = ruleset;
            return this;
        }

        /**
         * @param rawJson the sequence as received, including fields this SDK version does not know; an empty object
         *     unless set
         * @return this builder
         */
        public Builder rawJson(RawJson rawJson) {
            this.rawJson = Objects.requireNonNull(rawJson, "rawJson");
            return this;
        }

        /**
         * @return a new {@code Sequence}
         * @throws IllegalStateException if a required field ({@code id}, {@code createdAt}, {@code updatedAt},
         *     {@code owner}, {@code name}) was not set
         */
        public Sequence build() {
            return new Sequence(this);
        }
    }
}
