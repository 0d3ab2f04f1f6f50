package io.github.unifysequences.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fills a store deterministically from a seed: same seed and size, same ids and values, whatever
 * the clock says (seed data lives in 2025). Enrollments are created in ascending created_at order,
 * and each person has at most one active enrollment.
 */
final class SeedGenerator {
    static final long EPOCH = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
    private static final long SPAN = Duration.ofDays(365).toMillis();
    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final long DAY = Duration.ofDays(1).toMillis();

    /**
     * What a seeded enrollment looks like, with its share (percent) of random enrollments. The first
     * enrollments take these outcomes in order, so that even a tiny seed has every status and flag.
     */
    private enum Outcome {
        IN_PROGRESS(Enums.EnrollmentStatus.IN_PROGRESS, 0, 30),
        DRAFT_PENDING(Enums.EnrollmentStatus.DRAFT, Enrollment.APPROVAL_PENDING, 7),
        REPLIED(Enums.EnrollmentStatus.FINISHED, Enrollment.REPLIED, 18),
        BOUNCED(Enums.EnrollmentStatus.FINISHED, Enrollment.BOUNCED, 5),
        CANCELED(Enums.EnrollmentStatus.FINISHED, Enrollment.CANCELED, 8),
        PAUSED(Enums.EnrollmentStatus.IN_PROGRESS, Enrollment.PAUSED, 5),
        OPTED_OUT(Enums.EnrollmentStatus.FINISHED, Enrollment.OPTED_OUT, 2),
        BLOCKED(Enums.EnrollmentStatus.FINISHED, Enrollment.BLOCKED, 3),
        COMPLETED(Enums.EnrollmentStatus.FINISHED, 0, 17),
        DRAFT(Enums.EnrollmentStatus.DRAFT, 0, 3),
        EXCLUDED(Enums.EnrollmentStatus.FINISHED, Enrollment.EXCLUDED, 2);

        final Enums.EnrollmentStatus status;
        final int flags;
        final int percent;

        Outcome(Enums.EnrollmentStatus status, int flags, int percent) {
            this.status = status;
            this.flags = flags;
            this.percent = percent;
        }

        boolean active() {
            return status != Enums.EnrollmentStatus.FINISHED;
        }

        /** Ended by running out of steps, not by an event part-way. */
        boolean ranEveryStep() {
            return this == COMPLETED || this == EXCLUDED;
        }
    }

    private final SplittableRandom random;
    private final SeedSize size;

    SeedGenerator(long seed, SeedSize size) {
        this.random = new SplittableRandom(seed);
        this.size = size;
    }

    /** People never given an enrollment by the seed, so tests and demos can enroll them. */
    static int freePeople(SeedSize size) {
        return Math.min(size.people / 4, Math.max(10, size.people / 250));
    }

    void populate(Store store) {
        List<Model.Mailbox> mailboxes = new ArrayList<>();
        for (int i = 0; i < size.mailboxes; i++) {
            Model.Mailbox m = SeedData.mailbox(Ids.random(random), Ids.random(random), i);
            mailboxes.add(m);
            store.addMailbox(m);
        }
        for (int i = 0; i < size.plays; i++) {
            store.addPlay(new Model.Play(Ids.random(random), SeedData.unique(SeedData.PLAYS, i)));
        }
        for (int i = 0; i < size.sequences; i++) {
            Model.User owner = mailboxes.isEmpty()
                    ? null
                    : mailboxes.get(i % mailboxes.size()).user();
            SequenceDef s = Sequences.create(random, i, EPOCH - DAY * (size.sequences - i), owner, i % 3 == 1);
            s.paused = i % 5 == 2;
            store.addSequence(s);
        }
        List<Model.Company> companies = new ArrayList<>();
        for (int i = 0; i < Math.max(1, size.people / 5); i++) {
            companies.add(SeedData.company(Ids.random(random), i));
        }
        for (int i = 0; i < size.people; i++) {
            Model.Company company = random.nextInt(10) == 0 ? null : companies.get(random.nextInt(companies.size()));
            Model.Person p = SeedData.person(random, Ids.random(random), i, company);
            // The first free people stay emailable; later ones may not be, to show both cases.
            int roll = random.nextInt(100);
            p.optedOut = i >= 5 && roll < 6;
            p.doNotEmail = i >= 5 && roll >= 6 && roll < 10;
            store.addPerson(p);
        }
        if (size.enrollments > 0) {
            enroll(store, mailboxes);
        }
    }

    private void enroll(Store store, List<Model.Mailbox> mailboxes) {
        store.ensureCapacity(size.enrollments);
        int free = freePeople(size);
        Outcome[] outcomes = Outcome.values();
        Enrollment lastPending = null;
        for (int k = 0; k < size.enrollments; k++) {
            long created = EPOCH + SPAN * k / size.enrollments;
            SequenceDef sequence = store.sequences.get(random.nextInt(store.sequences.size()));
            Model.Person person = store.people.get(free + random.nextInt(store.people.size() - free));
            Model.Mailbox mailbox = mailboxes.get(random.nextInt(mailboxes.size()));
            Model.Play play = store.plays.isEmpty() || random.nextInt(10) >= 4
                    ? null
                    : store.plays.get(random.nextInt(store.plays.size()));
            Outcome outcome = k < outcomes.length ? outcomes[k] : randomOutcome();
            // Keeps one active enrollment per person, and none for people who cannot be emailed; an
            // opt-out would have ended the person's active enrollment, so it only hits people without one.
            boolean busy = store.activeEnrollmentOf(person) != null;
            if (outcome.active() && (busy || !person.emailable()) || outcome == Outcome.OPTED_OUT && busy) {
                outcome = Outcome.COMPLETED;
            }
            Enrollment e = build(store.nextEnrollmentIndex(), sequence, person, mailbox, play, outcome, created);
            if (outcome == Outcome.OPTED_OUT) {
                person.optedOut = true;
            }
            store.addEnrollment(e);
            if (outcome == Outcome.DRAFT_PENDING) {
                lastPending = e;
            }
        }
        // One draft awaiting approval whose person became do-not-email afterwards: approving it is a 400.
        if (lastPending != null && size.enrollments < 1000) {
            lastPending.person.doNotEmail = true;
        }
    }

    private Outcome randomOutcome() {
        int roll = random.nextInt(100);
        for (Outcome outcome : Outcome.values()) {
            roll -= outcome.percent;
            if (roll < 0) {
                return outcome;
            }
        }
        throw new IllegalStateException("Outcome percentages must add up to 100");
    }

    private Enrollment build(
            int index,
            SequenceDef sequence,
            Model.Person person,
            Model.Mailbox mailbox,
            Model.Play play,
            Outcome outcome,
            long created) {
        int steps = sequence.steps.size();
        long started = created + HOUR + random.nextLong(2 * DAY);
        long ended = started + DAY + random.nextLong(20 * DAY);
        int version = 1 + random.nextInt(5);
        int step = outcome.ranEveryStep() ? steps - 1 : random.nextInt(steps);
        Enums.EnrollmentStatus status = outcome.status;
        boolean draft = status == Enums.EnrollmentStatus.DRAFT;
        boolean finished = status == Enums.EnrollmentStatus.FINISHED;
        long updated = draft ? created : finished ? ended : started + random.nextLong(DAY);
        return new Enrollment(
                Ids.random(random),
                index,
                sequence,
                person,
                mailbox,
                play,
                status,
                outcome.flags,
                created,
                updated,
                draft ? Json.NO_TIME : started,
                finished ? ended : Json.NO_TIME,
                version,
                draft ? 0 : step);
    }
}
