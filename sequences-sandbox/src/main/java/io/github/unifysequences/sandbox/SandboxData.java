package io.github.unifysequences.sandbox;

import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /**
     * Ids of the sequences that are not deleted, in creation order.
     *
     * @return a new list of sequence ids
     */
    public List<UUID> sequenceIds() {
        return store.read(() ->
                store.sequences.stream().filter(s -> !s.deleted).map(s -> s.id).collect(Collectors.toList()));
    }

    /**
     * Ids of the sequences whose new enrollments start as drafts awaiting approval.
     *
     * @return a new list of sequence ids
     */
    public List<UUID> approvalSequenceIds() {
        return store.read(() -> store.sequences.stream()
                .filter(s -> !s.deleted && s.requiresApproval)
                .map(s -> s.id)
                .collect(Collectors.toList()));
    }

    /**
     * Email addresses of the mailboxes, usable as {@code mailbox_emails}.
     *
     * @return a new list of email addresses
     */
    public List<String> mailboxEmails() {
        return store.read(
                () -> store.mailboxes.stream().map(Model.Mailbox::email).collect(Collectors.toList()));
    }

    /**
     * Ids of the plays.
     *
     * @return a new list of play ids
     */
    public List<UUID> playIds() {
        return store.read(() -> store.plays.stream().map(Model.Play::id).collect(Collectors.toList()));
    }

    /**
     * People who may be enrolled in any sequence right now: emailable, without an active enrollment, and without
     * an ended one in a sequence whose ruleset limits re-enrollment (so no sequence's rules refuse them).
     *
     * @return a new list of person ids
     */
    public List<UUID> enrollablePersonIds() {
        Set<Model.Person> limited = store.read(store::peopleWithLimitedReenrollment);
        return people(p -> p.emailable() && store.activeEnrollmentOf(p) == null && !limited.contains(p));
    }

    /**
     * People who opted out of email.
     *
     * @return a new list of person ids
     */
    public List<UUID> optedOutPersonIds() {
        return people(p -> p.optedOut);
    }

    /**
     * People marked do-not-email (and not opted out).
     *
     * @return a new list of person ids
     */
    public List<UUID> doNotEmailPersonIds() {
        return people(p -> p.doNotEmail && !p.optedOut);
    }

    private List<UUID> people(Predicate<Model.Person> filter) {
        return store.read(
                () -> store.people.stream().filter(filter).map(p -> p.id).collect(Collectors.toList()));
    }

    /**
     * The person's active (draft or in-progress, not canceled) enrollment, if any.
     *
     * @param personId a person's id
     * @return the active enrollment's id; empty if there is none or no such person
     */
    public Optional<UUID> activeEnrollmentOf(UUID personId) {
        return store.read(() -> {
            Model.Person p = store.person(personId);
            Enrollment e = p == null ? null : store.activeEnrollmentOf(p);
            return Optional.ofNullable(e == null ? null : e.id);
        });
    }

    /**
     * Ids of the active enrollments.
     *
     * @return a new list of enrollment ids
     */
    public List<UUID> activeEnrollmentIds() {
        return enrollments(Enrollment::isActive);
    }

    /**
     * Ids of the drafts awaiting approval ({@code is_draft_approval_pending}).
     *
     * @return a new list of enrollment ids
     */
    public List<UUID> approvalPendingEnrollmentIds() {
        return enrollments(e -> e.has(Enrollment.APPROVAL_PENDING));
    }

    private List<UUID> enrollments(Predicate<Enrollment> filter) {
        return store.read(() -> IntStream.range(0, store.enrollmentCount())
                .mapToObj(store::enrollmentAt)
                .filter(filter)
                .map(e -> e.id)
                .collect(Collectors.toList()));
    }

    /**
     * The number of enrollments of every status.
     *
     * @return the number of enrollments, canceled and finished ones included
     */
    public int enrollmentCount() {
        return store.read(store::enrollmentCount);
    }

    /**
     * Adds an emailable person without a company and returns its id.
     *
     * @param email the person's email address
     * @param firstName the first name, or {@code null}
     * @param lastName the last name, or {@code null}
     * @return the new person's id
     */
    public UUID addPerson(String email, String firstName, String lastName) {
        Model.Person p = new Model.Person(UUID.randomUUID(), email, firstName, lastName, null, null);
        return store.write(() -> {
            store.addPerson(p);
            return p.id;
        });
    }

    /**
     * Marks a person opted out (or not); opted-out people cannot be enrolled or approved.
     *
     * @param personId an existing person's id
     * @param optedOut whether the person opted out of email
     * @throws IllegalArgumentException if there is no such person
     */
    public void setOptedOut(UUID personId, boolean optedOut) {
        requirePerson(personId).optedOut = optedOut;
    }

    /**
     * Marks a person do-not-email (or not); such people cannot be enrolled or approved.
     *
     * @param personId an existing person's id
     * @param doNotEmail whether the person must not be emailed
     * @throws IllegalArgumentException if there is no such person
     */
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

    /**
     * Adds a mailbox (usable in {@code mailbox_emails}) and returns its id.
     *
     * @param email the mailbox's email address
     * @param displayName the name shown to recipients, or {@code null}
     * @return the new mailbox's id
     */
    public UUID addMailbox(String email, String displayName) {
        UUID id = UUID.randomUUID();
        Model.Mailbox m =
                new Model.Mailbox(id, email, displayName, new Model.User(UUID.randomUUID(), email, displayName, null));
        return store.write(() -> {
            store.addMailbox(m);
            return id;
        });
    }

    /**
     * Adds a play and returns its id.
     *
     * @param name the play's name
     * @return the new play's id
     */
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
     *
     * @param name the sequence's name
     * @param requiresApproval whether its new enrollments start as drafts awaiting approval
     * @return the new sequence's id
     */
    public UUID addSequence(String name, boolean requiresApproval) {
        return store.write(() -> {
            Model.User owner = store.mailboxes.isEmpty()
                    ? new Model.User(UUID.randomUUID(), "owner@unifygtm-demo.com", "Sandbox", "Owner")
                    : store.mailboxes.get(0).user();
            SequenceDef generated =
                    Sequences.create(random, store.sequences.size(), clock.millis(), owner, requiresApproval);
            SequenceDef s = new SequenceDef(
                    generated.id,
                    name,
                    generated.createdAt,
                    owner,
                    generated.steps,
                    requiresApproval,
                    generated.sendSchedule,
                    generated.ruleset,
                    generated.version);
            store.addSequence(s);
            return s.id;
        });
    }

    /**
     * Changes a sequence ruleset's re-enrollment settings, which creating an enrollment enforces for a person
     * whose earlier enrollment in the sequence has ended: {@code allow_same_sequence_reenrollment} and the
     * waiting period {@code block_reenrollment_value} {@code block_reenrollment_units}.
     *
     * @param sequenceId a sequence with a ruleset
     * @param allowSameSequence whether such a person may be enrolled again at all
     * @param blockValue the waiting period's length, or {@code null} for none
     * @param blockUnits the spec's {@code UnitOfTime} ({@code MINUTE} … {@code YEAR}), or {@code null} for none
     * @throws IllegalArgumentException if the sequence does not exist, has no ruleset, or the unit is unknown
     */
    public void setReenrollmentRules(
            UUID sequenceId, boolean allowSameSequence, Integer blockValue, String blockUnits) {
        if (blockUnits != null
                && !List.of("MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "YEAR").contains(blockUnits)) {
            throw new IllegalArgumentException("Unknown UnitOfTime: " + blockUnits);
        }
        store.write(() -> {
            SequenceDef s = store.sequence(sequenceId);
            if (s == null || s.ruleset == null) {
                throw new IllegalArgumentException("No sequence with a ruleset: " + sequenceId);
            }
            s.ruleset.addProperty("allow_same_sequence_reenrollment", allowSameSequence);
            s.ruleset.addProperty("block_reenrollment_value", blockValue);
            s.ruleset.addProperty("block_reenrollment_units", blockUnits);
            return null;
        });
    }

    /**
     * Ends an active enrollment as if the outcome happened now (status FINISHED, the matching flag set).
     *
     * @param enrollmentId an active enrollment's id
     * @param outcome how it ended
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
                case REPLIED:
                    flag = Enrollment.REPLIED;
                    break;
                case BOUNCED:
                    flag = Enrollment.BOUNCED;
                    break;
                case OPTED_OUT:
                    flag = Enrollment.OPTED_OUT;
                    break;
                case BLOCKED:
                    flag = Enrollment.BLOCKED;
                    break;
                default:
                    flag = 0;
            }
            if (outcome == Outcome.OPTED_OUT) {
                e.person.optedOut = true;
            }
            store.replace(e.finished(flag, clock.millis()));
            return e;
        });
    }
}
