package io.github.unifysequences.cli;

import com.google.gson.JsonObject;
import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.core.ExportOptions;
import io.github.unifysequences.core.QueryJobExport;
import io.github.unifysequences.models.DateRange;
import io.github.unifysequences.models.EnrollmentQueryParams;
import io.github.unifysequences.models.EnrollmentStatus;
import io.github.unifysequences.models.EnrollmentStepQueryParams;
import io.github.unifysequences.models.EnrollmentStepStatus;
import io.github.unifysequences.models.QueryJobParams;
import io.github.unifysequences.models.SequenceEnrollment;
import io.github.unifysequences.models.SequenceEnrollmentStep;
import io.github.unifysequences.models.SetFilter;
import io.github.unifysequences.models.StepType;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export enrollments|enrollment-steps}: every matching row, through a Bulk API query job, streamed to a file. */
@Command(
        name = "export",
        description = "Export enrollments or enrollment steps through a query job, streamed to a file.",
        subcommands = {ExportCommands.Enrollments.class, ExportCommands.EnrollmentSteps.class})
final class ExportCommands {

    /** Starts a kind's export: its service's {@code queryJobs().export}. */
    private interface Starter<T, B> {
        QueryJobExport<T> start(UnifySequencesClient client, B params, ExportOptions options);
    }

    /** The options and the flow both kinds share; a kind adds its own filters and says which service exports. */
    abstract static class Export<T, B extends QueryJobParams.Builder<B>> extends ApiCommand {
        @Option(
                names = "--out",
                required = true,
                paramLabel = "FILE",
                description =
                        "The file to write, - for stdout. Replaced in one step when every row is in; links are written through.")
        Path file;

        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                description = "ndjson (default: each row as the API sent it) or csv.")
        RowFile.Format format = RowFile.Format.NDJSON;

        @Option(
                names = "--excel",
                description = "With --format csv: start the file with a UTF-8 byte order mark, so that Excel"
                        + " shows accents and non-Latin names right.")
        boolean excel;

        @Mixin
        EnrollmentFilters filters;

        @Option(
                names = "--mailbox-email",
                paramLabel = "ADDRESS",
                description = "Sending from this mailbox, by its address (export only; instead of --mailbox).")
        String mailboxEmail;

        private final String noun;
        private final Starter<T, B> starter;
        private final Function<T, JsonObject> json;
        private final List<String> columns;

        Export(String noun, Starter<T, B> starter, Function<T, JsonObject> json, List<String> columns) {
            this.noun = noun;
            this.starter = starter;
            this.json = json;
            this.columns = columns;
        }

        /**
         * @param warnings where warnings about option values go
         * @return the kind's params builder with its own filters set
         */
        abstract B params(PrintWriter warnings);

