package io.github.unifysequences.models;

import java.util.List;
import java.util.Optional;

/**
 * The email an email step sends. Subjects and body may contain template tokens such as
 * {@code {{variable::person.firstName}}}.
 *
 * @param isRootMessage whether the email starts a new thread rather than replying in the previous one
 * @param subject the subject; empty for a reply in the thread
 * @param fallbackSubject the subject used when a token in {@code subject} cannot be resolved
 * @param body the HTML body
 * @param ccRecipients the addresses copied on the email
 * @param bccRecipients the addresses blind-copied on the email
 */
public record EmailContent(
        boolean isRootMessage,
        Optional<String> subject,
        Optional<String> fallbackSubject,
        String body,
        List<String> ccRecipients,
        List<String> bccRecipients) {

    /**
     * Creates the value; collections are copied so it stays immutable.
     *
     * @param isRootMessage whether the email starts a new thread rather than replying in the previous one
     * @param subject the subject; empty for a reply in the thread
     * @param fallbackSubject the subject used when a token in {@code subject} cannot be resolved
     * @param body the HTML body
     * @param ccRecipients the addresses copied on the email
     * @param bccRecipients the addresses blind-copied on the email
     */
    public EmailContent {
        ccRecipients = List.copyOf(ccRecipients);
        bccRecipients = List.copyOf(bccRecipients);
    }
}
