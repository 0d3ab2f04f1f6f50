package io.github.unifysequences.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The update tool refuses input the generator would choke on, and accepts what it can normalise. */
class SpecInputTest {
    @TempDir
    Path dir;

    private Path pin;
    private Path lock;
    private byte[] pinBefore;

    @BeforeEach
    void copyPin() throws Exception {
        Fixtures.copyPinAndLock(dir);
        pin = dir.resolve(Fixtures.PIN.getFileName());
        lock = dir.resolve(Fixtures.LOCK.getFileName());
        pinBefore = Files.readAllBytes(pin);
    }

    @Test
    void anUnresolvedRefIsRefusedNamingItAndNothingIsWritten() throws Exception {
        JsonObject spec = SpecJson.read(Fixtures.published(Fixtures.AUGUST_19));
        // Still referenced from the enrollment responses.
        spec.getAsJsonObject("components").getAsJsonObject("schemas").remove("Enrollment");

        assertThatThrownBy(() -> update(write("broken.json", spec.toString()), null))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("unresolved $ref #/components/schemas/Enrollment at /");
        Fixtures.assertSameText(Files.readAllBytes(pin), pinBefore);
    }

    @Test
    void aDocumentThatIsNotOpenApi30Or31IsRefused() throws Exception {
        assertThatThrownBy(() -> update(write("swagger.json", "{\"swagger\":\"2.0\",\"paths\":{}}"), null))
                .hasMessageContaining("not an OpenAPI 3.0 or 3.1 document")
                .hasMessageContaining("Swagger 2.0");
        assertThatThrownBy(() -> update(write("v32.json", "{\"openapi\":\"3.2.0\",\"paths\":{}}"), null))
                .hasMessageContaining("\"3.2.0\"");
    }

    @Test
    void aSha256MismatchIsRefusedAndAMatchIsAccepted() throws Exception {
        Path file = Fixtures.published(Fixtures.AUGUST_19);
        assertThatThrownBy(() -> update(file, "00" + "ab".repeat(31)))
                .hasMessageContaining("not the expected 00abab")
                .hasMessageContaining("nothing was written");
        Fixtures.assertSameText(Files.readAllBytes(pin), pinBefore);

        update(file, SpecFingerprint.sha256(Files.readAllBytes(file)).toUpperCase());
        Fixtures.assertSameText(Files.readAllBytes(pin), pinBefore);
    }

    @Test
    void yamlGivesTheSamePinAsJson() throws Exception {
        String yaml = "openapi: 3.1.0\n"
                + "info: {title: T, version: '1', x-published: 2026-08-19}\n"
                + "paths:\n"
                + "  /a:\n"
                + "    get:\n"
                + "      operationId: get_a\n"
                + "      responses:\n"
                + "        200:\n"
                + "          description: ok\n"
                + "          content: {application/json: {schema: {$ref: '#/components/schemas/A'}}}\n"
                + "components:\n"
                + "  schemas:\n"
                + "    A: {type: object, properties: {n: {type: integer, example: 1.5}, on: {type: boolean}}}\n";
        update(write("spec.yaml", yaml), null);
        JsonObject fromYaml = SpecJson.read(pin);
        assertThat(fromYaml.getAsJsonObject("info").get("x-published").getAsString())
                .isEqualTo("2026-08-19");
        assertThat(fromYaml.getAsJsonObject("paths")
                        .getAsJsonObject("/a")
                        .getAsJsonObject("get")
                        .getAsJsonObject("responses")
                        .has("200"))
                .isTrue();

        assertThatThrownBy(() -> update(write("bad.yaml", "openapi: [3.1.0\n"), null))
                .hasMessageContaining("is not valid JSON, nor valid YAML");
    }

    @Test
    void openApi31NullabilityIsWrittenForTheGenerator() throws Exception {
        String spec = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"T\",\"version\":\"1\"},\"paths\":{},"
                + "\"components\":{\"schemas\":{\"A\":{\"type\":\"object\",\"properties\":{"
                + "\"s\":{\"type\":[\"string\",\"null\"]},\"n\":{\"type\":[\"null\",\"integer\"],\"format\":\"int32\"},"
                + "\"t\":{\"type\":[\"string\"]}}}}}}";
        String report = update(write("nullable.json", spec), null);
        JsonObject properties = SpecJson.read(pin)
                .getAsJsonObject("components")
                .getAsJsonObject("schemas")
                .getAsJsonObject("A")
                .getAsJsonObject("properties");
        assertThat(properties.get("s")).isEqualTo(JsonParser.parseString("{\"type\":\"string\",\"nullable\":true}"));
        assertThat(properties.get("n"))
                .isEqualTo(JsonParser.parseString("{\"type\":\"integer\",\"format\":\"int32\",\"nullable\":true}"));
        assertThat(properties.get("t")).isEqualTo(JsonParser.parseString("{\"type\":\"string\"}"));
        assertThat(report).contains("2 OpenAPI 3.1 nullable types");
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private String update(Path source, String sha256) throws Exception {
        return new SpecUpdater(Fixtures.TODAY)
                .update(new SpecUpdater.Request(source.toUri(), pin, lock, "2026-08-19", false, sha256));
    }
}
