package io.github.unifysequences.sandbox;

import java.util.UUID;

/**
 * One enrollment, immutable: a change stores a new instance in the same slot. That keeps the
 * 1M-row seed compact (flags in one int, times as epoch millis) and lets query-job snapshots and
 * list pages hold references without copying or locking while they render.
 */
final class Enrollment {
    static final int BLOCKED = 1;
    static final int BOUNCED = 1 << 1;
    static final int CANCELED = 1 << 2;
    static final int EXCLUDED = 1 << 3;
    static final int OPTED_OUT = 1 << 4;
    static final int PAUSED = 1 << 5;
    static final int REPLIED = 1 << 6;
    static final int APPROVAL_PENDING = 1 << 7;

    final UUID id;
    /** Position in the store's creation-ordered list; the keyset for pagination. */
    final int index;

    final SequenceDef sequence;
    final Model.Person person;
    final Model.Mailbox mailbox;
    final Model.Play play;
    final Enums.EnrollmentStatus status;
    final int flags;
    final long createdAt;
    final long updatedAt;
    final long startedAt;
    final long endedAt;
    final int version;
    /** Zero-based index of the step the enrollment is on while IN_PROGRESS. */
    final int currentStep;

    Enrollment(
            UUID id,
            int index,
            SequenceDef sequence,
            Model.Person person,
            Model.Mailbox mailbox,
            Model.Play play,
            Enums.EnrollmentStatus status,
            int flags,
            long createdAt,
            long updatedAt,
            long startedAt,
            long endedAt,
            int version,
            int currentStep) {
        this.id = id;
        this.index = index;
        this.sequence = sequence;
        this.person = person;
        this.mailbox = mailbox;
        this.play = play;
        this.status = status;
        this.flags = flags;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.version = version;
        this.currentStep = currentStep;
    }

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** Active enrollments block a second enrollment of the same person. */
    boolean isActive() {
        return status != Enums.EnrollmentStatus.FINISHED && !has(CANCELED);
    }

    Enrollment withFlags(int newFlags, long now) {
        return new Enrollment(
                id,
                index,
                sequence,
                person,
                mailbox,
                play,
                status,
                newFlags,
                createdAt,
                now,
                startedAt,
                endedAt,
                version + 1,
                currentStep);
    }

    Enrollment started(long now) {
        return new Enrollment(
                id,
                index,
                sequence,
                person,
                mailbox,
                play,
                Enums.EnrollmentStatus.IN_PROGRESS,
                flags & ~APPROVAL_PENDING,
                createdAt,
                now,
                now,
                endedAt,
                version + 1,
                0);
    }

    /**
     * Ends the enrollment with the flags of what ended it (cancel, reply, bounce, opt-out, block);
     * without any, it ran out of steps, so it ends on the last one.
     */
    Enrollment finished(int addedFlags, long now) {
        return new Enrollment(
                id,
                index,
                sequence,
                person,
                mailbox,
                play,
                Enums.EnrollmentStatus.FINISHED,
                (flags | addedFlags) & ~(APPROVAL_PENDING | PAUSED),
                createdAt,
                now,
                startedAt,
                now,
                version + 1,
                addedFlags == 0 ? sequence.steps.size() - 1 : currentStep);
    }
}
