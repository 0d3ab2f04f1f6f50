package io.github.unifysequences.cli;

import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.core.QueryJobExport;
import io.github.unifysequences.errors.AlreadyEnrolledException;
import io.github.unifysequences.errors.BadRequestError;
import io.github.unifysequences.errors.BadRequestException;
import io.github.unifysequences.models.Enrollment;
import io.github.unifysequences.models.EnrollmentCreateParams;
import io.github.unifysequences.models.EnrollmentListParams;
import io.github.unifysequences.models.EnrollmentQueryParams;
import io.github.unifysequences.models.EnrollmentStatus;
import io.github.unifysequences.models.EnrollmentStep;
import io.github.unifysequences.models.EnrollmentStepUpdateParams;
import io.github.unifysequences.models.PauseState;
import io.github.unifysequences.models.Sequence;
import io.github.unifysequences.models.SequenceEnrollment;
import io.github.unifysequences.models.SequenceStep;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The demo's story, told through the SDK only, so the same code runs against the sandbox and the real API. Reading
 * chapters always run; the chapters that change things run only with a {@link Cast}.
 */
final class DemoStory {

    /**
     * Who and what the writing chapters use.
     *
     * @param sequence the sequence to enroll people in; empty = the first active one that needs no approval
     * @param approvalSequences sequences whose enrollments wait for approval (one more person is enrolled in the first)
     * @param mailboxEmail the mailbox to send from
     * @param people people free to enroll
     * @param optedOut a person who opted out, to show the API's refusal
     * @param doNotEmail a person marked do-not-email, likewise
     * @param sandbox whether anyone may be enrolled for show: in a sandbox the conflict is shown with someone active in
     *                another sequence; against the real API only the given people are touched, so it is shown by
     *                enrolling one of them twice
     */
    record Cast(
            Optional<UUID> sequence,
            List<UUID> approvalSequences,
            String mailboxEmail,
            List<UUID> people,
            Optional<UUID> optedOut,
            Optional<UUID> doNotEmail,
            boolean sandbox) {}

    private static final int PAGE_SIZE = 10;

    private final UnifySequencesClient client;
    private final PrintWriter out;
    private final String target;
    private final Optional<Cast> cast;
    private final boolean keepExport;
    private final Map<UUID, Sequence> sequences = new LinkedHashMap<>();
    private final Map<String, Integer> tally = new LinkedHashMap<>();
    private int chapters;

    /**
     * @param client the client
     * @param out where the story goes
     * @param target what the client talks to, for people to read
     * @param cast who the writing chapters use; empty = read only
     * @param keepExport whether to leave the export file behind (it is deleted at the end otherwise)
     */
    DemoStory(UnifySequencesClient client, PrintWriter out, String target, Optional<Cast> cast, boolean keepExport) {
        this.client = client;
        this.out = out;
        this.target = target;
        this.cast = cast;
        this.keepExport = keepExport;
    }

    void tell() {
        out.println("Unify Sequences demo, against " + target + ".");
        if (cast.isEmpty()) {
            out.println(
                    "Read-only: nothing will be changed. Add --allow-writes (with --sequence, --mailbox-email, --person)"
                            + " to also enroll, pause, resume, approve, cancel and edit.");
        }
        sequencesAndSteps();
        cast.ifPresent(c -> {
            List<Enrollment> enrolled = enroll(c);
            control(enrolled);
        });
        int paged = allEnrollments();
        export(paged);
        summary();
        out.flush();
    }

    private void sequencesAndSteps() {
        chapter("Sequences and their steps");
        client.sequences().list().autoPager().forEach(s -> sequences.put(s.id(), s));
        count("sequences read", sequences.size());
        line(sequences.size()
                + " sequences. Each step is one of the SDK's sealed variants (automatic email, manual email,"
                + " task) and runs after its parent under a condition tree.");
        for (Sequence sequence : sequences.values()) {
            out.println();
            line(sequence.name() + " (" + (sequence.isPaused() ? "paused" : "active") + ", " + sequence.id() + ")");
            List<SequenceStep> steps = client
                    .sequences()
                    .steps()
                    .list(sequence.id().toString())
                    .autoPager()
                    .stream()
                    .toList();
            Map<UUID, Integer> numbers = new HashMap<>();
            steps.forEach(s -> numbers.put(s.id(), numbers.size() + 1));
            List<List<String>> rows = new ArrayList<>();
            for (SequenceStep step : steps) {
                rows.add(List.of(
                        "#" + numbers.get(step.id()),
                        step.type().asString(),
                        Views.what(step),
                        Views.runs(step, numbers)));
            }
            Table.render(List.of("STEP", "TYPE", "WHAT", "RUNS"), rows).lines().forEach(l -> line("  " + l));
            count("steps read", steps.size());
        }
    }

