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
 */
package io.github.unifysequences.errors;
