package io.github.unifysequences.sandbox;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Reads and changes a running sandbox's data directly, bypassing HTTP: find seeded entities for a
 * test (people free to enroll, opted-out people, drafts awaiting approval ...), add your own, and
 * drive what the API cannot, such as a reply or a bounce ending an enrollment.
 */
public final class SandboxData {
    /** How {@link #endEnrollment} ends an active enrollment. */
    public enum Outcome {
        /** Every step done. */
        COMPLETED,
        /** The person replied ({@code is_replied}). */
        REPLIED,
        /** An email bounced ({@code is_bounced}). */
        BOUNCED,
        /** The person opted out ({@code is_opted_out}); the person is marked opted out too. */
        OPTED_OUT,
        /** Sending was blocked ({@code is_blocked}). */
        BLOCKED
    }

    private final Store store;
    private final SandboxClock clock;
    private final SplittableRandom random = new SplittableRandom();

    SandboxData(Store store, SandboxClock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Ids of the sequences that are not deleted, in creation order. */
    public List<UUID> sequenceIds() {
        return store.read(() -> store.sequences.stream().filter(s -> !s.deleted).map(s -> s.id)
                .collect(Collectors.toList()));
    }

    /** Ids of the sequences whose new enrollments start as drafts awaiting approval. */
    public List<UUID> approvalSequenceIds() {
        return store.read(() -> store.sequences.stream().filter(s -> !s.deleted && s.requiresApproval)
                .map(s -> s.id).collect(Collectors.toList()));
    }

    /** Email addresses of the mailboxes, usable as {@code mailbox_emails}. */
    public List<String> mailboxEmails() {
        return store.read(() -> store.mailboxes.stream().map(Model.Mailbox::email).collect(Collectors.toList()));
    }

    /** Ids of the plays. */
    public List<UUID> playIds() {
        return store.read(() -> store.plays.stream().map(Model.Play::id).collect(Collectors.toList()));
    }

    /** People who may be enrolled right now: emailable and without an active enrollment. */
    public List<UUID> enrollablePersonIds() {
        return people(p -> p.emailable() && store.activeEnrollmentOf(p) == null);
    }

    /** People who opted out of email. */
    public List<UUID> optedOutPersonIds() {
        return people(p -> p.optedOut);
    }

    /** People marked do-not-email (and not opted out). */
    public List<UUID> doNotEmailPersonIds() {
        return people(p -> p.doNotEmail && !p.optedOut);
    }

    private List<UUID> people(Predicate<Model.Person> filter) {
        return store.read(() -> store.people.stream().filter(filter).map(p -> p.id).collect(Collectors.toList()));
    }

    /** The person's active (draft or in-progress, not canceled) enrollment, if any. */
    public Optional<UUID> activeEnrollmentOf(UUID personId) {
        return store.read(() -> {
            Model.Person p = store.person(personId);
            Enrollment e = p == null ? null : store.activeEnrollmentOf(p);
            return Optional.ofNullable(e == null ? null : e.id);
        });
    }

    /** Ids of the active enrollments. */
    public List<UUID> activeEnrollmentIds() {
        return enrollments(Enrollment::isActive);
    }

    /** Ids of the drafts awaiting approval ({@code is_draft_approval_pending}). */
    public List<UUID> approvalPendingEnrollmentIds() {
        return enrollments(e -> e.has(Enrollment.APPROVAL_PENDING));
    }

    private List<UUID> enrollments(Predicate<Enrollment> filter) {
        return store.read(() -> IntStream.range(0, store.enrollmentCount()).mapToObj(store::enrollmentAt)
                .filter(filter).map(e -> e.id).collect(Collectors.toList()));
    }

    /** The number of enrollments of every status. */
    public int enrollmentCount() {
        return store.read(store::enrollmentCount);
    }

    /** Adds an emailable person without a company and returns its id. */
    public UUID addPerson(String email, String firstName, String lastName) {
        Model.Person p = new Model.Person(UUID.randomUUID(), email, firstName, lastName, null, null);
        return store.write(() -> {
            store.addPerson(p);
            return p.id;
        });
    }

    /** Marks a person opted out (or not); opted-out people cannot be enrolled or approved. */
    public void setOptedOut(UUID personId, boolean optedOut) {
        requirePerson(personId).optedOut = optedOut;
    }

    /** Marks a person do-not-email (or not); such people cannot be enrolled or approved. */
    public void setDoNotEmail(UUID personId, boolean doNotEmail) {
        requirePerson(personId).doNotEmail = doNotEmail;
    }

    private Model.Person requirePerson(UUID personId) {
        Model.Person p = store.read(() -> store.person(personId));
        if (p == null) {
            throw new IllegalArgumentException("No person " + personId);
        }
        return p;
    }

    /** Adds a mailbox (usable in {@code mailbox_emails}) and returns its id. */
    public UUID addMailbox(String email, String displayName) {
        UUID id = UUID.randomUUID();
        Model.Mailbox m = new Model.Mailbox(id, email, displayName,
                new Model.User(UUID.randomUUID(), email, displayName, null));
        return store.write(() -> {
            store.addMailbox(m);
            return id;
        });
    }

    /** Adds a play and returns its id. */
    public UUID addPlay(String name) {
        Model.Play play = new Model.Play(UUID.randomUUID(), name);
        return store.write(() -> {
            store.addPlay(play);
            return play.id();
        });
    }

    /**
     * Adds a sequence with a generated step layout and returns its id; with {@code requiresApproval}
     * its new enrollments start as drafts awaiting approval, otherwise they start IN_PROGRESS.
     */
    public UUID addSequence(String name, boolean requiresApproval) {
        return store.write(() -> {
            Model.User owner = store.mailboxes.isEmpty() ? new Model.User(UUID.randomUUID(),
                    "owner@unifygtm-demo.com", "Sandbox", "Owner") : store.mailboxes.get(0).user();
            SequenceDef generated = Sequences.create(random, store.sequences.size(), clock.millis(), owner,
                    requiresApproval);
            SequenceDef s = new SequenceDef(generated.id, name, generated.createdAt, owner, generated.steps,
                    requiresApproval, generated.sendSchedule, generated.ruleset, generated.version);
            store.addSequence(s);
            return s.id;
        });
    }

    /**
     * Ends an active enrollment as if the outcome happened now (status FINISHED, the matching flag set).
     *
     * @throws IllegalArgumentException if the enrollment does not exist or is not active
     */
    public void endEnrollment(UUID enrollmentId, Outcome outcome) {
        store.write(() -> {
            Enrollment e = store.enrollment(enrollmentId);
            if (e == null || !e.isActive()) {
                throw new IllegalArgumentException("No active enrollment " + enrollmentId);
            }
            int flag;
            switch (outcome) {
                case REPLIED: flag = Enrollment.REPLIED; break;
                case BOUNCED: flag = Enrollment.BOUNCED; break;
                case OPTED_OUT: flag = Enrollment.OPTED_OUT; break;
                case BLOCKED: flag = Enrollment.BLOCKED; break;
                default: flag = 0;
            }
            if (outcome == Outcome.OPTED_OUT) {
                e.person.optedOut = true;
            }
            store.replace(e.finished(flag, clock.millis()));
            return e;
        });
    }
}
