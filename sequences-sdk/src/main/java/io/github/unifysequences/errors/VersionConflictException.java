package io.github.unifysequences.errors;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An optimistic update of an enrollment step was refused because its {@code version_id} is stale: the email was
 * changed since that version was read. Retrieve the step, and apply the edit to its current copy if it still
 * makes sense.
 *
 * <p>One type for both ways the refusal arrives: the vendor answers a concurrent-update conflict with {@code 409},
 * the reference sandbox a stale version with {@code 400} and an {@code errors[]} item {@code version_mismatch}
 * ({@link #statusCode()} tells which). It extends {@link ConflictException} because it is one, whatever the status.
 */
public class VersionConflictException extends ConflictException {
    private static final long serialVersionUID = 1L;
    /** The step's current version, when the body names it. */
    private final @Nullable String currentVersionId;

    /**
     * Creates an exception from a failed call.
     *
     * @param context the request line and the error envelope
     * @param currentVersionId the step's current {@code version_id} as the body gives it ({@code current_version_id}),
     *     or {@code null} when it does not
     */
    public VersionConflictException(ErrorContext context, @Nullable String currentVersionId) {
        super(context);
        this.currentVersionId = currentVersionId;
    }

    /** @return the step's current {@code email.version_id}, when the error body named it; else empty */
    public Optional<String> currentVersionId() {
        return Optional.ofNullable(currentVersionId);
    }
}
