/**
 * The SDK's own machinery shared across its packages: the decoders from API JSON to the models
 * ({@code OwnedJson}, {@code ModelMapper}, {@code RowReader}, {@code JsonValues}) and argument validation
 * ({@code Check}). Not API: module-info does not export this package, the Javadoc leaves it out, the
 * compatibility gate ignores it, and the ArchUnit rules keep it out of every public signature of the
 * exported packages. Its public classes may change in any release.
 */
@NullMarked
package io.github.unifysequences.internal;

import org.jspecify.annotations.NullMarked;
