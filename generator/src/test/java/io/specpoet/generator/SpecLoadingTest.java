package io.specpoet.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.specpoet.generator.diagnostics.Diagnostic;
import io.specpoet.generator.diagnostics.GenerationException;
import io.specpoet.generator.testing.JavaCompilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What real specs do that the OpenAPI documents of the tests' dreams do not: Swagger Parser's
 * notes that are no reason to stop, data that looks like a reference, references where OpenAPI
 * has none. (Specs split over files are the golden case {@code multifile}.)
 */
class SpecLoadingTest {

    @TempDir
    Path work;

    private Path spec(String yaml) throws IOException {
        Path spec = work.resolve("api.yaml");
        Files.writeString(spec, yaml, StandardCharsets.UTF_8);
        return spec;
    }

    private SortedMap<String, String> generate(String yaml, List<Diagnostic> warnings) throws IOException {
        return new GeneratorRun(spec(yaml), null, "com.example.loading", null, false).generate(warnings::add);
    }

    @Test
    void swaggerParserNotesThatChangeNothingAreLocatedWarnings() throws IOException {
        List<Diagnostic> warnings = new ArrayList<>();
        SortedMap<String, String> sources = generate("""
                openapi: 3.1.0
                info: {title: Notes, version: '1'}
                paths:
                  /tags:
                    get:
                      operationId: listTags
                components:
                  schemas:
                    Tags:
                      type: object
                      x-oai-beta: true
                      properties:
                        names: {type: string}
                """, warnings);

        String file = work.resolve("api.yaml").toString();
        assertThat(warnings)
                .map(Diagnostic::render)
                .containsExactly(
                        file + ":6:7: warning: attribute paths.'/tags'(get).responses is missing"
                                + " (at #/paths/~1tags/get/responses)",
                        file
                                + ":11:19: warning: attribute components.schemas.Tags.x-oai-beta is reserved by The OpenAPI"
                                + " Initiative (at #/components/schemas/Tags/x-oai-beta)");
        assertThat(sources.get("com/example/loading/api/DefaultApi.java")).contains("public void listTags()");
        JavaCompilation.compile(sources, work.resolve("compiled"));
    }

    /**
     * A JSON spec is read by a JSON parser: JSON's escape of a slash, which SnakeYAML's YAML 1.1
     * refuses, is read; problems are located on the JSON text's lines.
     */
    @Test
    void aJsonSpecIsReadAsJsonWithItsLinesForProblems() throws IOException {
        Path spec = work.resolve("api.json");
        Files.writeString(spec, """
                {
                  "openapi": "3.0.3",
                  "info": {"title": "Slashes", "version": "1"},
                  "paths": {
                    "/tags": {
                      "get": {
                        "operationId": "listTags",
                        "description": "Lists tags; see https:\\/\\/example.com\\/tags."
                      }
                    }
                  }
                }
                """, StandardCharsets.UTF_8);
        List<Diagnostic> warnings = new ArrayList<>();
        SortedMap<String, String> sources =
                new GeneratorRun(spec, null, "com.example.loading", null, false).generate(warnings::add);

        assertThat(sources.get("com/example/loading/api/DefaultApi.java")).contains("see https://example.com/tags.");
        assertThat(warnings)
                .map(Diagnostic::render)
                .containsExactly(spec + ":6:14: warning: attribute paths.'/tags'(get).responses is missing"
                        + " (at #/paths/~1tags/get/responses)");
    }

    /** Text that starts like JSON but is not strict JSON is YAML's to read, as any other. */
    @Test
    void aFlowStyleYamlSpecIsStillYaml() throws IOException {
        SortedMap<String, String> sources = generate("""
                {openapi: 3.0.3, info: {title: Flow, version: '1'},  # a YAML comment
                 paths: {/tags: {get: {operationId: listTags, responses: {'204': {description: none}}}}}}
                """, new ArrayList<>());

        assertThat(sources.get("com/example/loading/api/DefaultApi.java")).contains("public void listTags()");
    }

    @Test
    void anArrayWithoutItemsIsAListOfAnyJsonWithAWarning() throws IOException {
        List<Diagnostic> warnings = new ArrayList<>();
        SortedMap<String, String> sources = generate("""
                openapi: 3.0.3
                info: {title: Notes, version: '1'}
                paths: {}
                components:
                  schemas:
                    Tags:
                      type: array
                """, warnings);

        assertThat(warnings)
                .map(Diagnostic::render)
                .containsExactly(
                        work.resolve("api.yaml")
                                + ":7:7: warning: attribute components.schemas.Tags.items is missing (at #/components/schemas/Tags/items)");
        assertThat(sources)
                .containsOnlyKeys("com/example/loading/NotesClient.java", "com/example/loading/package-info.java");
    }

    @Test
    void otherSwaggerParserMessagesStopGeneration() throws IOException {
        Path spec = spec("""
                openapi: 3.0.3
                info: {title: Broken, version: '1'}
                paths:
                  /pets/{id}:
                    get:
                      responses:
                        '204': {description: Gone.}
                """);

        assertThatThrownBy(() -> new GeneratorRun(spec, null, "com.example.loading", null, false).generate())
                .isInstanceOf(GenerationException.class)
                .hasMessage(spec + ":1:1: paths.'/pets/{id}'. Declared path parameter id needs to be defined as a"
                        + " path parameter in path or operation level");
    }

