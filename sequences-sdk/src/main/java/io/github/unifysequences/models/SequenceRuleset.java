package io.github.unifysequences.models;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules a sequence applies to its enrollments.
 *
 * @param id the ruleset id
 * @param createdAt when the ruleset was created
 * @param updatedAt when the ruleset was last changed
 * @param name the display name
 * @param isDefault whether this is the account's default ruleset
 * @param automaticEnrollmentTaskAssignment who gets the tasks of automatically created enrollments
 * @param automaticEnrollmentTaskAssignmentUserId the user, when that assignment is {@code ASSIGN_TO_USER}
 * @param manualEnrollmentTaskAssignment who gets the tasks of manually created enrollments
 * @param manualEnrollmentTaskAssignmentUserId the user, when that assignment is {@code ASSIGN_TO_USER}
 * @param optOutMessage the opt-out text appended to emails, if any
 * @param allowSameSequenceReenrollment whether a person may be enrolled in this sequence again
 * @param blockReenrollmentValue how long re-enrollment is blocked, in {@code blockReenrollmentUnits}
 * @param blockReenrollmentUnits the unit of {@code blockReenrollmentValue}
 */
public record SequenceRuleset(
        UUID id,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        String name,
        boolean isDefault,
        TaskAssignment automaticEnrollmentTaskAssignment,
        Optional<UUID> automaticEnrollmentTaskAssignmentUserId,
        TaskAssignment manualEnrollmentTaskAssignment,
        Optional<UUID> manualEnrollmentTaskAssignmentUserId,
        Optional<String> optOutMessage,
        boolean allowSameSequenceReenrollment,
        Optional<Integer> blockReenrollmentValue,
        Optional<CalendarUnit> blockReenrollmentUnits) {
}
