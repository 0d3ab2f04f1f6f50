package io.github.unifysequences.models;

import io.github.unifysequences.internal.Required;
import java.time.LocalTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A time of day during which emails may be sent, in the schedule's time zone.
 *
 * <p>Instances come from the API (through the client, or {@link UnifyJson} for stored payloads) or from
 * {@link #builder()}; there is no public constructor, so a field the API adds is an addition here, not a break.
 */
public final class SendWindow {
    private final LocalTime start;
    private final LocalTime end;

    private SendWindow(Builder builder) {
        this.start = Required.field(builder.start, "SendWindow", "start");
        this.end = Required.field(builder.end, "SendWindow", "end");
    }

    /** @return when the window opens */
    public LocalTime start() {
        return start;
    }

    /** @return when the window closes */
    public LocalTime end() {
        return end;
    }

    /** @return a builder with every optional field empty, every flag false and every list empty */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.start = start;
        builder.end = end;
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SendWindow that && Objects.equals(start, that.start) && Objects.equals(end, that.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end);
    }

    /** @return the fields, in the form a record would print them */
    @Override
    public String toString() {
        return "SendWindow[" + "start=" + start() + ", end=" + end() + "]";
    }

    /**
     * Builds a {@link SendWindow}, for tests and fixtures; {@link #build()} checks that every required field is
     *     set.
     */
    public static final class Builder {
        private @Nullable LocalTime start;
        private @Nullable LocalTime end;

        private Builder() {}

        /**
         * @param start when the window opens; required
         * @return this builder
         */
        public Builder start(LocalTime start) {
            this.start = Objects.requireNonNull(start, "start");
            return this;
        }

        /**
         * @param end when the window closes; required
         * @return this builder
         */
        public Builder end(LocalTime end) {
            this.end = Objects.requireNonNull(end, "end");
            return this;
        }

        /**
         * @return a new {@code SendWindow}
         * @throws IllegalStateException if a required field ({@code start}, {@code end}) was not set
         */
        public SendWindow build() {
            return new SendWindow(this);
        }
    }
}
