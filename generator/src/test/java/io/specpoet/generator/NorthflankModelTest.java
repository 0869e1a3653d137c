package io.specpoet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.specpoet.generator.testing.JavaCompilation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated Northflank models against the documented examples: read with a plain
 * {@code ObjectMapper} (only {@code findAndRegisterModules()}), written back without losing a
 * value, and forward compatible with values, fields and node kinds the spec does not list.
 */
class NorthflankModelTest {

    static final Path SPEC_DIR = Path.of(System.getProperty("specpoet.module.dir", "."))
            .resolve("../spec")
            .normalize();
    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    @TempDir
    static Path work;

    static ClassLoader generated;
    static Class<?> responseType;
    static ValidatorFactory validation;

    @BeforeAll
    static void generateAndCompile() throws IOException {
        SortedMap<String, String> sources = new TreeMap<>(new GeneratorRun(
                        SPEC_DIR.resolve("northflank-release-flows.yaml"), null, "io.specpoet.northflank", null, false)
                .generate());
        try (var driver = NorthflankModelTest.class.getResourceAsStream("/drivers/NorthflankUsage.java")) {
            sources.put("driver/NorthflankUsage.java", new String(driver.readAllBytes(), StandardCharsets.UTF_8));
        }
        generated = JavaCompilation.compile(sources, work);
        responseType = load("io.specpoet.northflank.model.ReleaseFlowRunResponse");
        validation = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void close() {
        validation.close();
    }

    static Class<?> load(String name) {
        try {
            return Class.forName(name, true, generated);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    static String example(String name) throws IOException {
        return Files.readString(SPEC_DIR.resolve("examples").resolve(name), StandardCharsets.UTF_8);
    }

    static Object read(String json) throws IOException {
        return MAPPER.readValue(json, responseType);
    }

    static Object data(Object response) throws ReflectiveOperationException {
        return responseType.getMethod("data").invoke(response);
    }

    static String describe(Object run) throws ReflectiveOperationException {
        Class<?> usage = load("driver.NorthflankUsage");
        return (String) usage.getMethod("describe", load("io.specpoet.northflank.model.ReleaseFlowRun"))
                .invoke(null, run);
    }

    @ParameterizedTest
    @ValueSource(strings = {"get-release-flow-run.200.json", "abort-release-flow-run.200.json"})
    void theDocumentedExampleReadsAndWritesBackEveryValue(String exampleName) throws Exception {
        String json = example(exampleName);
        Object response = read(json);

        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(response));

        assertSameValues(MAPPER.readTree(json), written, "");
        assertThat(describe(data(response))).isEqualTo("succeeded; workflow with 3 attempts");
    }

    @Test
    void anUnlistedStatusIsKeptAndWrittenBackUnchanged() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(example("get-release-flow-run.200.json"));
        ((ObjectNode) json.get("data")).put("status", "hibernating");

        Object response = read(json.toString());

        assertThat(describe(data(response))).startsWith("unrecognized status hibernating;");
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(response))
                        .at("/data/status")
                        .asText())
                .isEqualTo("hibernating");
    }

    @Test
    void unlistedFieldsAreKeptAndWrittenBackUnchanged() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(example("get-release-flow-run.200.json"));
        ObjectNode data = (ObjectNode) json.get("data");
        data.putObject("futureField").put("nested", 1).putNull("nothing");
        ((ObjectNode) data.get("options")).put("priority", 12345678901234567890.5);
        ((ObjectNode) data.withArray("triggers").get(0)).put("newTriggerFlag", true);
        json.put("meta", "top level");

        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(read(json.toString())));

        assertSameValues(json, written, "");
    }

    @Test
    void anUnlistedNodeKindIsKeptAsRawJson() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(example("get-release-flow-run.200.json"));
        ObjectNode node = ((ObjectNode) json.get("data")).putObject("spec");
        node.put("kind", "Teleport");
        node.putObject("spec")
                .put("destination", "moon")
                .putArray("crew")
                .add("a")
                .add(2);

        Object response = read(json.toString());

        assertThat(describe(data(response))).isEqualTo("succeeded; unknown node Teleport");
        assertSameValues(json, MAPPER.readTree(MAPPER.writeValueAsString(response)), "");
    }

    @Test
    void nestedWorkflowStepsBindToTheirVariants() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(example("get-release-flow-run.200.json"));
        ObjectNode workflow = (ObjectNode) json.at("/data/spec");
        ObjectNode spec = workflow.putObject("spec");
        spec.put("type", "parallel");
        ObjectNode release = spec.putArray("steps").addObject();
        release.put("kind", "Release");
        release.putObject("spec")
                .put("type", "build")
                .putObject("target")
                .put("id", "web")
                .put("type", "service");

        Object response = read(json.toString());

        assertThat(response.toString()).contains("spec=WorkflowSpec[type=parallel", "steps=[ReleaseNode[");
        assertSameValues(json, MAPPER.readTree(MAPPER.writeValueAsString(response)), "");
    }

    @Test
    void validationReportsWhereTheDocumentedExampleBreaksItsSchema() throws Exception {
        Validator validator = validation.getValidator();

        Object response = read(example("get-release-flow-run.200.json"));

        List<String> violations = new ArrayList<>();
        for (ConstraintViolation<Object> violation : validator.validate(response)) {
            violations.add(violation.getPropertyPath() + ": " + violation.getMessage());
        }
        assertThat(violations)
                .containsExactlyInAnyOrder(
                        "data.gitops.filePath: must not be null", "data.spec.spec: must not be null");
    }

    @Test
    void patternsOfTheSpecAreEnforcedWithSearchSemantics() throws Exception {
        Validator validator = validation.getValidator();
        ObjectNode json = (ObjectNode) MAPPER.readTree(example("get-release-flow-run.200.json"));
        ObjectNode trigger = (ObjectNode) json.at("/data/triggers/0");
        // Top-level alternation: "starts with owner/repo" OR "ends with 24 hex digits".
        trigger.put("selfHostedVcsId", "acme/repo and anything after");
        trigger.putArray("branchRestrictions").add("feature/*").add("bad branch");
        trigger.putArray("pathIgnoreRules")
                .add("x".repeat(260))
                .add("😀".repeat(260))
                .add("y".repeat(261));

        Object response = read(json.toString());

        List<String> violations = validator.validate(response).stream()
                .map(v -> v.getPropertyPath().toString())
                .filter(path -> path.startsWith("data.triggers"))
                .sorted()
                .collect(Collectors.toList());
        assertThat(violations)
                .containsExactly(
                        "data.triggers[0].branchRestrictions[1].<list element>",
                        "data.triggers[0].pathIgnoreRules[2].<list element>");
    }

    /**
     * Asserts two JSON trees hold the same values; date-times may differ in form (a space or a
     * 'T' between date and time, trailing zero fractions) but must name the same instant.
     */
    static void assertSameValues(JsonNode expected, JsonNode actual, String pointer) {
        if (expected.isObject()) {
            assertThat(actual.isObject()).as("object at %s", pointer).isTrue();
            List<String> expectedNames = new ArrayList<>();
            expected.fieldNames().forEachRemaining(expectedNames::add);
            List<String> actualNames = new ArrayList<>();
            actual.fieldNames().forEachRemaining(actualNames::add);
            assertThat(actualNames).as("properties at %s", pointer).containsExactlyInAnyOrderElementsOf(expectedNames);
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                assertSameValues(field.getValue(), actual.get(field.getKey()), pointer + "/" + field.getKey());
            }
        } else if (expected.isArray()) {
            assertThat(actual.size()).as("array size at %s", pointer).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertSameValues(expected.get(i), actual.get(i), pointer + "/" + i);
            }
        } else if (expected.isTextual() && actual.isTextual() && !expected.equals(actual)) {
            assertThat(OffsetDateTime.parse(actual.asText()).toInstant())
                    .as("date-time at %s", pointer)
                    .isEqualTo(OffsetDateTime.parse(expected.asText().replace(' ', 'T'))
                            .toInstant());
        } else {
            assertThat(actual).as("value at %s", pointer).isEqualTo(expected);
        }
    }
}
