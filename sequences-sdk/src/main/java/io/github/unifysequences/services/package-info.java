/**
 * One interface per API resource, in a blocking and an {@code Async} flavour. Obtain them from the
 * client ({@code client.sequences()}, {@code client.enrollments()}, {@code client.enrollmentSteps()});
 * the SDK implements them.
 */
package io.github.unifysequences.services;
