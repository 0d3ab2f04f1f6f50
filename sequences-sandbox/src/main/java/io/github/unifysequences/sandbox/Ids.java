package io.github.unifysequences.sandbox;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * UUID helpers. Enrollment steps, email versions and messages are not stored: their ids are
 * derived from the enrollment id by XOR-ing the random bits, which keeps version/variant bits
 * valid and lets the store resolve a step id back to its enrollment without an index.
 */
final class Ids {
    /** Leaves the variant bits (top two of the low word) untouched. */
    private static final long LOW_BITS = 0x3FFF_FFFF_FFFF_FFFFL;
    /** Leaves the version nibble (bits 12..15 of the high word) untouched. */
    private static final long HIGH_MASK = 0xFFFF_FFFF_FFFF_0FFFL;

    private static final long GOLDEN = 0x9E37_79B9_7F4A_7C15L;

    private Ids() {}

    /** A version-4 UUID drawn from a seeded generator, so seeds are reproducible. */
    static UUID random(SplittableRandom random) {
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & LOW_BITS) | Long.MIN_VALUE;
        return new UUID(msb, lsb);
    }

    /** The id of step {@code number} (1-based) of an enrollment. */
    static UUID enrollmentStep(UUID enrollmentId, int number) {
        return new UUID(
                enrollmentId.getMostSignificantBits(),
                enrollmentId.getLeastSignificantBits() ^ ((number * GOLDEN) & LOW_BITS));
    }

    /** Inverse of {@link #enrollmentStep} for a guessed step number. */
    static UUID enrollmentOfStep(UUID stepId, int number) {
        return enrollmentStep(stepId, number);
    }

    /** Another stable id derived from {@code base}; {@code salt} distinguishes the kinds. */
    static UUID derived(UUID base, int salt) {
        long mix = (salt * GOLDEN) ^ (salt * 0xC2B2_AE3D_27D4_EB4FL);
        return new UUID(
                base.getMostSignificantBits() ^ (mix & HIGH_MASK),
                base.getLeastSignificantBits() ^ (Long.rotateLeft(mix, 17) & LOW_BITS));
    }

    /** A small stable pseudo-random number derived from an id (for opens/clicks, categories ...). */
    static int hash(UUID id, int bound) {
        long h = id.getLeastSignificantBits() * GOLDEN ^ id.getMostSignificantBits();
        return (int) Math.floorMod(h ^ (h >>> 29), (long) bound);
    }
}
