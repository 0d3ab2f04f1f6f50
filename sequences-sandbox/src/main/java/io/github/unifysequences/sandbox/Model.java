package io.github.unifysequences.sandbox;

import java.util.List;
import java.util.UUID;

/** The small, immutable reference entities enrollments point at. */
final class Model {
    private Model() {}

    record User(UUID id, String email, String firstName, String lastName) {}

    record Company(UUID id, String name, String domain, String description, String linkedinUrl) {}

    record Mailbox(UUID id, String email, String displayName, User user) {}

    record Play(UUID id, String name) {}

    /** A person; opt-out and do-not-email can change while the sandbox runs, hence volatile. */
    static final class Person {
        final UUID id;
        final String email;
        final String firstName;
        final String lastName;
        final String linkedinUrl;
        final Company company;
        volatile boolean optedOut;
        volatile boolean doNotEmail;

        Person(UUID id, String email, String firstName, String lastName, String linkedinUrl, Company company) {
            this.id = id;
            this.email = email;
            this.firstName = firstName;
            this.lastName = lastName;
            this.linkedinUrl = linkedinUrl;
            this.company = company;
        }

        boolean emailable() {
            return !optedOut && !doNotEmail;
        }
    }

    /** A step condition: TIMER, or AND/OR over subconditions (recursive, as in the spec). */
    sealed interface Condition permits Timer, Group {}

    record Timer(Integer durationValue, String durationUnit) implements Condition {}

    record Group(String type, List<Condition> subconditions) implements Condition {}

    record Dependency(UUID parentStepId, Condition condition) {}

    /**
     * A sequence step. Email steps use subject/fallbackSubject/body; task steps use taskPriority,
     * dueInDays and note. Manual email steps use both.
     */
    record Step(
            UUID id,
            String key,
            int number,
            Enums.StepType type,
            long createdAt,
            List<Dependency> dependencies,
            String subject,
            String fallbackSubject,
            String body,
            String taskPriority,
            Integer dueInDays,
            String note) {}
}
