package io.github.unifysequences.cli;

import io.github.unifysequences.errors.AlreadyEnrolledException;
import io.github.unifysequences.errors.BadRequestError;
import io.github.unifysequences.errors.BadRequestException;
import io.github.unifysequences.errors.QueryJobFailedException;
import io.github.unifysequences.errors.RateLimitedException;
import io.github.unifysequences.errors.StateConflictException;
import io.github.unifysequences.errors.UnifyIoException;
import io.github.unifysequences.errors.UnifyServiceException;
import io.github.unifysequences.errors.UnifyTimeoutException;
import io.github.unifysequences.errors.VersionConflictException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a failure into one line on stderr (what failed, and what to do) and an exit code. With {@code --verbose} it
 * adds the request, the response headers and the stack trace. The API key is masked in everything it prints: the SDK
 * already keeps it out of its messages, and this is the last line of defence for anything else.
 */
final class ErrorReporter {
    private final PrintWriter err;
    private final boolean verbose;
    private final Optional<String> key;

    ErrorReporter(PrintWriter err, boolean verbose, Optional<String> key) {
        this.err = err;
        this.verbose = verbose;
        this.key = key;
    }

    /**
     * @param e the failure
     * @return the exit code
     */
    int report(Exception e) {
        print("error: " + headline(e));
        if (verbose) {
            if (e instanceof UnifyServiceException s) {
                print("request: " + s.method() + " " + s.path());
                s.headers()
                        .forEach(
                                (name, values) -> print("response header: " + name + ": " + String.join(", ", values)));
            }
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            print(trace.toString().stripTrailing());
        }
        err.flush();
        if (e instanceof CliError c) {
            return c.exitCode();
        }
        // The SDK validates ids and params before sending anything: a bad argument, not an API failure.
        return e instanceof IllegalArgumentException ? SequencesCli.EXIT_USAGE : SequencesCli.EXIT_ERROR;
    }

    /** @return the one-line description of a failure, with advice */
    static String headline(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // Wrapped on its way through the SDK's futures, an out-of-memory error is still not the API's fault.
            if (cause instanceof OutOfMemoryError) {
                return outOfMemory();
            }
        }
        if (e instanceof UnifyServiceException s) {
            String line = "HTTP " + s.statusCode() + " " + s.apiStatus().orElse("error")
                    + s.apiMessage().map(m -> ": " + m).orElse("") + detail(s);
            String hint = hint(s);
            return hint.isEmpty() ? line : line + (line.endsWith(".") ? " " : ". ") + hint;
        }
        if (e instanceof UnifyTimeoutException) {
            return "the API did not answer in time (" + e.getMessage()
                    + "). Try again, or check --base-url: an https:// URL to a"
                    + " server that speaks plain http:// also ends like this.";
        }
        if (e instanceof UnifyIoException) {
            return "cannot reach the API (" + e.getMessage() + "). Check --base-url / UNIFY_BASE_URL and the network.";
        }
        if (e instanceof QueryJobFailedException) {
            return e.getMessage() + ". No file was written; run the export again.";
        }
        if (e instanceof IOException) {
            return "cannot read or write a file: " + e.getMessage();
        }
        if (e instanceof CliError || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** @return the line for a Java heap too small for the command */
    static String outOfMemory() {
        return "out of memory. For long lists use -o jsonl or --limit N, for whole workspaces `export`; or give Java more"
                + " heap (JAVA_TOOL_OPTIONS=-Xmx2g).";
    }

    /** @return what the error body says beyond its message: where the person is active, the sequence's state, the 400's problems */
    private static String detail(UnifyServiceException s) {
        if (s instanceof AlreadyEnrolledException a) {
            return " (active in sequence " + a.activeSequenceId() + ", enrollment " + a.activeEnrollmentId() + ")";
        }
        if (s instanceof StateConflictException c) {
            return " (the sequence is " + (c.currentIsPaused() ? "paused" : "running") + " already)";
        }
        if (s instanceof VersionConflictException v) {
            return " (version_mismatch: the email changed since that version_id"
                    + v.currentVersionId()
                            .map(id -> "; its current version_id is " + id)
                            .orElse("") + ")";
        }
        if (s instanceof BadRequestException b && !b.errors().isEmpty()) {
            return " [" + b.errors().stream().map(BadRequestError::summary).collect(Collectors.joining("; ")) + "]";
        }
        return "";
    }

    /** @return what to do about it, or nothing when the message says it all */
    private static String hint(UnifyServiceException s) {
        if (s instanceof RateLimitedException r) {
            return r.retryAfter()
                    .map(d -> "Rate limited: retry in " + d.toSeconds() + " s.")
                    .orElse("Rate limited: retry later.");
        }
        return switch (s.statusCode()) {
            case 401 -> "Check UNIFY_API_KEY (or --api-key).";
            case 403 -> "This key may not do that; ask a workspace admin for one that may.";
            case 404 -> "Check the id; the list commands show valid ones.";
            default -> s.statusCode() >= 500 ? "The API failed; try again later." : "";
        };
    }

    private void print(String line) {
        err.println(key.map(k -> line.replace(k, "██")).orElse(line));
    }
}
