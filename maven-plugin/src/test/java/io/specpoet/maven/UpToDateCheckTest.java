package io.specpoet.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.specpoet.generator.GeneratorRun;
import io.specpoet.generator.write.OutputWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run is up to date only after a recorded success whose inputs are all unchanged: the files the
 * generator reported reading (the spec and every file it references), every parameter and the
 * generator's version; and only while the output is all there.
 */
class UpToDateCheckTest {

    static final String VERSION = "1.0.0";

    @TempDir
    Path work;

    Path spec;
    Path output;
    Path state;
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
                        tag: {$ref: './schemas/tag.yaml'}
                        self: {$ref: '#/components/schemas/Pet'}
                      example: {$ref: 'not-a-reference.yaml'}
                      x-note: {$ref: 'not-a-reference-either.yaml'}
                """);
        output = work.resolve("out");
        state = work.resolve("target/specpoet/default.state");
        run = new GeneratorRun(spec, output, "com.example", null, false);
    }

    Path write(String name, String text) throws IOException {
        Path file = work.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Generates as the plugin does and records the success. */
    GeneratorRun.Result generate(GeneratorRun run) throws IOException {
        UpToDateCheck check = UpToDateCheck.of(run, VERSION, state);
        check.invalidate();
        GeneratorRun.Result result = run.execute();
        check.recordSuccess(result);
        return result;
    }

    boolean upToDate(GeneratorRun run) throws IOException {
        return UpToDateCheck.of(run, VERSION, state).check().upToDate();
    }

    @Test
    void theGeneratorReportsEveryFileTheSpecReads() throws IOException {
        GeneratorRun.Result result = generate(run);

        assertThat(result.specFiles())
                .containsExactly(
                        spec.toAbsolutePath().normalize(),
                        work.resolve("schemas/name.yaml"),
                        work.resolve("schemas/tag.yaml"));
        assertThat(result.remoteReferences()).isFalse();
    }

    @Test
    void unchangedInputsAreUpToDate() throws IOException {
        assertThat(upToDate(run)).as("never run").isFalse();
        generate(run);
        // Only content counts: a touched file, or a new one the spec does not reference, changes nothing.
        Files.setLastModifiedTime(spec, FileTime.fromMillis(0));
        write("unrelated.yaml", "anything: 1\n");

        assertThat(upToDate(new GeneratorRun(spec, output, "com.example", null, false)))
                .isTrue();
    }

    @Test
    void aChangedSpecIsNotUpToDate() throws IOException {
        generate(run);
        Files.writeString(spec, Files.readString(spec) + "# a comment\n");

        assertThat(upToDate(run)).isFalse();
    }

    @Test
    void aChangedFileReferencedThroughAnotherFileIsNotUpToDate() throws IOException {
        generate(run);
        write("schemas/name.yaml", "type: string\nmaxLength: 4\n");

        assertThat(upToDate(run)).isFalse();
    }

    @Test
    void aDeletedReferencedFileIsNotUpToDate() throws IOException {
        generate(run);
        Files.delete(work.resolve("schemas/name.yaml"));

        assertThat(upToDate(run)).isFalse();
    }

    @Test
    void everyParameterChangesTheFingerprintAndTheQuickKey() throws IOException {
        List<Path> files = List.of(spec);
        String before = UpToDateCheck.fingerprint(run, VERSION, files);
        Path copy = Files.copy(spec, work.resolve("copy.yaml"));
        List<GeneratorRun> others = List.of(
                new GeneratorRun(spec, work.resolve("other"), "com.example", null, false),
                new GeneratorRun(spec, output, "com.example.other", null, false),
                new GeneratorRun(spec, output, "com.example", "PetClient", false),
                new GeneratorRun(spec, output, "com.example", null, true),
                new GeneratorRun(copy, output, "com.example", null, false),
                new GeneratorRun(
                        spec,
                        output,
                        "com.example",
                        null,
                        false,
                        new TreeMap<>(java.util.Map.of("date-time", "java.time.Instant")),
                        new TreeMap<>(),
                        false),
                new GeneratorRun(
                        spec,
                        output,
                        "com.example",
                        null,
                        false,
                        new TreeMap<>(),
                        new TreeMap<>(java.util.Map.of("Pet", "com.example.MyPet")),
                        false),
                new GeneratorRun(spec, output, "com.example", null, false, new TreeMap<>(), new TreeMap<>(), true));
        generate(run);
        for (GeneratorRun other : others) {
            assertThat(UpToDateCheck.fingerprint(other, VERSION, files))
                    .as(other.toString())
                    .isNotEqualTo(before);
            // Nor does the quick key of the same files' sizes and times let another run pass.
            assertThat(UpToDateCheck.of(other, VERSION, state).check())
                    .as(other.toString())
                    .isEqualTo(UpToDateCheck.Verdict.STALE);
        }
    }

    @Test
    void anotherGeneratorVersionIsNotUpToDate() throws IOException {
        generate(run);

        assertThat(UpToDateCheck.of(run, "1.0.1", state).check().upToDate()).isFalse();
        assertThat(UpToDateCheck.of(run, VERSION, state).check().upToDate()).isTrue();
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
    void aRunThatReadRemoteReferencesIsNeverUpToDate() throws IOException {
        GeneratorRun.Result local = generate(run);
        UpToDateCheck check = UpToDateCheck.of(run, VERSION, state);
        check.invalidate();
        check.recordSuccess(new GeneratorRun.Result(local.output(), new TreeSet<>(local.specFiles()), true));

        assertThat(state).doesNotExist();
        assertThat(upToDate(run)).isFalse();
    }

    @Test
    void deletedOutputOrAnInvalidatedStateIsNotUpToDate() throws IOException {
        generate(run);
        assertThat(upToDate(run)).isTrue();
        String pet = Files.readAllLines(output.resolve(OutputWriter.MANIFEST)).stream()
                .filter(line -> line.endsWith("/Pet.java"))
                .findFirst()
                .orElseThrow();

        Files.delete(output.resolve(pet));
        assertThat(upToDate(run)).as("output deleted").isFalse();

        generate(run);
        UpToDateCheck.of(run, VERSION, state).invalidate();
        assertThat(upToDate(run)).as("invalidated").isFalse();
    }

    @Test
    void aRebuildWithEveryFileAsItWasReadsNoSpecFile() throws IOException {
        generate(run);
        Path tag = work.resolve("schemas/tag.yaml");
        FileTime time = Files.getLastModifiedTime(tag);
        // Same size and time, but no longer YAML: only a check that parsed it would notice.
        Files.writeString(tag, "{{{{{{{{{{{{{{{{{\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(tag, time);

        assertThat(UpToDateCheck.of(run, VERSION, state).check().upToDate()).isTrue();
    }

    @Test
    void aTouchedButUnchangedFileIsStillUpToDateAndAChangedOneIsNot() throws IOException {
        generate(run);
        Path name = work.resolve("schemas/name.yaml");

        assertThat(UpToDateCheck.of(run, VERSION, state).check())
                .as("untouched")
                .isEqualTo(UpToDateCheck.Verdict.SAME_SIZES_AND_TIMES);
        Files.setLastModifiedTime(
                name, FileTime.fromMillis(Files.getLastModifiedTime(name).toMillis() + 5_000));
        assertThat(UpToDateCheck.of(run, VERSION, state).check())
                .as("touched")
                .isEqualTo(UpToDateCheck.Verdict.SAME_CONTENT);
        // The touched time is now remembered: same size and time again, so no parse is needed.
        Path tag = work.resolve("schemas/tag.yaml");
        FileTime time = Files.getLastModifiedTime(tag);
        Files.writeString(tag, "{{{{{{{{{{{{{{{{{\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(tag, time);
        assertThat(UpToDateCheck.of(run, VERSION, state).check())
                .as("quick after a touch")
                .isEqualTo(UpToDateCheck.Verdict.SAME_SIZES_AND_TIMES);
        write("schemas/tag.yaml", "$ref: 'name.yaml'\n");

        write("schemas/name.yaml", "type: string\nmaxLength: 4\n");
        Files.setLastModifiedTime(
                name, FileTime.fromMillis(Files.getLastModifiedTime(name).toMillis() + 10_000));
        assertThat(UpToDateCheck.of(run, VERSION, state).check().upToDate())
                .as("changed")
                .isFalse();
        assertThat(UpToDateCheck.of(run, "2.0.0", state).check().upToDate())
                .as("other generator")
                .isFalse();
    }
}
