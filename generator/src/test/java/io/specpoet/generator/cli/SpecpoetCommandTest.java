package io.specpoet.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's contract: exit 0 with sources written, 1 with located messages and nothing
 * written when the spec is bad, 2 on bad usage.
 */
class SpecpoetCommandTest {

    @TempDir
    Path work;

    Path output;
    String stdout;
    String stderr;

    @BeforeEach
    void setUp() {
        output = work.resolve("out");
    }

    int run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SpecpoetCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        stdout = out.toString();
        stderr = err.toString();
        return exit;
    }

    Path spec(String name, String text) throws IOException {
        Path file = work.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    int generate(Path spec) {
        return run("generate", "--spec", spec.toString(), "--output", output.toString(), "--package", "com.example");
    }

    static final String VALID = """
            openapi: 3.0.3
            info:
              title: Pets
              version: '1'
            paths: {}
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    name:
                      type: string
            """;

    @Test
    void writesSourcesAndExitsZero() throws IOException {
        int exit = generate(spec("pets.yaml", VALID));

        assertThat(exit).as(stderr).isZero();
        assertThat(output.resolve("com/example/model/Pet.java")).isRegularFile();
        assertThat(stdout).contains("4 files written"); // with the package-info of each package
        assertThat(output.resolve("com/example/PetsClient.java")).isRegularFile();
    }

    @Test
    void printsWarningsAndStillWrites() throws IOException {
        int exit = generate(spec("warn.yaml", """
                openapi: 3.0.3
                info: {title: Pets, version: '1'}
                paths:
                  /pets:
                    get:
                      operationId: listPets
                """));

        assertThat(exit).as(stderr).isZero();
        assertThat(stderr)
                .isEqualTo(work.resolve("warn.yaml") + ":6:7: warning: attribute paths.'/pets'(get).responses"
                        + " is missing (at #/paths/~1pets/get/responses)" + System.lineSeparator());
        assertThat(output.resolve("com/example/api/DefaultApi.java")).isRegularFile();
    }

    @Test
    void badYamlIsLocated() throws IOException {
        Path spec = spec("bad.yaml", "openapi: 3.0.3\ninfo: {title: [unclosed\n");

        assertThat(generate(spec)).isEqualTo(1);
        assertThat(stderr)
                .startsWith(spec + ":3:1: not valid YAML or JSON: while parsing a flow sequence: "
                        + "expected ',' or ']', but got <stream end>\n");
        assertNothingWritten();
    }

    @Test
    void aMissingReferenceTargetIsLocated() throws IOException {
        Path spec = spec("dangling.yaml", VALID.replace("type: string", "$ref: '#/components/schemas/Nope'"));

        assertThat(generate(spec)).isEqualTo(1);
        assertThat(stderr)
                .startsWith(spec + ":12:17: reference '#/components/schemas/Nope' points to nothing in this file "
                        + "(at #/components/schemas/Pet/properties/name/$ref)\n");
        assertNothingWritten();
    }

    @Test
    void aMissingReferencedFileIsLocated() throws IOException {
        Path spec = spec("external.yaml", VALID.replace("type: string", "$ref: 'other.yaml#/Name'"));

        assertThat(generate(spec)).isEqualTo(1);
        assertThat(stderr)
                .startsWith(spec + ":12:17: referenced file 'other.yaml' does not exist "
                        + "(at #/components/schemas/Pet/properties/name/$ref)\n");
        assertNothingWritten();
    }

    @Test
    void remoteReferencesAreRefusedUnlessAllowed() throws IOException {
        Path spec = spec("remote.yaml", VALID.replace("type: string", "$ref: 'https://example.com/name.yaml'"));

        assertThat(generate(spec)).isEqualTo(1);
        assertThat(stderr)
                .startsWith(
                        spec + ":12:17: remote reference 'https://example.com/name.yaml' refused; "
                                + "allow remote references explicitly to fetch it (at #/components/schemas/Pet/properties/name/$ref)\n");
        assertNothingWritten();
    }

    @Test
    void relativeFileReferencesWork() throws IOException {
        spec("name.yaml", "type: string\nmaxLength: 3\n");
        Path spec = spec("split.yaml", VALID.replace("type: string", "$ref: 'name.yaml'"));

        assertThat(generate(spec)).as(stderr).isZero();
        assertThat(output.resolve("com/example/model/Pet.java"))
                .content()
                .contains("@CodePointLength(max = 3) @Nullable String name");
    }

    @Test
    void swagger2IsRefusedWithItsLocation() throws IOException {
        Path spec = spec("swagger.yaml", "swagger: '2.0'\ninfo:\n  title: Old\n  version: '1'\npaths: {}\n");

        assertThat(generate(spec)).isEqualTo(1);
        assertThat(stderr)
                .startsWith(spec + ":1:10: Swagger 2.0 documents are not supported; "
                        + "convert the document to OpenAPI 3.0 or 3.1 (at #/swagger)\n");
        assertNothingWritten();
    }

    @Test
    void anInvalidRegexIsLocated() throws IOException {
        Path spec = spec("regex.yaml", VALID.replace("type: string", "type: string\n          pattern: '(unclosed'"));

        assertThat(generate(spec)).isEqualTo(1);
        assertThat(stderr)
                .startsWith(spec + ":13:20: invalid regex: unterminated group at offset 0 "
                        + "(at #/components/schemas/Pet/properties/name/pattern)\n");
        assertNothingWritten();
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path spec = spec("empty.yaml", "\n  \n");

        assertThat(generate(spec)).isEqualTo(1);
        assertThat(stderr).startsWith(spec + ":1:1: the file is empty; expected an OpenAPI 3 document\n");
        assertNothingWritten();
    }

    @Test
    void aMissingFileIsNamed() {
        Path spec = work.resolve("nowhere.yaml");

        assertThat(generate(spec)).isEqualTo(1);
        assertThat(stderr).startsWith(spec + ": file not found\n");
        assertNothingWritten();
    }

    @Test
    void aFailedRunLeavesThePreviousOutputUntouched() throws IOException {
        Path spec = spec("pets.yaml", VALID);
        assertThat(generate(spec)).isZero();
        Path pet = output.resolve("com/example/model/Pet.java");
        String before = Files.readString(pet);

        Files.writeString(spec, VALID.replace("type: string", "$ref: '#/nope'"));
        assertThat(generate(spec)).isEqualTo(1);

        assertThat(pet).content().isEqualTo(before);
    }

    @Test
    void badUsageExitsTwo() throws IOException {
        Path spec = spec("pets.yaml", VALID);

        assertThat(run("generate", "--spec", spec.toString(), "--output", output.toString()))
                .isEqualTo(2);
        assertThat(stderr).contains("Missing required option: '--package=PKG'");
        assertThat(run("generate", "--spec", spec.toString(), "--output", output.toString(), "--package", "1bad"))
                .isEqualTo(2);
        assertThat(stderr).contains("'1bad' is not a valid Java package name");
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertNothingWritten();
    }

    void assertNothingWritten() {
        if (Files.exists(output)) {
            try (Stream<Path> files = Files.walk(output)) {
                assertThat(files.filter(Files::isRegularFile)).isEmpty();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void modelsOnlyWritesNoApiOrClientClasses() throws IOException {
        Path spec = spec("pets.yaml", VALID.replace("paths: {}", """
                paths:
                  /pets:
                    get:
                      operationId: listPets
                      responses:
                        '204': {description: none}"""));
        int exit = run(
                "generate",
                "--spec",
                spec.toString(),
                "--output",
                output.toString(),
                "--package",
                "com.example",
                "--models-only");

        assertThat(exit).as(stderr).isZero();
        try (Stream<Path> files = Files.walk(output)) {
            assertThat(files.filter(Files::isRegularFile)
                            .map(f -> output.relativize(f).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrder(
                            "com/example/model/Pet.java", "com/example/model/package-info.java", ".specpoet-manifest");
        }
    }

    @Test
    void aMappingWithoutAQualifiedClassNameIsBadUsage() throws IOException {
        Path spec = spec("pets.yaml", VALID);
        int exit = run(
                "generate",
                "--spec",
                spec.toString(),
                "--output",
                output.toString(),
                "--package",
                "com.example",
                "--type-mapping",
                "date-time=Instant");

        assertThat(exit).isEqualTo(2);
        assertThat(stderr).contains("type mapping 'date-time' needs a fully qualified class name, not 'Instant'");
    }

    @Test
    void aSchemaMappingForNoSchemaIsALocatedError() throws IOException {
        Path spec = spec("pets.yaml", VALID);
        int exit = run(
                "generate",
                "--spec",
                spec.toString(),
                "--output",
                output.toString(),
                "--package",
                "com.example",
                "--schema-mapping",
                "Cat=com.example.Cat");

        assertThat(exit).isEqualTo(1);
        assertThat(stderr).contains("the schema mapping names 'Cat', which is no component schema");
    }
}