        @Override
        int run(UnifySequencesClient client, Output out) throws Exception {
            // Checked before the job is created: a missing or read-only folder must not cost a job and a wait.
            TargetFile target = TargetFile.of("--out", file);
            if (excel && format != RowFile.Format.CSV) {
                throw new CliError(SequencesCli.EXIT_USAGE, "--excel is for --format csv.");
            }
            B params = params(out.err());
            ifGiven(filters.sequenceId, params::sequenceId);
            ifGiven(filters.personId, params::personId);
            ifGiven(filters.mailboxId, params::mailboxId);
            ifGiven(mailboxEmail, params::mailboxEmail);
            if (filters.updatedAfter != null || filters.updatedBefore != null) {
                DateRange.Builder range = DateRange.builder();
                ifGiven(filters.updatedAfter, t -> range.gte(t.toInstant()));
                ifGiven(filters.updatedBefore, t -> range.lte(t.toInstant()));
                params.updatedAt(range.build());
            }
            // The total is known only once the job has finished, at the first progress report.
            AtomicReference<Progress> progress = new AtomicReference<>();
            ExportOptions options = ExportOptions.builder()
                    .progress((done, total) -> progress.updateAndGet(p ->
                                    p != null ? p : new Progress(out.err(), cli().stderrIsTerminal(), "export", total))
                            .update(done, Map.of()))
                    .build();
            Interrupts.during(() -> Interrupts.exitNow(
                    out.err(),
                    "\nInterrupted: the export is incomplete, so nothing was written"
                            + (target.isStdout() ? "" : " to " + file)
                            + " (its partial file is deleted). Run it again."));
            try (QueryJobExport<T> rows = starter.start(client, params, options)) {
                long count = RowFile.write(rows, json, format, columns, excel, target, out.out());
                if (progress.get() != null) {
                    progress.get().finish(count, Map.of());
                }
                JsonObject answer = new JsonObject();
                answer.addProperty("job_id", rows.jobId());
                answer.addProperty("rows", count);
                answer.addProperty("file", file.toString());
                answer.addProperty("format", format.name().toLowerCase(Locale.ROOT));
                // With the rows on stdout, the result line goes to stderr.
                (target.isStdout() ? out.onStderr() : out)
                        .done(
                                "Exported " + count + " " + noun + " to " + file + " (query job " + rows.jobId() + ", "
                                        + answer.get("format").getAsString() + ").",
                                answer);
            } finally {
                Interrupts.clear();
                if (progress.get() != null) {
                    progress.get().close();
                }
            }
            return SequencesCli.EXIT_OK;
        }
    }

    @Command(name = "enrollments", description = "Export every enrollment matching the filters given.")
    static final class Enrollments extends Export<SequenceEnrollment, EnrollmentQueryParams.Builder> {
        /** The CSV columns: the spec's SequenceEnrollment fields in order, its sequence, mailbox, person and play spread out. */
        static final List<String> COLUMNS = List.of(
                "id",
                "updated_at",
                "status",
                "is_blocked",
                "is_bounced",
                "is_canceled",
                "is_opted_out",
                "is_paused",
                "is_replied",
                "version",
                "started_at",
                "ended_at",
                "sequence.id",
                "sequence.name",
                "mailbox.id",
                "mailbox.email_address",
                "person.id",
                "person.email",
                "person.first_name",
                "person.last_name",
                "person.company.name",
                "enrolled_by_play.id",
                "enrolled_by_play.name",
                "reply_email_message");

        @Option(
                names = "--status",
                paramLabel = "STATUS",
                description = "DRAFT, IN_PROGRESS or FINISHED (repeatable: any of them).")
        List<String> statuses = new ArrayList<>();

        Enrollments() {
            super(
                    "enrollments",
                    (client, params, options) ->
                            client.enrollments().queryJobs().export(params.build(), options),
                    row -> row.rawJson().asJsonObject(),
                    COLUMNS);
        }

        @Override
        EnrollmentQueryParams.Builder params(PrintWriter warnings) {
            EnrollmentQueryParams.Builder params = EnrollmentQueryParams.builder();
            if (!statuses.isEmpty()) {
                params.status(SetFilter.in(Enums.parse(statuses, EnrollmentStatus::of, "--status", warnings)));
            }
            return params;
        }
    }

    @Command(name = "enrollment-steps", description = "Export every enrollment step matching the filters given.")
    static final class EnrollmentSteps extends Export<SequenceEnrollmentStep, EnrollmentStepQueryParams.Builder> {
        /** The CSV columns: the spec's SequenceEnrollmentStep fields in order, its sequence, enrollment and email spread out. */
        static final List<String> COLUMNS = List.of(
                "id",
                "updated_at",
                "type",
                "status",
                "is_blocked",
                "is_bounced",
                "is_canceled",
                "is_opted_out",
                "is_paused",
                "is_replied",
                "sequence.id",
                "sequence.name",
                "sequence.version",
                "step_number",
                "started_at",
                "ended_at",
                "enrollment.id",
                "enrollment.person.id",
                "enrollment.person.email",
                "enrollment.mailbox.email_address",
                "email_message.id",
                "email_message.subject",
                "email_message.sent_at",
                "email_message.opens",
                "email_message.clicks",
                "reply_email_message");

        @Option(
                names = "--status",
                paramLabel = "STATUS",
                description = "NOT_STARTED, SCHEDULED, PENDING, FINISHED, ... (repeatable).")
        List<String> statuses = new ArrayList<>();

        @Option(names = "--type", paramLabel = "TYPE", description = "AUTOMATIC_EMAIL, PHONE_CALL, ... (repeatable).")
        List<String> types = new ArrayList<>();

        @Option(names = "--enrollment", paramLabel = "ID", description = "Of this enrollment.")
        String enrollmentId;

        EnrollmentSteps() {
            super(
                    "enrollment steps",
                    (client, params, options) ->
                            client.enrollmentSteps().queryJobs().export(params.build(), options),
                    row -> row.rawJson().asJsonObject(),
                    COLUMNS);
        }

        @Override
        EnrollmentStepQueryParams.Builder params(PrintWriter warnings) {
            EnrollmentStepQueryParams.Builder params = EnrollmentStepQueryParams.builder();
            if (!statuses.isEmpty()) {
                params.status(SetFilter.in(Enums.parse(statuses, EnrollmentStepStatus::of, "--status", warnings)));
            }
            if (!types.isEmpty()) {
                params.type(SetFilter.in(Enums.parse(types, StepType::of, "--type", warnings)));
            }
            ifGiven(enrollmentId, params::enrollmentId);
            return params;
        }
    }
}
