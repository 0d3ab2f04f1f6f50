package io.github.unifysequences.cli;

/** A failure the CLI itself detects, with the message to print and the exit code to end with. */
final class CliError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    CliError(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
