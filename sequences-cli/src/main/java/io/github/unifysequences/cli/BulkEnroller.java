package io.github.unifysequences.cli;

import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.errors.AlreadyEnrolledException;
import io.github.unifysequences.errors.BadRequestError;
import io.github.unifysequences.errors.BadRequestException;
import io.github.unifysequences.errors.NotFoundException;
import io.github.unifysequences.errors.PermissionDeniedException;
import io.github.unifysequences.errors.UnauthorizedException;
import io.github.unifysequences.errors.UnifyException;
import io.github.unifysequences.errors.UnifyIoException;
import io.github.unifysequences.errors.UnifyServiceException;
import io.github.unifysequences.models.Enrollment;
import io.github.unifysequences.models.EnrollmentCreateParams;
import io.github.unifysequences.models.Sequence;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One run of {@code enroll} over the rows: carries over what the journal says is done, sends the rest on a pool
 * (each create journaled before it is sent and after it is answered), and classifies every answer into an
 * {@link Outcome}.
 */
final class BulkEnroller {
    /**
     * Rows in a row that could not reach the API, after the SDK's retries of each, before the run stops: then the API
     * is gone (down, network lost, wrong host), and every remaining row would fail the same way, slowly.
     */
    static final int UNREACHABLE_STOP = 5;

    private final UnifySequencesClient client;
    private final Function<String, EnrollmentCreateParams> params;
    private final Sequence sequence;
    private final AtomicBoolean stop;
    private final int stopAfter;
    private final Journal journal;
    private final List<Outcome> carried = new ArrayList<>();
    private final List<PeopleCsv.Row> toSend = new ArrayList<>();
    private final Map<String, Outcome> sentOutcomes = new ConcurrentHashMap<>();
    private final Map<Outcome.Kind, Integer> counts = new EnumMap<>(Outcome.Kind.class);
    private final AtomicReference<RuntimeException> fatal = new AtomicReference<>();
    /** Connection failures (after the SDK's own retries) since the API last answered. */
    private final AtomicInteger unreachableInARow = new AtomicInteger();
    /** Why the run gave up on an unreachable API, once it has. */
    private final AtomicReference<String> unreachable = new AtomicReference<>();

    private final List<Outcome> invalid;
    private final int pending;
    private final Progress progress;

    /**
     * @param client the client, with its rate limiter
     * @param params the create params of one person
     * @param sequence the sequence
     * @param journal the open journal
     * @param people the CSV's rows
     * @param earlier the outcomes an earlier run journaled
     * @param stop set by Ctrl-C; this run sets it too, after {@code stopAfter} outcomes or a fatal error
     * @param stopAfter how many outcomes to stop after (a test hook; otherwise unlimited)
     * @param progress where progress goes
     */
    BulkEnroller(
            UnifySequencesClient client,
            Function<String, EnrollmentCreateParams> params,
            Sequence sequence,
            Journal journal,
            PeopleCsv people,
            Map<String, Outcome> earlier,
            AtomicBoolean stop,
            int stopAfter,
            Function<Integer, Progress> progress) {
        this.client = client;
        this.params = params;
        this.sequence = sequence;
        this.journal = journal;
        this.stop = stop;
        this.stopAfter = stopAfter;
        for (PeopleCsv.Row row : people.rows()) {
            Outcome before = earlier.get(row.personId());
            if (before != null && before.kind().done()) {
                carried.add(new Outcome(
                        row.line(),
                        row.personId(),
                        before.kind(),
                        before.enrollmentId(),
                        before.activeSequenceId(),
                        "earlier run"));
            } else {
                toSend.add(row);
            }
        }
        this.invalid = people.invalid().stream()
                .map(i -> new Outcome(i.line(), i.value(), Outcome.Kind.INVALID, "", "", i.reason()))
                .toList();
        this.pending = toSend.size();
        this.progress = progress.apply(pending);
    }

