/**
 * The entry points: {@link io.github.unifysequences.client.UnifySequencesClient} (blocking) and
 * {@link io.github.unifysequences.client.UnifySequencesClientAsync}, configured with
 * {@link io.github.unifysequences.client.UnifySequencesClientBuilder}. Everything else in this package
 * is the SDK's internal request pipeline.
 *
 * <p>Null-marked (JSpecify): no parameter or return value is {@code null} unless its type says {@code @Nullable};
 * Kotlin reads these types as non-null.
 */
@NullMarked
package io.github.unifysequences.client;

import org.jspecify.annotations.NullMarked;
