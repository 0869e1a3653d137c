package io.specpoet.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.specpoet.spec.ExampleValidator.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The documented example responses, checked against the schema the spec gives them.
 *
 * <p>Northflank's examples do not conform to its own documented schema. Rather than loosen the
 * schema, the spec records each discrepancy; this test pins them, so that a new discrepancy fails
 * and so does one that disappears (the example or the schema changed and the record is stale).
 */
class ExamplesConformTest {

    /** components.examples entry → the example file it names. Both use the same schema. */
    private static final Map<String, String> EXAMPLES = Map.of(
            "GetReleaseFlowRunDocumented", "examples/get-release-flow-run.200.json",
            "AbortReleaseFlowRunDocumented", "examples/abort-release-flow-run.200.json");

    /**
     * What networknt's OpenAPI 3.0 validator reports for each documented example, as
     * (instance pointer, keyword).
     *
     * <p>The four timestamps use a space, not 'T', between date and time: {@code format}
     * (date-time). {@code data.gitops} lacks filePath: {@code required}.
     *
     * <p>{@code data.spec} is a {@code kind: Workflow} node without its own {@code spec}. The
     * validator reports that twice at the same pointer: the {@code oneOf} of TemplateNode fails
     * ("0 are valid"), and because the discriminator selects WorkflowNode, only that branch's cause
     * is reported — a {@code required} (property 'spec') from WorkflowNode's allOf. Without the
     * discriminator all fifteen branches would report their failures.
     */
    private static final Set<Violation> DOCUMENTED_DISCREPANCIES = Set.of(
            new Violation("/data/startedAt", "format"),
            new Violation("/data/concludedAt", "format"),
            new Violation("/data/createdAt", "format"),
            new Violation("/data/updatedAt", "format"),
            new Violation("/data/gitops", "required"),
            new Violation("/data/spec", "oneOf"),
            new Violation("/data/spec", "required"));

    private static JsonNode spec;
    private static ExampleValidator validator;

    @BeforeAll
    static void load() {
        spec = SpecDocument.tree();
        validator = new ExampleValidator("ReleaseFlowRunResponse");
    }

    static Stream<String> exampleNames() {
        return EXAMPLES.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("exampleNames")
    void exampleIsReferencedBySpecAndFileExists(String name) {
        JsonNode example = spec.at("/components/examples/" + name);
        assertThat(example.path("externalValue").asText()).isEqualTo(EXAMPLES.get(name));
        assertThat(exampleFile(name)).isRegularFile();
    }

    @Test
    void everyExternalExampleInSpecIsCovered() {
        // A new example added to the spec must be added here, or it would escape validation.
        Set<String> withExternalValue = new TreeSet<>();
        spec.at("/components/examples").fields().forEachRemaining(e -> {
            if (e.getValue().has("externalValue")) {
                withExternalValue.add(e.getKey());
            }
        });
        assertThat(withExternalValue).isEqualTo(new TreeSet<>(EXAMPLES.keySet()));
    }

    @Test
    void examplesAreWhatTheTwoSuccessResponsesShow() {
        // Each example belongs to the 200 response of the operation it documents.
        assertThat(spec.at(
                                "/components/responses/ReleaseFlowRunDetails/content/application~1json/examples/documented/$ref")
                        .asText())
                .isEqualTo("#/components/examples/GetReleaseFlowRunDocumented");
        assertThat(spec.at(
                                "/components/responses/AbortedReleaseFlowRun/content/application~1json/examples/documented/$ref")
                        .asText())
                .isEqualTo("#/components/examples/AbortReleaseFlowRunDocumented");
    }

    @ParameterizedTest
    @MethodSource("exampleNames")
    void exampleParsesAsJsonObjectWithData(String name) {
        JsonNode json = SpecDocument.readJson(exampleFile(name));
        assertThat(json.isObject()).isTrue();
        assertThat(json.path("data").isObject()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("exampleNames")
    void validatorReportsExactlyTheDocumentedDiscrepancies(String name) {
        List<Violation> actual = validator.violations(readString(exampleFile(name)));
        assertThat(new TreeSet<>(actual.stream().map(Violation::toString).toList()))
                .as("validator report for %s", EXAMPLES.get(name))
                .isEqualTo(asStrings(DOCUMENTED_DISCREPANCIES));
    }

    @ParameterizedTest
    @MethodSource("exampleNames")
    void specRecordsTheSamePointersTheValidatorReports(String name) {
        // The x-schema-discrepancies list is the spec's own account of what is wrong with the
        // example; it must name the very instance locations the validator flags, each once.
        List<String> recorded = new ArrayList<>();
        spec.at("/components/examples/" + name + "/x-schema-discrepancies").forEach(d -> {
            recorded.add(d.path("pointer").asText());
            assertThat(d.path("reason").asText())
                    .as("reason for %s", d.path("pointer"))
                    .isNotBlank();
        });
        assertThat(recorded).doesNotHaveDuplicates();

        Set<String> reported = validator.violations(readString(exampleFile(name))).stream()
                .map(Violation::pointer)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(recorded)).isEqualTo(reported);
    }

    @ParameterizedTest
    @MethodSource("exampleNames")
    void correctedExampleValidatesCleanly(String name) {
        // Proves the validator really checks: repairing exactly the recorded discrepancies leaves
        // nothing to report.
        ObjectNode data =
                (ObjectNode) SpecDocument.readJson(exampleFile(name)).deepCopy().path("data");
        ObjectNode corrected = SpecDocument.JSON.createObjectNode().set("data", data);
        for (String field : List.of("startedAt", "concludedAt", "createdAt", "updatedAt")) {
            data.put(field, data.get(field).asText().replace(' ', 'T'));
        }
        ((ObjectNode) data.get("gitops")).put("filePath", "/release-flow.json");
        ObjectNode workflowSpec = ((ObjectNode) data.get("spec")).putObject("spec");
        workflowSpec.put("type", "sequential");
        workflowSpec.putArray("steps");

        assertThat(validator.errors(corrected.toString())).isEmpty();
    }

    @Test
    void validatorRejectsAnUndocumentedStatus() {
        // A sanity check in the other direction: an enum violation in an otherwise untouched
        // example appears on top of the documented discrepancies.
        ObjectNode json = (ObjectNode) SpecDocument.readJson(exampleFile("GetReleaseFlowRunDocumented"));
        ((ObjectNode) json.get("data")).put("status", "exploded");
        Set<String> expected = asStrings(DOCUMENTED_DISCREPANCIES);
        expected.add(new Violation("/data/status", "enum").toString());
        assertThat(new TreeSet<>(validator.violations(json.toString()).stream()
                        .map(Violation::toString)
                        .toList()))
                .isEqualTo(expected);
    }

    private static Set<String> asStrings(Set<Violation> violations) {
        return violations.stream().map(Violation::toString).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Path exampleFile(String name) {
        return SpecDocument.moduleDir().resolve(EXAMPLES.get(name));
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
