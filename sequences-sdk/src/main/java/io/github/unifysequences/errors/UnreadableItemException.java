package io.github.unifysequences.errors;

/**
 * One item of a list page, results page or export could not be read as the documented JSON; the other items were.
 * Thrown when the item is reached (by {@code get(index)}, an iterator or a stream), so one bad value does not cost
 * the rest: catch it and keep iterating to skip the item. {@link #json()} holds the item as received (always present).
 */
public class UnreadableItemException extends InvalidResponseException {
    private static final long serialVersionUID = 1L;
    /** The item's position in its page, from 0. */
    private final int index;

    /**
     * Creates an exception.
     *
     * @param message where the item is and what could not be read; never the item's content
     * @param index the item's position in its page or export, from 0
     * @param json the item's JSON text as received
     * @param cause the failure to read it
     */
    public UnreadableItemException(String message, int index, String json, Throwable cause) {
        super(message, 200, json, cause);
        this.index = index;
    }

    /** @return the item's position in its page (or, for an export, in the job's results), from 0 */
    public int index() {
        return index;
    }
}
