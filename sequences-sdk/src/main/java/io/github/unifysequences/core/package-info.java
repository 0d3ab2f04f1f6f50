/**
 * Types shared by every resource: per-call {@link io.github.unifysequences.core.RequestOptions},
 * cursor pages and their pagers, and {@link io.github.unifysequences.core.RawResponse}.
 *
 * <p>Null-marked (JSpecify): no parameter or return value is {@code null} unless its type says {@code @Nullable};
 * Kotlin reads these types as non-null.
 */
@NullMarked
package io.github.unifysequences.core;

import org.jspecify.annotations.NullMarked;