    /**
     * Sends every row still to send, {@code concurrency} at a time.
     *
     * @param concurrency requests in flight at once
     * @return true if every row was sent; false if stopped early
     * @throws Exception a fatal error (401, 403, a mailbox the API does not know, a journal that cannot be written) after
     *     the requests in flight ended
     */
    boolean execute(int concurrency) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            toSend.forEach(row -> pool.execute(() -> send(row)));
            pool.shutdown();
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        } finally {
            pool.shutdownNow();
        }
        progress.finish(sent(), tally());
        if (fatal.get() != null) {
            throw fatal.get();
        }
        return sent() == pending;
    }

    private void send(PeopleCsv.Row row) {
        if (stop.get()) {
            return;
        }
        try {
            journal.sending(row);
            Outcome outcome = attempt(row);
            journal.record(outcome);
            sentOutcomes.put(row.personId(), outcome);
            synchronized (counts) {
                counts.merge(outcome.kind(), 1, Integer::sum);
            }
            if (sentOutcomes.size() >= stopAfter) {
                stop.set(true);
            }
            progress.update(sent(), tally());
        } catch (UnauthorizedException | PermissionDeniedException e) {
            // Every other row would fail the same way.
            fatal.compareAndSet(null, e);
            stop.set(true);
        } catch (MailboxRejected e) {
            // Not the person's fault: no outcome is journaled, so a rerun with the right mailbox sends this row again.
            fatal.compareAndSet(
                    null,
                    new CliError(
                            SequencesCli.EXIT_USAGE,
                            "--mailbox-email "
                                    + String.join(
                                            ", ", params.apply(row.personId()).mailboxEmails())
                                    + " refused by the API: " + e.getMessage()
                                    + ". Nothing more was sent; fix the address and rerun the same command."));
            stop.set(true);
        } catch (IOException e) {
            fatal.compareAndSet(null, new UnifyException("cannot write the journal: " + e.getMessage(), e));
            stop.set(true);
        }
    }

    private Outcome attempt(PeopleCsv.Row row) {
        try {
            Enrollment enrollment = client.enrollments().create(params.apply(row.personId()));
            unreachableInARow.set(0);
            // A sequence that requires approval answers with a draft: enrolled, but nothing runs until someone approves
            // it.
            return outcome(
                    row,
                    Outcome.Kind.ENROLLED,
                    enrollment.id().toString(),
                    "",
                    enrollment.isDraftApprovalPending().orElse(false) ? Outcome.AWAITING_APPROVAL : "");
        } catch (UnifyIoException e) {
            if (unreachableInARow.incrementAndGet() >= UNREACHABLE_STOP) {
                unreachable.compareAndSet(null, ErrorReporter.headline(e));
                stop.set(true);
            }
            return outcome(row, Outcome.Kind.FAILED, "", "", ErrorReporter.headline(e));
        } catch (UnifyServiceException e) {
            unreachableInARow.set(0);
            return refused(row, e);
        }
    }

    /** @return the outcome of a create the API answered with an error */
    private Outcome refused(PeopleCsv.Row row, UnifyServiceException e) {
        if (e instanceof UnauthorizedException || e instanceof PermissionDeniedException) {
            throw e;
        }
        if (e instanceof AlreadyEnrolledException a) {
            String activeSequence = Objects.toString(a.activeSequenceId(), "");
            boolean here = sequence.id().equals(a.activeSequenceId());
            return outcome(
                    row,
                    here ? Outcome.Kind.ALREADY_ACTIVE : Outcome.Kind.ACTIVE_ELSEWHERE,
                    Objects.toString(a.activeEnrollmentId(), ""),
                    activeSequence,
                    here ? "" : "active in another sequence");
        }
        if (e instanceof BadRequestException b) {
            List<String> mailbox = b.errors().stream()
                    .filter(error ->
                            !error.path().isEmpty() && error.path().get(0).equals("mailbox_emails"))
                    .map(BadRequestError::summary)
                    .toList();
            if (!mailbox.isEmpty()) {
                throw new MailboxRejected(String.join("; ", mailbox));
            }
            String reasons = b.errors().stream().map(BadRequestError::summary).collect(Collectors.joining("; "));
            return outcome(row, Outcome.Kind.REJECTED, "", "", reasons.isEmpty() ? ErrorReporter.headline(e) : reasons);
        }
        if (e instanceof NotFoundException) {
            return outcome(row, Outcome.Kind.REJECTED, "", "", "no such person (404)");
        }
        return outcome(row, Outcome.Kind.FAILED, "", "", ErrorReporter.headline(e));
    }

    /** The API refused the run's mailbox list: the same for every row, so the run stops. */
    private static final class MailboxRejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MailboxRejected(String problems) {
            super(problems);
        }
    }

    private Outcome outcome(
            PeopleCsv.Row row, Outcome.Kind kind, String enrollmentId, String activeSequenceId, String detail) {
        return new Outcome(row.line(), row.personId(), kind, enrollmentId, activeSequenceId, detail);
    }

    /** @return the outcomes so far by label, in the report's order */
    private Map<String, Integer> tally() {
        Map<String, Integer> tally = new LinkedHashMap<>();
        synchronized (counts) {
            counts.forEach((kind, n) -> tally.put(kind.label(), n));
        }
        return tally;
    }

    /** @return how many rows this run sent and got an outcome for */
    int sent() {
        return sentOutcomes.size();
    }

    /** @return how many rows this run had to send */
    int pending() {
        return pending;
    }

    /** @return why the run stopped early on an unreachable API (the last failure), if it did */
    Optional<String> unreachable() {
        return Optional.ofNullable(unreachable.get());
    }

    /**
     * @return every row's outcome (carried over, sent, invalid; after the run gave up on an unreachable API, also the
     *     rows it did not send, as failed) in file order
     */
    List<Outcome> outcomes() {
        List<Outcome> all = new ArrayList<>(carried);
        all.addAll(sentOutcomes.values());
        unreachable()
                .ifPresent(why -> toSend.stream()
                        .filter(row -> !sentOutcomes.containsKey(row.personId()))
                        .forEach(row -> all.add(outcome(
                                row,
                                Outcome.Kind.FAILED,
                                "",
                                "",
                                "not sent: the run stopped, the API was unreachable"))));
        all.addAll(invalid);
        all.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return all;
    }
}
