/**
 * Types shared by every resource: per-call {@link io.github.unifysequences.core.RequestOptions},
 * cursor pages and their pagers, and {@link io.github.unifysequences.core.RawResponse}.
 */
package io.github.unifysequences.core;
