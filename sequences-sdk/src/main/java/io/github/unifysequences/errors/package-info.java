/**
 * The SDK's unchecked exceptions, all rooted at {@link io.github.unifysequences.errors.UnifyException}.
 *
 * <pre>{@code
 * try {
 *     client.enrollments().create(params);
 * } catch (AlreadyEnrolledException e) {
 *     client.enrollments().cancel(e.activeEnrollmentId().toString());
 * } catch (UnifyServiceException e) {
 *     log.warn("Unify said {} {}", e.statusCode(), e.apiStatus().orElse("?"));
 * }
 * }</pre>
 *
 * <p>Null-marked (JSpecify): no parameter or return value is {@code null} unless its type says {@code @Nullable};
 * Kotlin reads these types as non-null.
 */
@NullMarked
package io.github.unifysequences.errors;

import org.jspecify.annotations.NullMarked;
