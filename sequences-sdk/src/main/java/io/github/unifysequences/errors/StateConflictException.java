package io.github.unifysequences.errors;

/**
 * 409 {@code state_conflict} from pausing or resuming a sequence: a concurrent update changed the
 * sequence. {@link #currentIsPaused()} tells the state it is in now, so the caller can decide whether
 * anything is left to do.
 */
public class StateConflictException extends ConflictException {
    private static final long serialVersionUID = 1L;
    /** Whether the sequence is paused now. */
    private final boolean currentIsPaused;

    /**
     * Creates an exception from a failed call.
     *
     * @param context the request line and the error envelope
     * @param currentIsPaused whether the sequence is paused now
     */
    public StateConflictException(ErrorContext context, boolean currentIsPaused) {
        super(context);
        this.currentIsPaused = currentIsPaused;
    }

    /** @return whether the sequence is paused after the concurrent update */
    public boolean currentIsPaused() {
        return currentIsPaused;
    }
}
