package io.github.unifysequences.models;

import java.time.LocalTime;

/**
 * A time of day during which emails may be sent, in the schedule's time zone.
 *
 * @param start when the window opens
 * @param end when the window closes
 */
public record SendWindow(LocalTime start, LocalTime end) {
}
