package com.example.consumer;

import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.errors.NotFoundException;
import io.github.unifysequences.models.Sequence;
import java.util.List;
import java.util.UUID;

/** Lists sequences, reads a field through the raw JSON (Gson, read transitively) and maps a 404 to its exception. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        try (UnifySequencesClient client = UnifySequencesClient.builder().baseUrl(args[0]).apiKey(args[1]).build()) {
            List<Sequence> sequences = client.sequences().list().items();
            Sequence first = sequences.get(0);
            Module sdk = UnifySequencesClient.class.getModule();
            System.out.println((sdk.getDescriptor().isAutomatic() ? "automatic module " : "module ") + sdk.getName()
                    + " listed " + sequences.size() + " sequences; first id " + first.rawJson().get("id").orElseThrow());
            try {
                client.sequences().retrieve(UUID.randomUUID().toString());
            } catch (NotFoundException e) {
                System.out.println("unknown sequence: HTTP " + e.statusCode());
            }
        }
    }
}
