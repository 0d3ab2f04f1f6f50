package io.github.unifysequences.errors;

import java.util.UUID;

/**
 * 409 {@code conflict} from creating an enrollment: the person is already actively enrolled in a
 * sequence (Unify keeps a person in at most one active sequence), which need not be the requested one.
 *
 * <p>The SDK never throws this for its own retry of a create whose first attempt already succeeded: it
 * recognises that case and returns the enrollment instead.
 */
public class AlreadyEnrolledException extends ConflictException {
    private static final long serialVersionUID = 1L;
    /** The sequence the person is actively enrolled in. */
    private final UUID activeSequenceId;
    /** The active enrollment. */
    private final UUID activeEnrollmentId;

    /**
     * Creates an exception from a failed call.
     *
     * @param context the request line and the error envelope
     * @param activeSequenceId the sequence the person is actively enrolled in
     * @param activeEnrollmentId the active enrollment
     */
    public AlreadyEnrolledException(ErrorContext context, UUID activeSequenceId, UUID activeEnrollmentId) {
        super(context);
        this.activeSequenceId = activeSequenceId;
        this.activeEnrollmentId = activeEnrollmentId;
    }

    /** @return the sequence the person is actively enrolled in */
    public UUID activeSequenceId() {
        return activeSequenceId;
    }

    /** @return the id of the active enrollment, to retrieve, pause or cancel it */
    public UUID activeEnrollmentId() {
        return activeEnrollmentId;
    }
}
