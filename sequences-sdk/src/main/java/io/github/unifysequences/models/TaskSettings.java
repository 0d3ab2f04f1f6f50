package io.github.unifysequences.models;

import java.util.Optional;

/**
 * How the task created by a manual step is scheduled.
 *
 * @param priority the task's priority
 * @param autoSkipOnDueDate whether the step is skipped automatically when the task is still open on its due date
 * @param relativeDueAt how long after the step starts the task is due, if it has a due date
 */
public record TaskSettings(TaskPriority priority, boolean autoSkipOnDueDate, Optional<RelativeDueAt> relativeDueAt) {
}
