/**
 * The entry points: {@link io.github.unifysequences.client.UnifySequencesClient} (blocking) and
 * {@link io.github.unifysequences.client.UnifySequencesClientAsync}, configured with
 * {@link io.github.unifysequences.client.UnifySequencesClientBuilder}. Everything else in this package
 * is the SDK's internal request pipeline.
 */
package io.github.unifysequences.client;
