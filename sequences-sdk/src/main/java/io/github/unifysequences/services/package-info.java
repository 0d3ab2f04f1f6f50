/**
 * One interface per API resource, in a blocking and an {@code Async} flavour. Obtain them from the
 * client ({@code client.sequences()}, {@code client.enrollments()}, {@code client.enrollmentSteps()});
 * the SDK implements them.
 *
 * <p>These interfaces only declare the operations and document them: the SDK implements every method of every face
 * (blocking, {@code Async}, and their {@code withRawResponse()} views) with one handler that runs the operation's row
 * of its table of operations, so they are not meant to be implemented by applications (to fake the API in a test,
 * point a client at a local server such as the sandbox).
 *
 * <p>Which entry point for steps: {@code client.sequences().steps()} reads the steps a sequence is made of (its
 * template); {@code client.enrollments().steps().list(enrollmentId)} lists one person's steps in their enrollment;
 * {@code client.enrollmentSteps()} reads or edits one such enrollment step by its own id, and exports them in bulk.
 *
 * <p>Null-marked (JSpecify): no parameter or return value is {@code null} unless its type says {@code @Nullable};
 * Kotlin reads these types as non-null.
 */
@NullMarked
package io.github.unifysequences.services;

import org.jspecify.annotations.NullMarked;
