package io.github.unifysequences.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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

    /** The first enrollments take these outcomes so that even a tiny seed has every status and flag. */
    private enum Outcome { IN_PROGRESS, DRAFT_PENDING, REPLIED, BOUNCED, CANCELED, PAUSED, OPTED_OUT, BLOCKED,
        COMPLETED, DRAFT, EXCLUDED }

    private static final Set<Outcome> ACTIVE =
            EnumSet.of(Outcome.IN_PROGRESS, Outcome.DRAFT_PENDING, Outcome.PAUSED, Outcome.DRAFT);

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
            Model.User owner = mailboxes.isEmpty() ? null : mailboxes.get(i % mailboxes.size()).user();
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
            Model.Play play = store.plays.isEmpty() || random.nextInt(10) >= 4 ? null
                    : store.plays.get(random.nextInt(store.plays.size()));
            Outcome outcome = k < outcomes.length ? outcomes[k] : randomOutcome();
            // Keeps one active enrollment per person, and none for people who cannot be emailed; an
            // opt-out would have ended the person's active enrollment, so it only hits people without one.
            boolean busy = store.activeEnrollmentOf(person) != null;
            if (ACTIVE.contains(outcome) && (busy || !person.emailable()) || outcome == Outcome.OPTED_OUT && busy) {
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
        if (roll < 30) {
            return Outcome.IN_PROGRESS;
        } else if (roll < 35) {
            return Outcome.PAUSED;
        } else if (roll < 42) {
            return Outcome.DRAFT_PENDING;
        } else if (roll < 45) {
            return Outcome.DRAFT;
        } else if (roll < 62) {
            return Outcome.COMPLETED;
        } else if (roll < 80) {
            return Outcome.REPLIED;
        } else if (roll < 85) {
            return Outcome.BOUNCED;
        } else if (roll < 93) {
            return Outcome.CANCELED;
        } else if (roll < 96) {
            return Outcome.BLOCKED;
        } else if (roll < 98) {
            return Outcome.EXCLUDED;
        }
        return Outcome.OPTED_OUT;
    }

    private Enrollment build(int index, SequenceDef sequence, Model.Person person, Model.Mailbox mailbox,
                             Model.Play play, Outcome outcome, long created) {
        int steps = sequence.steps.size();
        long started = created + HOUR + random.nextLong(2 * DAY);
        long ended = started + DAY + random.nextLong(20 * DAY);
        int version = 1 + random.nextInt(5);
        int step = random.nextInt(steps);
        Enums.EnrollmentStatus status = Enums.EnrollmentStatus.FINISHED;
        int flags = 0;
        switch (outcome) {
            case DRAFT_PENDING:
                flags = Enrollment.APPROVAL_PENDING;
                status = Enums.EnrollmentStatus.DRAFT;
                break;
            case DRAFT:
                status = Enums.EnrollmentStatus.DRAFT;
                break;
            case IN_PROGRESS:
                status = Enums.EnrollmentStatus.IN_PROGRESS;
                break;
            case PAUSED:
                status = Enums.EnrollmentStatus.IN_PROGRESS;
                flags = Enrollment.PAUSED;
                break;
            case REPLIED:
                flags = Enrollment.REPLIED;
                break;
            case BOUNCED:
                flags = Enrollment.BOUNCED;
                break;
            case CANCELED:
                flags = Enrollment.CANCELED;
                break;
            case BLOCKED:
                flags = Enrollment.BLOCKED;
                break;
            case OPTED_OUT:
                flags = Enrollment.OPTED_OUT;
                break;
            case EXCLUDED:
                flags = Enrollment.EXCLUDED;
                step = steps - 1;
                break;
            default:
                step = steps - 1;
        }
        boolean draft = status == Enums.EnrollmentStatus.DRAFT;
        boolean finished = status == Enums.EnrollmentStatus.FINISHED;
        long updated = draft ? created : finished ? ended : started + random.nextLong(DAY);
        return new Enrollment(Ids.random(random), index, sequence, person, mailbox, play, status, flags, created,
                updated, draft ? Json.NO_TIME : started, finished ? ended : Json.NO_TIME, version, draft ? 0 : step);
    }
}
