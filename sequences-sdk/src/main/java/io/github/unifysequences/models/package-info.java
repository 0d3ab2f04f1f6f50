/**
 * Immutable domain types for the API's objects, the params of each operation (immutable, built with
 * builders that validate), and forward-compatible enumerations ({@link io.github.unifysequences.models.ApiEnum}).
 * Every resource type keeps the object as received in {@code rawJson()}.
 *
 * <p>Null-marked (JSpecify): no parameter or return value is {@code null} unless its type says {@code @Nullable};
 * Kotlin reads these types as non-null.
 */
@NullMarked
package io.github.unifysequences.models;

import org.jspecify.annotations.NullMarked;