    @Test
    void aRefInsideAnExampleIsDataNotAReference() throws IOException {
        List<Diagnostic> warnings = new ArrayList<>();
        SortedMap<String, String> sources = generate("""
                openapi: 3.0.3
                info: {title: Examples, version: '1'}
                paths: {}
                components:
                  examples:
                    group:
                      value:
                        members:
                          - $ref: https://example.com/scim/v2/Users/1
                  schemas:
                    Group:
                      type: object
                      example: {owner: {$ref: 'missing.yaml'}}
                      properties:
                        name: {type: string}
                """, warnings);

        assertThat(sources).containsKey("com/example/loading/model/Group.java");
        assertThat(warnings).isEmpty();
    }

    @Test
    void aReferenceIntoAComponentOrToAnotherKindOfComponentIsCopiedIn() throws IOException {
        SortedMap<String, String> sources = generate("""
                openapi: 3.0.3
                info: {title: Refs, version: '1'}
                paths:
                  /runs:
                    get:
                      operationId: listRuns
                      parameters:
                        - name: state
                          in: query
                          schema: {$ref: '#/components/parameters/State/schema'}
                      responses:
                        '200': {$ref: '#/components/requestBodies/Run'}
                components:
                  parameters:
                    State:
                      name: state
                      in: query
                      schema: {type: string, enum: [running, done]}
                  requestBodies:
                    Run:
                      description: A run.
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              id: {type: string}
                """, new ArrayList<>());

        assertThat(sources.get("com/example/loading/api/DefaultApi.java"))
                .contains("public @Nullable ListRunsResponse listRuns(@KnownValue @Nullable ListRunsState state)");
        JavaCompilation.compile(sources, work.resolve("compiled"));
    }

    @Test
    void aSchemaListOrReferenceOfTheWrongShapeIsALocatedError() throws IOException {
        // Found by GeneratorFuzzTest: Swagger Parser's resolver threw a NullPointerException on these.
        Path spec = spec("""
                openapi: 3.0.3
                info: {title: Shapes, version: '1'}
                paths: {}
                components:
                  schemas:
                    Pet:
                      oneOf:
                        - $ref: '#/components/schemas/Cat'
                        - []
                    Cat:
                      anyOf:
                        - $ref: true
                    Dog:
                      allOf: {type: object}
                      properties:
                        allOf: {type: string}
                      example: {oneOf: 1}
                """);

        assertThatThrownBy(() -> new GeneratorRun(spec, null, "com.example.loading", null, false).generate())
                .isInstanceOf(GenerationException.class)
                .hasMessage(String.join(
                        "\n",
                        spec
                                + ":9:11: 'oneOf' lists an array where a schema belongs (at #/components/schemas/Pet/oneOf/1)",
                        spec + ":12:17: '$ref' must be text (a reference), found boolean"
                                + " (at #/components/schemas/Cat/anyOf/0/$ref)",
                        spec + ":14:14: 'allOf' must be a list of schemas, found object"
                                + " (at #/components/schemas/Dog/allOf)"));
    }

    @Test
    void aMediaTypeOrCallbackThatIsNoMappingIsALocatedError() throws IOException {
        // Found while fuzzing: Swagger Parser reported these as a ClassCastException at no place.
        Path spec = spec("""
                openapi: 3.0.3
                info: {title: Shapes, version: '1'}
                paths:
                  /pets:
                    post:
                      requestBody:
                        content:
                          application/json: []
                      callbacks:
                        done: text
                      responses:
                        '200':
                          description: OK.
                          content:
                            text/plain: {schema: {type: string}}
                """);

        assertThatThrownBy(() -> new GeneratorRun(spec, null, "com.example.loading", null, false).generate())
                .isInstanceOf(GenerationException.class)
                .hasMessage(String.join(
                        "\n",
                        spec + ":8:29: 'application/json' in 'content' must be a mapping, found array"
                                + " (at #/paths/~1pets/post/requestBody/content/application~1json)",
                        spec + ":10:15: 'done' in 'callbacks' must be a mapping, found string"
                                + " (at #/paths/~1pets/post/callbacks/done)"));
    }

    @Test
    void aDefaultOfTheWrongFormatIsLocatedAtItsSchema() throws IOException {
        // Found while fuzzing: the value in Swagger Parser's message became part of the pointer,
        // and a quote in it lost the location altogether.
        Path spec = spec("""
                openapi: 3.0.3
                info: {title: Defaults, version: '1'}
                paths: {}
                components:
                  schemas:
                    Day:
                      type: object
                      properties:
                        when:
                          type: string
                          format: date
                          default: "it's today"
                """);

        assertThatThrownBy(() -> new GeneratorRun(spec, null, "com.example.loading", null, false).generate())
                .isInstanceOf(GenerationException.class)
                .hasMessage(spec + ":7:7: attribute components.schemas.Day.default=`it's today` is not of type `date`"
                        + " (at #/components/schemas/Day/default)");
    }
}
