package io.github.unifysequences.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * All sandbox state behind one read/write lock: handlers read under the read lock and apply a
 * rule plus its change under the write lock, so check-then-act rules (one active enrollment per
 * person) hold under concurrent clients. Collections are append-only and creation-ordered.
 */
final class Store {
    /** Upper bound on steps per sequence; also bounds the search when resolving an enrollment-step id. */
    static final int MAX_STEPS = 12;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    final List<SequenceDef> sequences = new ArrayList<>();
    private final Map<UUID, SequenceDef> sequencesById = new HashMap<>();
    final List<Model.Person> people = new ArrayList<>();
    private final Map<UUID, Model.Person> peopleById = new HashMap<>();
    final List<Model.Mailbox> mailboxes = new ArrayList<>();
    private final Map<String, Model.Mailbox> mailboxesByEmail = new HashMap<>();
    final List<Model.Play> plays = new ArrayList<>();
    private final Map<UUID, Model.Play> playsById = new HashMap<>();
    private final ArrayList<Enrollment> enrollments = new ArrayList<>();
    private final Map<UUID, Enrollment> enrollmentsById = new HashMap<>();
    private final Map<Model.Person, Enrollment> activeByPerson = new HashMap<>();
    private final Map<UUID, StepEdit> edits = new HashMap<>();

    <T> T read(Supplier<T> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    <T> T write(Supplier<T> action) {
        lock.writeLock().lock();
        try {
            return action.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    void ensureCapacity(int enrollmentCount) {
        enrollments.ensureCapacity(enrollmentCount);
    }

    void addSequence(SequenceDef sequence) {
        sequences.add(sequence);
        sequencesById.put(sequence.id, sequence);
    }

    /** The sequence, or null when unknown or deleted. */
    SequenceDef sequence(UUID id) {
        SequenceDef s = sequencesById.get(id);
        return s == null || s.deleted ? null : s;
    }

    void addPerson(Model.Person person) {
        people.add(person);
        peopleById.put(person.id, person);
    }

    Model.Person person(UUID id) {
        return peopleById.get(id);
    }

    void addMailbox(Model.Mailbox mailbox) {
        mailboxes.add(mailbox);
        mailboxesByEmail.put(mailbox.email().toLowerCase(Locale.ROOT), mailbox);
    }

    Model.Mailbox mailboxByEmail(String email) {
        return mailboxesByEmail.get(email.toLowerCase(Locale.ROOT));
    }

    void addPlay(Model.Play play) {
        plays.add(play);
        playsById.put(play.id(), play);
    }

    Model.Play play(UUID id) {
        return playsById.get(id);
    }

    int enrollmentCount() {
        return enrollments.size();
    }

    Enrollment enrollmentAt(int index) {
        return enrollments.get(index);
    }

    Enrollment enrollment(UUID id) {
        return enrollmentsById.get(id);
    }

    Enrollment activeEnrollmentOf(Model.Person person) {
        return activeByPerson.get(person);
    }

    /**
     * When the person's latest ended enrollment in the sequence ended (its {@code ended_at}, or its last update
     * for one cancelled before it started), or {@link Long#MIN_VALUE} if the person was never enrolled there.
     * A scan: only creates in sequences whose ruleset limits re-enrollment ask, and there is no per-person index
     * to keep the large seed's memory low.
     */
    long lastEndedEnrollment(Model.Person person, SequenceDef sequence) {
        long last = Long.MIN_VALUE;
        for (Enrollment e : enrollments) {
            if (e.person == person && e.sequence == sequence && !e.isActive()) {
                last = Math.max(last, e.endedAt != Json.NO_TIME ? e.endedAt : e.updatedAt);
            }
        }
        return last;
    }

    /** People with an ended enrollment in a sequence that limits re-enrollment; one scan. */
    Set<Model.Person> peopleWithLimitedReenrollment() {
        Set<Model.Person> people = new HashSet<>();
        for (Enrollment e : enrollments) {
            if (!e.isActive() && e.sequence.limitsReenrollment()) {
                people.add(e.person);
            }
        }
        return people;
    }

    int nextEnrollmentIndex() {
        return enrollments.size();
    }

    /** Appends a new enrollment; its {@code index} must be {@link #nextEnrollmentIndex()}. */
    void addEnrollment(Enrollment e) {
        enrollments.add(e);
        enrollmentsById.put(e.id, e);
        trackActive(null, e);
    }

    /** Stores a changed copy in the slot of the original. */
    void replace(Enrollment e) {
        Enrollment old = enrollments.set(e.index, e);
        enrollmentsById.put(e.id, e);
        trackActive(old, e);
    }

    private void trackActive(Enrollment old, Enrollment e) {
        if (old != null && old.isActive() && activeByPerson.get(old.person) == old) {
            activeByPerson.remove(old.person);
        }
        if (e.isActive()) {
            activeByPerson.put(e.person, e);
        }
    }

    List<EnrollmentStepView> stepsOf(Enrollment e) {
        List<EnrollmentStepView> views = new ArrayList<>(e.sequence.steps.size());
        for (Model.Step step : e.sequence.steps) {
            views.add(view(e, step));
        }
        return views;
    }

    EnrollmentStepView view(Enrollment e, Model.Step step) {
        // Most steps are never edited: skip deriving the id just to miss in an empty map.
        StepEdit edit = edits.isEmpty() ? null : edits.get(Ids.enrollmentStep(e.id, step.number()));
        return new EnrollmentStepView(e, step, edit);
    }

    /** Resolves an enrollment-step id (see {@link Ids#enrollmentStep}); null when unknown. */
    EnrollmentStepView enrollmentStep(UUID stepId) {
        for (int number = 1; number <= MAX_STEPS; number++) {
            Enrollment e = enrollmentsById.get(Ids.enrollmentOfStep(stepId, number));
            if (e != null && number <= e.sequence.steps.size()) {
                return view(e, e.sequence.steps.get(number - 1));
            }
        }
        return null;
    }

    void putEdit(UUID stepId, StepEdit edit) {
        edits.put(stepId, edit);
    }
}
