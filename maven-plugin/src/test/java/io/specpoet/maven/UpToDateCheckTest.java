package io.specpoet.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.specpoet.generator.GeneratorRun;
import io.specpoet.generator.write.OutputWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fingerprint changes with every input of a generation (the spec, a file it references, a
 * parameter, the generator's version) and with nothing else; a run is up to date only when the
 * fingerprint matches and the output is all there.
 */
class UpToDateCheckTest {

    static final String VERSION = "1.0.0";

    @TempDir
    Path work;

    Path spec;
    Path output;
    GeneratorRun run;

    @BeforeEach
    void setUp() throws IOException {
        write("schemas/name.yaml", "type: string\nmaxLength: 3\n");
        write("schemas/tag.yaml", "$ref: 'name.yaml'\n");
        spec = write("api.yaml", """
                openapi: 3.0.3
                info: {title: Pets, version: '1'}
                paths: {}
                components:
                  schemas:
                    Pet:
                      type: object
                      properties:
                        name: {$ref: 'schemas/name.yaml'}
                        tag: {$ref: './schemas/tag.yaml#/'}
                        self: {$ref: '#/components/schemas/Pet'}
                      example: {$ref: 'not-a-reference.yaml'}
                      x-note: {$ref: 'not-a-reference-either.yaml'}
                """);
        output = work.resolve("out");
        run = new GeneratorRun(spec, output, "com.example", null, false);
    }

    Path write(String name, String text) throws IOException {
        Path file = work.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    String fingerprint(GeneratorRun run, String version) throws IOException {
        return UpToDateCheck.fingerprint(run, version).orElseThrow();
    }

    @Test
    void unchangedInputsGiveTheSameFingerprint() throws IOException {
        String before = fingerprint(run, VERSION);
        // Only content counts: a touched file, or a new one the spec does not reference, changes nothing.
        Files.setLastModifiedTime(spec, FileTime.fromMillis(0));
        write("unrelated.yaml", "anything: 1\n");

        assertThat(fingerprint(new GeneratorRun(spec, output, "com.example", null, false), VERSION)).isEqualTo(before);
    }

    @Test
    void aChangedSpecChangesTheFingerprint() throws IOException {
        String before = fingerprint(run, VERSION);
        Files.writeString(spec, Files.readString(spec) + "# a comment\n");

        assertThat(fingerprint(run, VERSION)).isNotEqualTo(before);
    }

    @Test
    void aChangedReferencedFileChangesTheFingerprint() throws IOException {
        String before = fingerprint(run, VERSION);
        write("schemas/tag.yaml", "$ref: 'name.yaml'\ndescription: a tag\n");

        assertThat(fingerprint(run, VERSION)).isNotEqualTo(before);
    }

    @Test
    void aFileReferencedThroughAnotherFileIsFollowed() throws IOException {
        String before = fingerprint(run, VERSION);
        write("schemas/name.yaml", "type: string\nmaxLength: 4\n");

        assertThat(SpecFiles.of(spec).files()).containsExactly(
                spec, work.resolve("schemas/name.yaml"), work.resolve("schemas/tag.yaml"));
        assertThat(fingerprint(run, VERSION)).isNotEqualTo(before);
    }

    @Test
    void creatingAMissingReferencedFileChangesTheFingerprint() throws IOException {
        write("schemas/tag.yaml", "$ref: 'later.yaml'\n");
        String before = fingerprint(run, VERSION);
        write("schemas/later.yaml", "type: string\n");

        assertThat(fingerprint(run, VERSION)).isNotEqualTo(before);
    }

    @Test
    void everyParameterChangesTheFingerprint() throws IOException {
        String before = fingerprint(run, VERSION);

        assertThat(fingerprint(new GeneratorRun(spec, work.resolve("other"), "com.example", null, false), VERSION))
                .isNotEqualTo(before);
        assertThat(fingerprint(new GeneratorRun(spec, output, "com.example.other", null, false), VERSION))
                .isNotEqualTo(before);
        assertThat(fingerprint(new GeneratorRun(spec, output, "com.example", "PetClient", false), VERSION))
                .isNotEqualTo(before);
        assertThat(fingerprint(new GeneratorRun(spec, output, "com.example", null, true), VERSION))
                .isNotEqualTo(before);
        Path copy = Files.copy(spec, work.resolve("copy.yaml"));
        assertThat(fingerprint(new GeneratorRun(copy, output, "com.example", null, false), VERSION))
                .isNotEqualTo(before);
    }

    @Test
    void anotherGeneratorVersionChangesTheFingerprint() throws IOException {
        assertThat(fingerprint(run, "1.0.1")).isNotEqualTo(fingerprint(run, VERSION));
    }

    @Test
    void aReleaseIsIdentifiedByItsVersionAndASnapshotAlsoByItsCode() throws IOException {
        Path jar = write("generator.jar", "classes");
        String snapshot = UpToDateCheck.generatorVersion("1.2.3-SNAPSHOT", jar);
        assertThat(snapshot).matches("1\\.2\\.3-SNAPSHOT\\+[0-9a-f]{64}");
        assertThat(UpToDateCheck.generatorVersion("1.2.3", jar)).isEqualTo("1.2.3");

        write("generator.jar", "other classes");
        assertThat(UpToDateCheck.generatorVersion("1.2.3-SNAPSHOT", jar)).isNotEqualTo(snapshot);
    }

    @Test
    void aSpecWithRemoteReferencesHasNoFingerprint() throws IOException {
        write("schemas/tag.yaml", "$ref: 'https://example.com/tag.yaml'\n");

        assertThat(UpToDateCheck.fingerprint(run, VERSION)).isEmpty();
        UpToDateCheck check = UpToDateCheck.of(run, VERSION, work.resolve("state"));
        check.recordSuccess();
        assertThat(check.isUpToDate()).isFalse();
    }

    @Test
    void upToDateOnlyAfterARecordedSuccessWithTheSameFingerprintAndAllOutputPresent() throws IOException {
        Path state = work.resolve("target/specpoet/default.state");
        UpToDateCheck check = UpToDateCheck.of(run, VERSION, state);
        assertThat(check.isUpToDate()).as("never run").isFalse();

        write("out/com/example/model/Pet.java", "record Pet() {}\n");
        write("out/" + OutputWriter.MANIFEST, "com/example/model/Pet.java\n");
        check.recordSuccess();
        assertThat(UpToDateCheck.of(run, VERSION, state).isUpToDate()).isTrue();
        assertThat(UpToDateCheck.of(run, "2.0.0", state).isUpToDate()).as("other fingerprint").isFalse();

        Files.delete(output.resolve("com/example/model/Pet.java"));
        assertThat(UpToDateCheck.of(run, VERSION, state).isUpToDate()).as("output deleted").isFalse();

        write("out/com/example/model/Pet.java", "record Pet() {}\n");
        check.invalidate();
        assertThat(UpToDateCheck.of(run, VERSION, state).isUpToDate()).as("invalidated").isFalse();
    }

    @Test
    void aRebuildWithEveryFileAsItWasReadsNoSpecFile() throws IOException {
        Path state = work.resolve("target/specpoet/default.state");
        write("out/" + OutputWriter.MANIFEST, "");
        UpToDateCheck.of(run, VERSION, state).recordSuccess();
        Path tag = work.resolve("schemas/tag.yaml");
        FileTime time = Files.getLastModifiedTime(tag);
        // Same size and time, but no longer YAML: only a check that parsed it would notice.
        Files.writeString(tag, "{{{{{{{{{{{{{{{{{\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(tag, time);

        assertThat(UpToDateCheck.of(run, VERSION, state).isUpToDate()).isTrue();
    }

    @Test
    void aTouchedButUnchangedFileIsStillUpToDateAndAChangedOneIsNot() throws IOException {
        Path state = work.resolve("target/specpoet/default.state");
        write("out/" + OutputWriter.MANIFEST, "");
        UpToDateCheck.of(run, VERSION, state).recordSuccess();
        Path name = work.resolve("schemas/name.yaml");

        Files.setLastModifiedTime(name, FileTime.fromMillis(Files.getLastModifiedTime(name).toMillis() + 5_000));
        assertThat(UpToDateCheck.of(run, VERSION, state).isUpToDate()).as("touched").isTrue();
        // The touched time is now remembered: same size and time again, so no parse is needed.
        Path tag = work.resolve("schemas/tag.yaml");
        FileTime time = Files.getLastModifiedTime(tag);
        Files.writeString(tag, "{{{{{{{{{{{{{{{{{\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(tag, time);
        assertThat(UpToDateCheck.of(run, VERSION, state).isUpToDate()).as("quick after a touch").isTrue();
        write("schemas/tag.yaml", "$ref: 'name.yaml'\n");

        write("schemas/name.yaml", "type: string\nmaxLength: 4\n");
        Files.setLastModifiedTime(name, FileTime.fromMillis(Files.getLastModifiedTime(name).toMillis() + 10_000));
        assertThat(UpToDateCheck.of(run, VERSION, state).isUpToDate()).as("changed").isFalse();
        assertThat(UpToDateCheck.of(run, "2.0.0", state).isUpToDate()).as("other generator").isFalse();
    }
}
