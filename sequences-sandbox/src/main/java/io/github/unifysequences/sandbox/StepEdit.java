package io.github.unifysequences.sandbox;

import java.util.UUID;

/** The copy of an enrollment step after a PATCH; unedited steps have none and render the template. */
record StepEdit(UUID versionId, String subject, String fallbackSubject, String body, long editedAt) {}