    private List<Enrollment> enroll(Cast c) {
        Sequence sequence = c.sequence()
                .map(id -> sequences.computeIfAbsent(id, i -> client.sequences().retrieve(i.toString())))
                .orElseGet(() -> sequences.values().stream()
                        .filter(s -> !s.isPaused() && !c.approvalSequences().contains(s.id()))
                        .findFirst()
                        .orElseThrow());
        chapter("Enrolling people in \"" + sequence.name() + "\", sending from " + c.mailboxEmail());
        List<Enrollment> enrolled = new ArrayList<>();
        List<UUID> people = new ArrayList<>(c.people());
        // With an approval sequence at hand, the last person goes there, to show approve later.
        Optional<UUID> approvalSequence = c.approvalSequences().stream()
                .filter(id -> !sequences.get(id).isPaused())
                .findFirst()
                .filter(id -> people.size() > 2);
        Optional<UUID> approvalPerson = approvalSequence.map(id -> people.remove(people.size() - 1));
        people.forEach(person -> tryEnroll(sequence.id(), person, "person " + person, c.mailboxEmail())
                .ifPresent(enrolled::add));
        approvalPerson.ifPresent(
                person -> tryEnroll(approvalSequence.get(), person, "person " + person, c.mailboxEmail())
                        .ifPresent(enrolled::add));
        Optional<Enrollment> active =
                c.sandbox() ? activeElsewhere(sequence.id()) : enrolled.stream().findFirst();
        active.ifPresent(e -> tryEnroll(sequence.id(), e.person().id(), Views.person(e.person()), c.mailboxEmail()));
        c.optedOut()
                .ifPresent(person -> tryEnroll(sequence.id(), person, "opted-out person " + person, c.mailboxEmail()));
        c.doNotEmail()
                .ifPresent(
                        person -> tryEnroll(sequence.id(), person, "do-not-email person " + person, c.mailboxEmail()));
        return enrolled;
    }

    /** @return an enrollment in progress in another sequence: the API allows one active enrollment per person */
    private Optional<Enrollment> activeElsewhere(UUID sequenceId) {
        return client
                .enrollments()
                .list(EnrollmentListParams.builder()
                        .statuses(EnrollmentStatus.IN_PROGRESS)
                        .build())
                .autoPager()
                .stream()
                .filter(e -> !e.sequence().id().equals(sequenceId) && !e.isCanceled())
                .findFirst();
    }

    private Optional<Enrollment> tryEnroll(UUID sequenceId, UUID personId, String who, String mailboxEmail) {
        EnrollmentCreateParams params = EnrollmentCreateParams.builder()
                .sequenceId(sequenceId.toString())
                .personId(personId.toString())
                .addMailboxEmail(mailboxEmail)
                .build();
        try {
            Enrollment e = client.enrollments().create(params);
            line("✓ " + Views.person(e.person()) + " enrolled in \""
                    + e.sequence().name() + "\": " + e.status()
                    + (e.isDraftApprovalPending().orElse(false) ? ", awaiting approval" : "") + " (enrollment " + e.id()
                    + ")");
            count("enrolled", 1);
            return Optional.of(e);
        } catch (AlreadyEnrolledException e) {
            Sequence active = sequences.get(e.activeSequenceId());
            line("↷ " + who + " is already active: HTTP 409 " + e.apiStatus().orElse("conflict")
                    + ", active in \"" + (active == null ? e.activeSequenceId() : active.name()) + "\" (enrollment "
                    + e.activeEnrollmentId() + "). Left where they are.");
            count("conflicts handled", 1);
        } catch (BadRequestException e) {
            line("✗ " + who + " cannot be enrolled: HTTP 400 "
                    + (e.errors().isEmpty()
                            ? e.apiMessage().orElse("bad_request")
                            : e.errors().stream().map(BadRequestError::summary).collect(Collectors.joining("; "))));
            count("refused (opted out / do not email)", 1);
        }
        return Optional.empty();
    }

    private void control(List<Enrollment> enrolled) {
        chapter("Controlling enrollments");
        if (enrolled.isEmpty()) {
            line("Nobody was enrolled, so there is nothing to control.");
            return;
        }
        Enrollment first = enrolled.get(0);
        String who = Views.person(first.person());
        PauseState paused = client.enrollments().pause(first.id().toString());
        line("paused   " + who + " → is_paused=" + paused.isPaused());
        PauseState resumed = client.enrollments().resume(first.id().toString());
        line("resumed  " + who + " → is_paused=" + resumed.isPaused());
        count("enrollments paused and resumed", 1);
        for (Enrollment e : enrolled) {
            if (e.isDraftApprovalPending().orElse(false)) {
                client.enrollments().approve(e.id().toString());
                Enrollment now = client.enrollments().retrieve(e.id().toString());
                line("approved " + Views.person(e.person()) + " in \""
                        + e.sequence().name() + "\" → " + now.status()
                        + (now.isDraftApprovalPending().orElse(false) ? ", still awaiting approval" : ""));
                count("approved", 1);
            }
        }
        if (enrolled.size() > 1) {
            Enrollment last = enrolled.get(1);
            client.enrollments().cancel(last.id().toString());
            Enrollment now = client.enrollments().retrieve(last.id().toString());
            line("canceled " + Views.person(last.person()) + " → " + now.status()
                    + (now.isCanceled() ? ", canceled" : ""));
            count("canceled", 1);
        }
        editFirstEmail(first);
        Sequence sequence = sequences.get(first.sequence().id());
        if (sequence != null && !sequence.isPaused()) {
            PauseState seqPaused = client.sequences().pause(sequence.id().toString());
            Sequence seqResumed = client.sequences().resume(sequence.id().toString());
            line("paused sequence \"" + sequence.name() + "\" (is_paused=" + seqPaused.isPaused()
                    + ") and resumed it (is_paused=" + seqResumed.isPaused() + ")");
            count("sequences paused and resumed", 1);
        }
    }

