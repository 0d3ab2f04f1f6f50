package io.github.unifysequences.sandbox;

import java.util.Locale;

/**
 * How much data a seed generates. {@link #SMALL} is for demos and tests (every status and flag,
 * opted-out and do-not-email people, drafts awaiting approval, people free to enroll); {@link #LARGE}
 * is for benchmarks (1,000,000 enrollments); {@link #custom} sizes anything in between.
 */
public final class SeedSize {
    /** No data at all: add your own through {@link SandboxData}. */
    public static final SeedSize EMPTY = new SeedSize("empty", 0, 0, 0, 0, 0);
    /** 5 sequences, 40 people, 4 mailboxes, 3 plays, 30 enrollments. */
    public static final SeedSize SMALL = new SeedSize("small", 5, 40, 4, 3, 30);
    /** 200 sequences, 250,000 people, 50 mailboxes, 20 plays, 1,000,000 enrollments. */
    public static final SeedSize LARGE = new SeedSize("large", 200, 250_000, 50, 20, 1_000_000);

    final String name;
    final int sequences;
    final int people;
    final int mailboxes;
    final int plays;
    final int enrollments;

    private SeedSize(String name, int sequences, int people, int mailboxes, int plays, int enrollments) {
        this.name = name;
        this.sequences = sequences;
        this.people = people;
        this.mailboxes = mailboxes;
        this.plays = plays;
        this.enrollments = enrollments;
    }

    /**
     * A size of your choosing, with a mailbox and play count scaled like the presets.
     *
     * @param sequences the number of sequences, at least 1
     * @param people the number of people, at least 1
     * @param enrollments the number of enrollments, at least 0
     * @return the size
     * @throws IllegalArgumentException if a count is out of range
     */
    public static SeedSize custom(int sequences, int people, int enrollments) {
        if (sequences < 1 || people < 1 || enrollments < 0) {
            throw new IllegalArgumentException("Need at least one sequence and one person");
        }
        return new SeedSize("custom", sequences, people, Math.max(2, Math.min(50, people / 100)), 5, enrollments);
    }

    /**
     * {@code "empty"}, {@code "small"} or {@code "large"} (case-insensitive), as the CLI's {@code --size}.
     *
     * @param name the preset's name
     * @return the preset
     * @throws IllegalArgumentException if no preset has that name
     */
    public static SeedSize named(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "empty":
                return EMPTY;
            case "small":
                return SMALL;
            case "large":
                return LARGE;
            default:
                throw new IllegalArgumentException("Unknown size " + name + " (empty, small, large)");
        }
    }

    @Override
    public String toString() {
        return name + "(" + sequences + " sequences, " + people + " people, " + enrollments + " enrollments)";
    }
}
