package io.github.unifysequences.cli;

import io.github.unifysequences.client.UnifySequencesClient;
import io.github.unifysequences.models.SequenceStepListParams;
import io.github.unifysequences.models.StepType;
import java.util.ArrayList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sequence-steps list|get}. */
@Command(
        name = "sequence-steps",
        description = "List and show the steps of a sequence.",
        subcommands = {SequenceStepCommands.List.class, SequenceStepCommands.Get.class})
final class SequenceStepCommands {

    @Command(name = "list", description = "List the steps of a sequence (all pages).")
    static final class List extends ApiCommand {
        @Parameters(paramLabel = "SEQUENCE_ID")
        String sequenceId;

        @Option(
                names = "--type",
                paramLabel = "TYPE",
                description = "Only steps of this type (repeatable), e.g. AUTOMATIC_EMAIL, PHONE_CALL.")
        java.util.List<String> types = new ArrayList<>();

        @Mixin
        ListLimit limit;

        @Override
        int run(UnifySequencesClient client, Output out) {
            SequenceStepListParams.Builder params = SequenceStepListParams.builder()
                    .types(Enums.parse(types, StepType::of, "--type", out.err()).toArray(StepType[]::new));
            params.limit(limit.pageSize());
            out.list(
                    client.sequences().steps().list(sequenceId, params.build()).autoPager(),
                    Views.SEQUENCE_STEP,
                    limit.limit);
            return SequencesCli.EXIT_OK;
        }
    }

    @Command(name = "get", description = "Show one step of a sequence.")
    static final class Get extends ApiCommand {
        @Parameters(index = "0", paramLabel = "SEQUENCE_ID")
        String sequenceId;

        @Parameters(index = "1", paramLabel = "STEP_ID")
        String stepId;

        @Override
        int run(UnifySequencesClient client, Output out) {
            out.one(client.sequences().steps().retrieve(sequenceId, stepId), Views.SEQUENCE_STEP);
            return SequencesCli.EXIT_OK;
        }
    }
}