    /** Enrollment steps carry each person's own copy of the emails; editing one is optimistic, from its version. */
    private void editFirstEmail(Enrollment enrollment) {
        List<EnrollmentStep> steps = client
                .enrollments()
                .steps()
                .list(enrollment.id().toString())
                .autoPager()
                .stream()
                .toList();
        line(Views.person(enrollment.person()) + "'s enrollment has " + steps.size() + " steps: "
                + steps.stream()
                        .map(s -> s.stepNumber().map(n -> "#" + n + " ").orElse("") + s.type() + " " + s.status())
                        .collect(Collectors.joining(", ")));
        steps.stream()
                .filter(s -> s.email().isPresent() && s.status().asString().matches("NOT_STARTED|SCHEDULED|PENDING"))
                .findFirst()
                .ifPresent(step -> {
                    String version = step.email().get().versionId();
                    EnrollmentStep edited = client.enrollmentSteps()
                            .update(
                                    step.id().toString(),
                                    EnrollmentStepUpdateParams.builder()
                                            .versionId(version)
                                            .subject("Quick question, {{variable::person.firstName}}")
                                            .build());
                    line("edited   the email of step "
                            + step.stepNumber()
                                    .map(n -> "#" + n)
                                    .orElse(step.id().toString())
                            + ": subject \""
                            + edited.email().flatMap(m -> m.subject()).orElse("") + "\", version " + version
                            + " → "
                            + edited.email()
                                    .map(m -> m.versionId() + (m.isReady() ? "" : " (tokens resolving)"))
                                    .orElse(""));
                    count("emails edited", 1);
                });
    }

    private int allEnrollments() {
        chapter("Every enrollment, page by page");
        Map<String, Integer> statuses = new TreeMap<>();
        Map<String, Integer> flags = new TreeMap<>();
        int total = 0;
        for (Enrollment e : client.enrollments()
                .list(EnrollmentListParams.builder().limit(PAGE_SIZE).build())
                .autoPager()) {
            total++;
            statuses.merge(e.status().asString(), 1, Integer::sum);
            for (String flag : Views.flags(e).split(", ")) {
                if (!flag.isEmpty()) {
                    flags.merge(flag, 1, Integer::sum);
                }
            }
        }
        line(total + " enrollments, fetched " + PAGE_SIZE + " per request by the auto-pager ("
                + (total + PAGE_SIZE - 1) / PAGE_SIZE + " pages).");
        line("by status: " + join(statuses));
        line("flags:     " + join(flags));
        count("enrollments read", total);
        return total;
    }

    /**
     * The Bulk API: one query job, waited for and streamed to a file a line at a time. The file holds the workspace's
     * people (names, emails), so it goes in a folder of its own that only this user can read, and both are deleted at
     * the end unless the user asked to keep them.
     */
    private void export(int paged) {
        chapter("Bulk export through a query job");
        try {
            Path folder = Files.createTempDirectory(
                    "unify-demo-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path file = folder.resolve("enrollments.ndjson");
            try (QueryJobExport<SequenceEnrollment> rows =
                    client.enrollments().queryJobs().export(EnrollmentQueryParams.all())) {
                line("query job " + rows.jobId()
                        + " created; waiting for it to finish, then streaming its pages as NDJSON");
                long written = RowFile.write(
                        rows,
                        r -> r.rawJson().asJsonObject(),
                        RowFile.Format.NDJSON,
                        ExportCommands.Enrollments.COLUMNS,
                        false,
                        TargetFile.of("export", file),
                        out);
                line(written + " enrollments written to " + file
                        + (written == paged
                                ? ", the same count as the auto-pager read"
                                : " (the auto-pager read " + paged + ")"));
                count("enrollments exported", (int) written);
            } finally {
                if (keepExport) {
                    line("kept " + file + " (readable by you only); delete it when done");
                } else {
                    Files.deleteIfExists(file);
                    Files.delete(folder);
                    line("deleted it again (--keep-export keeps it)");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void summary() {
        chapter("Summary");
        tally.forEach((what, n) -> line(String.format("%-36s %d", what, n)));
    }

    private static String join(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private void chapter(String title) {
        out.println();
        out.println(++chapters + ". " + title);
    }

    private void line(String text) {
        out.println("   " + text);
    }

    private void count(String what, int n) {
        tally.merge(what, n, Integer::sum);
    }
}
