package io.specpoet.generator.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.specpoet.generator.GeneratorRun;
import io.specpoet.generator.testing.JavaCompilation;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus evidence on a small spec with one of each case, so that what CorpusTest lists about
 * real specs is known to be right: every reason a property is JSON, and every outcome of an example.
 */
class CorpusEvidenceTest {

    @TempDir
    static Path work;

    static CorpusEvidence evidence;

    @BeforeAll
    static void gather() throws Exception {
        Path spec = work.resolve("evidence.yaml");
        Files.writeString(spec, """
                openapi: 3.0.3
                info: {title: Evidence, version: '1'}
                paths:
                  /things/{id}:
                    get:
                      operationId: getThing
                      parameters:
                        - {name: id, in: path, required: true, schema: {type: integer, format: int64}, example: 42}
                        - name: since
                          in: query
                          schema: {type: string, format: date-time}
                          example: '2024-01-02T03:04:05+00:00'
                        - name: ids
                          in: query
                          schema: {type: string, items: {type: string}}
                          example: 'a,b'
                      responses:
                        '200':
                          description: the thing
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Thing'}
                              examples:
                                good:
                                  value: {id: 1, name: null, size: 2.50, created: '2024-01-02T03:04:05.000Z', extra: [1]}
                                wrongType:
                                  value: {id: '1'}
                                enumBehindAllOf:
                                  value: {reason: gone}
                                stringWithAdditionalProperties:
                                  value: {payload: text}
                                arrayBehindAllOf:
                                  value: {tags: [a]}
                        '202':
                          description: accepted, a second success the client does not type
                          content:
                            application/json:
                              schema: {type: string}
                              example: later
                components:
                  schemas:
                    Reason:
                      type: string
                      enum: [gone, moved]
                    Tags:
                      type: array
                      items: {type: string}
                    Thing:
                      type: object
                      additionalProperties: true
                      properties:
                        id: {type: integer, format: int64, example: 7}
                        name: {type: string, nullable: true}
                        size: {type: number}
                        created: {type: string, format: date-time}
                        reason:
                          description: the usual OpenAPI 3.0 way to describe a reference
                          allOf: [{$ref: '#/components/schemas/Reason'}]
                        payload: {type: string, additionalProperties: true}
                        anything: {description: any value}
                        bag: {type: object}
                        choice: {oneOf: [{type: string}, {type: integer}]}
                        choices: {type: array, items: {anyOf: [{type: string}, {type: boolean}]}}
                        tags:
                          allOf: [{$ref: '#/components/schemas/Tags'}, {description: labels}]
                        note:
                          allOf: [{}, {description: parts that only describe}]
                """, StandardCharsets.UTF_8);
        GeneratorRun generator = new GeneratorRun(spec, null, "evidence", null, false);
        GeneratorRun.Linked linked = generator.link(warning -> {});
        Path output = work.resolve("out");
        assertThat(JavaCompilation.errors(generator.emit(linked.model()), output))
                .isEmpty();
        try (URLClassLoader classes = JavaCompilation.classLoader(output)) {
            evidence = CorpusEvidence.gather(linked, classes, "evidence.model");
        }
    }

    @Test
    void namesWhyEachPropertyIsJson() {
        // Only the free-form schemas are JSON: the unions (choice, choices) are typed, and so are a
        // string with a stray additionalProperties (payload) and an allOf of one reference. An allOf
        // whose parts only describe (note) is free-form too.
        assertThat(evidence.jsonTypedRows("e")).containsExactly("e\tfree-form object\t1", "e\tfree-form {}\t2");
        assertThat(evidence.jsonTyped().properties()).isEqualTo(12);
    }

    @Test
    void listsEveryExampleThatDoesNotRoundTripWithWhy() {
        String response = "/paths/~1things~1{id}/get/responses/200/content/application~1json/examples/";
        assertThat(evidence.exampleRows("e"))
                .containsExactly("e\tinvalid\t" + response + "wrongType\t/id: string found, integer expected");
    }

    @Test
    void theOthersRoundTrip() {
        // the good response, the three that the typing fixes of issue 14 made readable (an enum and
        // an array behind allOf, a string with stray additionalProperties), all three parameters
        // (one a string with stray items) and the id property's example; the 202 body has no type
        assertThat(evidence.count(ExampleRoundTrip.Verdict.ROUND_TRIPPED)).isEqualTo(8);
        assertThat(evidence.untypedExamples())
                .containsExactlyEntriesOf(java.util.Map.of("a body the client does not type", 1));
    }

    @Test
    void equivalenceIgnoresOnlyKeyOrderNumberAndDateTimeSpelling() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(JsonEquivalence.difference(
                        json.readTree("{\"a\": 1, \"b\": \"2024-01-02T03:04:05.000Z\"}"),
                        json.readTree("{\"b\": \"2024-01-02T03:04:05+00:00\", \"a\": 1.0}")))
                .isNull();
        assertThat(JsonEquivalence.difference(json.readTree("{\"a\": 1}"), json.readTree("{\"a\": 2}")))
                .isEqualTo("at /a: expected 1, written 2");
        assertThat(JsonEquivalence.difference(json.readTree("{\"a\": 1}"), json.readTree("{}")))
                .isEqualTo("at /a: dropped 1");
        assertThat(JsonEquivalence.difference(json.readTree("[\"x\"]"), json.readTree("[\"y\"]")))
                .isEqualTo("at /0: expected \"x\", written \"y\"");
        assertThat(JsonEquivalence.difference(
                        json.readTree("\"2024-01-02T03:04:05Z\""), json.readTree("\"2024-01-02T03:04:06Z\"")))
                .isNotNull();
    }
}
