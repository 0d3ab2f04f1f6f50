package io.github.unifysequences.cli;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * A file the user named for a command to write (an export, a report), checked when the command starts, before any
 * request, so that a missing or read-only folder fails at once and not after the work is done.
 * <ul>
 *   <li>{@code -} is stdout.</li>
 *   <li>A symbolic link is written through: its target gets the content, the link stays.</li>
 *   <li>A regular file (or a new one) is written to a hidden temporary file beside it, then moved over it in one
 *       step, so that readers never see half a file and a failure or Ctrl-C leaves the old one (the temporary file is
 *       deleted, also when the JVM exits on a signal). A file replaced keeps its permissions; a new one is private to
 *       its owner (0600), since exports hold names and email addresses.</li>
 *   <li>Anything else (a device such as {@code /dev/stdout}, a named pipe) is written in place, never replaced.</li>
 * </ul>
 */
final class TargetFile {
    /** Writes the content. */
    interface Body<R> {
        R write(Writer out) throws IOException;
    }

    private final String option;
    private final Path given;
    private final Path real;
    private final boolean replace;

    private TargetFile(String option, Path given, Path real, boolean replace) {
        this.option = option;
        this.given = given;
        this.real = real;
        this.replace = replace;
    }

    /**
     * Checks a path a command will write.
     *
     * @param option the option that named it, for messages ({@code --out})
     * @param path the path as given, {@code -} for stdout
     * @return the target
     * @throws CliError with the usage code if it is a folder, or its folder is missing or not writable
     */
    static TargetFile of(String option, Path path) {
        if (path.toString().equals("-")) {
            return new TargetFile(option, path, null, false);
        }
        try {
            if (Files.isDirectory(path)) {
                throw usage(option, path, "is a folder; give a file name");
            }
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                // A device or a pipe: written in place. Resolving it (/dev/stdout -> pipe:[...]) would lose it.
                if (!Files.isWritable(path)) {
                    throw usage(option, path, "is not writable");
                }
                return new TargetFile(option, path, path, false);
            }
            Path real = resolved(path);
            Path folder = real.toAbsolutePath().getParent();
            if (!Files.isDirectory(folder)) {
                throw usage(option, path, "its folder " + folder + " does not exist");
            }
            if (!Files.isWritable(folder) || Files.exists(real) && !Files.isWritable(real)) {
                throw usage(
                        option,
                        path,
                        (Files.isWritable(folder) ? "the file" : "its folder " + folder) + " is not writable");
            }
            return new TargetFile(option, path, real, true);
        } catch (IOException e) {
            throw usage(option, path, e.getMessage());
        }
    }

    /** @return the path at the end of any chain of symbolic links, existing or not */
    private static Path resolved(Path path) throws IOException {
        Path real = path;
        for (int hops = 0; Files.isSymbolicLink(real); hops++) {
            if (hops == 40) {
                throw new IOException("too many levels of symbolic links");
            }
            Path parent = real.toAbsolutePath().getParent();
            real = parent.resolve(Files.readSymbolicLink(real));
        }
        return real;
    }

    private static CliError usage(String option, Path path, String problem) {
        return new CliError(SequencesCli.EXIT_USAGE, option + " " + path + ": " + problem + ".");
    }

    /** @return whether this is stdout ({@code -}) */
    boolean isStdout() {
        return real == null;
    }

    /** @return the path as the user gave it */
    Path path() {
        return given;
    }

    /**
     * Writes the content in UTF-8, as the class comment says.
     *
     * @param stdout the command's stdout, used for {@code -}
     * @param body writes the content
     * @param <R> what the body answers
     * @return what the body answered
     * @throws IOException if the file cannot be written; a replaced file is then left as it was
     */
    <R> R write(PrintWriter stdout, Body<R> body) throws IOException {
        if (isStdout()) {
            R result = body.write(new FilterWriter(stdout) {
                @Override
                public void close() {
                    // stdout stays open for the command's own lines.
                    stdout.flush();
                }
            });
            if (stdout.checkError()) {
                throw new IOException("stdout is closed or full");
            }
            return result;
        }
        if (!replace) {
            try (Writer out = writer(real, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                return body.write(out);
            } catch (IOException e) {
                throw new IOException(option + " " + given + ": " + e.getMessage(), e);
            }
        }
        Path temporary =
                Files.createTempFile(real.toAbsolutePath().getParent(), "." + real.getFileName() + ".", ".partial");
        // Deleted on any exit of the JVM, Ctrl-C and kill included; after the move nothing is left at this name.
        temporary.toFile().deleteOnExit();
        try {
            R result;
            try (Writer out = writer(temporary, StandardOpenOption.WRITE)) {
                result = body.write(out);
            }
            if (Files.exists(real)) {
                PosixFileAttributeView view =
                        Files.getFileAttributeView(real, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
                if (view != null) {
                    Files.setPosixFilePermissions(
                            temporary, view.readAttributes().permissions());
                }
            }
            Files.move(temporary, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } catch (RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw new IOException(option + " " + given + ": " + e.getMessage(), e);
        }
    }

    private static Writer writer(Path file, StandardOpenOption... options) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file, options), StandardCharsets.UTF_8));
    }
}
