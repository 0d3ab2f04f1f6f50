package io.github.unifysequences.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The append-only journal of {@code enroll}, one tab-separated line per event, forced to disk before the run goes on:
 * {@code sending} before a person's create is sent, then the outcome. A rerun reads it back: people whose last event
 * is a done outcome (enrolled, already active in this sequence) are not sent again. A {@code sending} with no outcome
 * (the run died mid-request) is sent again: the API refuses a second active enrollment and the SDK's create resolves
 * that to the first one, so nobody is enrolled twice.
 */
final class Journal implements AutoCloseable {
    private static final String HEADER = "#\tsequences enroll journal\tsequence=";
    private static final String SENDING = "sending";

    private final FileChannel channel;
    private final Map<String, Outcome> earlier;

    private Journal(FileChannel channel, Map<String, Outcome> earlier) {
        this.channel = channel;
        this.earlier = earlier;
    }

    /**
     * Opens (creating) a journal for a sequence and locks it for this run, so that a second run of the same file
     * cannot send the same people again while this one is still at it.
     *
     * @param file the journal file
     * @param sequenceId the run's sequence
     * @return the journal, positioned at its end
     * @throws IOException if it cannot be opened
     * @throws CliError with the usage code if the journal belongs to another sequence, or the runtime error code if
     *     another run holds it
     */
    static Journal open(Path file, String sequenceId) throws IOException {
        // One channel reads, writes and holds the lock: POSIX drops a process's lock when any of its descriptors of the
        // file is closed, so the journal is never opened a second time while locked.
        FileChannel channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameJvm) {
                lock = null;
            }
            if (lock == null) {
                throw new CliError(
                        SequencesCli.EXIT_ERROR,
                        file + " is in use by another enroll run of the same journal."
                                + " Wait for it to finish (then rerun to pick up what it left), or stop it first.");
            }
            String text = read(channel);
            List<String> lines = text.lines().toList();
            Optional<String> journaled = lines.stream()
                    .filter(l -> l.startsWith(HEADER))
                    .map(l -> l.substring(HEADER.length()).trim())
                    .findFirst();
            if (journaled.isPresent() && !journaled.get().equalsIgnoreCase(sequenceId)) {
                throw new CliError(
                        SequencesCli.EXIT_USAGE,
                        file + " is the journal of sequence " + journaled.get() + ", not " + sequenceId
                                + ". Pass another --journal.");
            }
            Journal journal = new Journal(channel, outcomes(lines));
            channel.position(channel.size());
            if (journaled.isEmpty()) {
                journal.append(HEADER + sequenceId.toLowerCase(java.util.Locale.ROOT));
            } else if (!text.isEmpty() && !text.endsWith("\n")) {
                // A crash cut the last line short: end it, so that it stays one bad line and the next one starts clean.
                journal.append("");
            }
            return journal;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(Math.toIntExact(channel.size()));
        int read = 0;
        while (bytes.hasRemaining() && read >= 0) {
            read = channel.read(bytes, bytes.position());
        }
        return new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
    }

    /** @return the last outcome an earlier run journaled for each person that reached one; a run that died mid-request leaves none */
    Map<String, Outcome> earlier() {
        return earlier;
    }

    private static Map<String, Outcome> outcomes(List<String> lines) {
        Map<String, Outcome> outcomes = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            // A line cut short by a crash has fewer fields; it is skipped like the header.
            if (f.length != 7 || line.startsWith("#")) {
                continue;
            }
            String personId = f[2];
            if (f[1].equals(SENDING)) {
                outcomes.remove(personId);
                continue;
            }
            kind(f[1])
                    .ifPresent(kind -> outcomes.put(
                            personId, new Outcome(Integer.parseInt(f[3]), personId, kind, f[4], f[5], f[6])));
        }
        return outcomes;
    }

    private static Optional<Outcome.Kind> kind(String code) {
        return List.of(Outcome.Kind.values()).stream()
                .filter(k -> k.code().equals(code))
                .findFirst();
    }

    /**
     * Journals that a person's create is about to be sent.
     *
     * @param row the row
     * @throws IOException if the journal cannot be written
     */
    void sending(PeopleCsv.Row row) throws IOException {
        append(line(SENDING, row.personId(), row.line(), "", "", ""));
    }

    /**
     * Journals an outcome.
     *
     * @param outcome the outcome
     * @throws IOException if the journal cannot be written
     */
    void record(Outcome outcome) throws IOException {
        append(line(
                outcome.kind().code(),
                outcome.personId(),
                outcome.line(),
                outcome.enrollmentId(),
                outcome.activeSequenceId(),
                outcome.detail()));
    }

    private static String line(
            String event, String personId, int line, String enrollmentId, String sequenceId, String detail) {
        return String.join(
                "\t",
                Instant.now().toString(),
                event,
                personId,
                String.valueOf(line),
                enrollmentId,
                sequenceId,
                detail.replaceAll("[\t\r\n]", " "));
    }

    /** One write and one force per event, so that whatever the journal says has happened is on disk. */
    private synchronized void append(String line) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
