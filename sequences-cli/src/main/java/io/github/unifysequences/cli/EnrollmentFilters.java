package io.github.unifysequences.cli;

import java.time.OffsetDateTime;

import picocli.CommandLine.Option;

/** The filters {@code enrollments list} and {@code export} share, with the same names and meaning. */
final class EnrollmentFilters {
    @Option(names = "--sequence", paramLabel = "ID", description = "In this sequence.")
    String sequenceId;

    @Option(names = "--person", paramLabel = "ID", description = "Of this person.")
    String personId;

    @Option(names = "--updated-after", paramLabel = "TIME", description = "Updated at or after this ISO-8601 time, e.g. 2025-06-01T00:00:00Z.")
    OffsetDateTime updatedAfter;

    @Option(names = "--updated-before", paramLabel = "TIME", description = "Updated at or before this ISO-8601 time.")
    OffsetDateTime updatedBefore;
}
