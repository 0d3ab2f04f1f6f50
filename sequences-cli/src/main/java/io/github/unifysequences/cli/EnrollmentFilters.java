package io.github.unifysequences.cli;

import java.time.OffsetDateTime;
import picocli.CommandLine.Option;

/** The filters {@code enrollments list} and {@code export} share: one vocabulary, the same names and meaning in both. */
final class EnrollmentFilters {
    @Option(names = "--sequence", paramLabel = "ID", description = "In this sequence.")
    String sequenceId;

    @Option(names = "--person", paramLabel = "ID", description = "Of this person.")
    String personId;

    @Option(names = "--mailbox", paramLabel = "ID", description = "Sending from this mailbox (by id).")
    String mailboxId;

    @Option(
            names = "--updated-after",
            paramLabel = "TIME",
            description = "Updated at or after this time: 2025-06-01 (00:00 UTC) or 2025-06-01T09:30:00Z.")
    OffsetDateTime updatedAfter;

    @Option(
            names = "--updated-before",
            paramLabel = "TIME",
            description = "Updated at or before this time, same forms.")
    OffsetDateTime updatedBefore;
}
