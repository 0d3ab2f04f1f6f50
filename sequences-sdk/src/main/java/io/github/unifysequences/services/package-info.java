/**
 * One interface per API resource, in a blocking and an {@code Async} flavour. Obtain them from the
 * client ({@code client.sequences()}, {@code client.enrollments()}, {@code client.enrollmentSteps()});
 * the SDK implements them.
 *
 * <p>Null-marked (JSpecify): no parameter or return value is {@code null} unless its type says {@code @Nullable};
 * Kotlin reads these types as non-null.
 */
@NullMarked
package io.github.unifysequences.services;

import org.jspecify.annotations.NullMarked;
