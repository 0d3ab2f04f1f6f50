package io.github.unifysequences.openapi;

/**
 * A failure the user can act on: a lock mismatch, an unusable fetched document, a bad
 * option. Its message is written to be printed as is by the build.
 */
public final class SpecException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SpecException(String message) {
        super(message);
    }

    SpecException(String message, Throwable cause) {
        super(message, cause);
    }
}
