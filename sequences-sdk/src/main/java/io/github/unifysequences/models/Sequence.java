package io.github.unifysequences.models;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * A sequence: an ordered set of outreach steps (emails and tasks) that enrolled people move through.
 *
 * @param id the sequence id
 * @param createdAt when the sequence was created
 * @param updatedAt when the sequence was last changed
 * @param owner the user who owns the sequence
 * @param name the display name
 * @param isPaused whether the sequence is paused; paused sequences send nothing
 * @param sendSchedule the schedule that decides when emails may go out, if one is set
 * @param ruleset the enrollment rules (task assignment, opt-out text, re-enrollment), if one is set
 * @param rawJson the sequence as received, including fields this SDK version does not know
 */
public record Sequence(
        UUID id,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        SequenceOwner owner,
        String name,
        boolean isPaused,
        Optional<SendSchedule> sendSchedule,
        Optional<SequenceRuleset> ruleset,
        RawJson rawJson) {
}
