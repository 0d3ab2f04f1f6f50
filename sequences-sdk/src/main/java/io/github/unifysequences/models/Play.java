package io.github.unifysequences.models;

import java.util.UUID;

/**
 * The play (automation) that created an enrollment.
 *
 * @param id the play id
 * @param name the play name
 */
public record Play(UUID id, String name) {
}
