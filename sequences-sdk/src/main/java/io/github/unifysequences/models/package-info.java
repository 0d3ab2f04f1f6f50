/**
 * Immutable domain types for the API's objects, the params of each operation (immutable, built with
 * builders that validate), and forward-compatible enumerations ({@link io.github.unifysequences.models.ApiEnum}).
 * Every resource type keeps the object as received in {@code rawJson()}.
 */
package io.github.unifysequences.models;
