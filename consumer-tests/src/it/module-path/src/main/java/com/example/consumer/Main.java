package com.example.consumer;

import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.core.ExportOptions;
import io.github.unifysequences.core.QueryJobExport;
import io.github.unifysequences.errors.NotFoundException;
import io.github.unifysequences.models.EnrollmentQueryParams;
import io.github.unifysequences.models.Sequence;
import io.github.unifysequences.models.SequenceEnrollment;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Lists sequences, reads a field through the raw JSON (Gson, read transitively), maps a 404 to its exception, and
 * exports every enrollment through a query job (a request body Gson writes from a generated model, NDJSON rows).
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        try (UnifySequencesClient client =
                UnifySequencesClient.builder().baseUrl(args[0]).apiKey(args[1]).build()) {
            List<Sequence> sequences = client.sequences().list().items();
            Sequence first = sequences.get(0);
            Module sdk = UnifySequencesClient.class.getModule();
            System.out.println((sdk.getDescriptor().isAutomatic() ? "automatic module " : "module ") + sdk.getName()
                    + " listed " + sequences.size() + " sequences; first id "
                    + first.rawJson().get("id").orElseThrow());
            try {
                client.sequences().retrieve(UUID.randomUUID().toString());
            } catch (NotFoundException e) {
                System.out.println("unknown sequence: HTTP " + e.statusCode());
            }
            ExportOptions options = ExportOptions.builder()
                    .pollInterval(Duration.ofMillis(10), Duration.ofMillis(100))
                    .build();
            try (QueryJobExport<SequenceEnrollment> rows =
                    client.enrollments().queryJobs().export(EnrollmentQueryParams.all(), options)) {
                System.out.println("exported " + rows.stream().count() + " enrollments");
            }
        }
    }
}
