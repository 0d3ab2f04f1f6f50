package io.github.unifysequences.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecUpdaterTest {
    @TempDir
    Path dir;

    private Path pin;
    private Path lock;

    @BeforeEach
    void copyCommittedPin() throws Exception {
        Fixtures.copyPinAndLock(dir);
        pin = dir.resolve(Fixtures.PIN.getFileName());
        lock = dir.resolve(Fixtures.LOCK.getFileName());
    }

    @Test
    void augustNineteenthPlusOverlayReproducesTheCommittedPinByteForByte() throws Exception {
        String report = update(Fixtures.AUGUST_19, "", false);

        Fixtures.assertSameText(Fixtures.bytes(pin), Fixtures.bytes(Fixtures.PIN));
        assertThatCode(() -> LockCheck.check(pin, lock)).doesNotThrowAnyException();
        assertThat(report)
                .contains("No changes against the previous pin.")
                .contains("openapi label 3.0.0 normalised to 3.1.0")
                .contains("kept (reconstructed, not in fetched spec): 14")
                .contains("now published by the vendor: none");
    }

    @Test
    void lockRecordsTheVendorUrlAndNoLocalPathForAFileUrl() throws Exception {
        update(Fixtures.AUGUST_19, "", false);

        JsonObject written = SpecJson.read(lock);
        JsonObject committed = SpecJson.read(Fixtures.LOCK);
        assertThat(written.keySet())
                .containsExactly(
                        "file",
                        "source_url",
                        "published_base",
                        "sha256",
                        "openapi",
                        "operations",
                        "schemas",
                        "reconstructed_operations");
        assertThat(written).isEqualTo(committed);
        assertThat(written.toString())
                .doesNotContain("file:")
                .doesNotContain(
                        Fixtures.published(Fixtures.AUGUST_19).getParent().toString());
    }

    @Test
    void publishedBaseComesFromTheOptionElseTheFileNameElseToday() throws Exception {
        update(Fixtures.AUGUST_19, "2026-08-20", false);
        assertThat(publishedBase()).isEqualTo("2026-08-20");

        update(Fixtures.AUGUST_19, "", false);
        assertThat(publishedBase()).isEqualTo("2026-08-19");

        Path undated = dir.resolve("openapi.json");
        Files.copy(Fixtures.published(Fixtures.AUGUST_19), undated);
        new SpecUpdater(Fixtures.TODAY).update(new SpecUpdater.Request(undated.toUri(), pin, lock, null, false));
        assertThat(publishedBase()).isEqualTo("2026-11-27");
    }

    @Test
    void updatingToAugustSecondThenNineteenthReportsTheVendorsChanges() throws Exception {
        update(Fixtures.AUGUST_02, "", false);
        String report = update(Fixtures.AUGUST_19, "", false);

        assertThat(report)
                .contains("Operations added: none\n"
                        + "Operations removed: none\n"
                        + "Operations changed:\n"
                        + "  GET /enrollments (list_sequence_enrollments)\n"
                        + "    parameter added: enrolled_by_play_id (query)\n"
                        + "Schemas added: EnrollmentPlay, PlaySummary\n"
                        + "Schemas removed: none\n"
                        + "Schemas changed:\n"
                        + "  CreateBulkApiSequenceEnrollmentsJobFilter\n"
                        + "    property added: enrolled_by_play\n"
                        + "  Enrollment\n"
                        + "    property added: enrolled_by_play\n"
                        + "    now required: enrolled_by_play\n"
                        + "  SequenceEnrollment\n"
                        + "    property added: enrolled_by_play\n"
                        + "    now required: enrolled_by_play\n")
                .contains("Documentation-only changes: 20 operations, 0 schemas")
                .contains("Vendor-extension changes (x-mcp-tool): 13 operations, 0 schemas")
                .contains("Other sections changed: none")
                .contains("moved the prefix /sequences/v1 from 18 paths to the server URL");
        Fixtures.assertSameText(Fixtures.bytes(pin), Fixtures.bytes(Fixtures.PIN));
    }

    @Test
    void dropReconstructedPinsTheVendorFileAlone() throws Exception {
        String report = update(Fixtures.AUGUST_19, "", true);

        assertThat(report).contains("dropped (-Dspec.dropReconstructed=true, not in fetched spec): 14");
        assertThat(ReconstructedOverlay.markedNodes(SpecJson.read(pin))).isEmpty();
        assertThat(SpecJson.read(lock).get("operations").getAsInt()).isEqualTo(23);
        assertThat(SpecJson.read(lock).getAsJsonArray("reconstructed_operations"))
                .isEmpty();
        assertThatCode(() -> LockCheck.check(pin, lock)).doesNotThrowAnyException();
    }

    private String update(String publishedFile, String publishedBase, boolean dropReconstructed) throws Exception {
        return new SpecUpdater(Fixtures.TODAY)
                .update(new SpecUpdater.Request(
                        Fixtures.published(publishedFile).toUri(), pin, lock, publishedBase, dropReconstructed));
    }

    private String publishedBase() {
        return SpecJson.read(lock).get("published_base").getAsString();
    }
}
