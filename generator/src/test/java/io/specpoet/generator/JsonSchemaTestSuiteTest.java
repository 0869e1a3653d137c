package io.specpoet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.specpoet.generator.testing.JavaCompilation;
import io.specpoet.runtime.json.ExactScalars;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON-Schema-Test-Suite (draft 4, the dialect of OpenAPI 3.0) as the reference for the
 * validation keywords: every case's schema becomes a property of a generated model, the model is
 * compiled with javac, each instance is read with Jackson and validated with Hibernate Validator,
 * and the verdict must be the suite's.
 *
 * <p>A typed client reads only instances of the schema's own JSON type: an instance of another
 * type than a declared {@code type} is refused when read (scalars included: the client's mapper
 * does not coerce, see {@code ExactScalars}). A schema without {@code type} takes the instance's
 * type, which is what a spec author writing the schema for that value would declare, so a case
 * whose instance is of another type than its keywords describe (the suite's "ignores strings"
 * cases for a numeric keyword, say) does not apply. A read that fails counts as the client refusing the
 * instance. Cases that apply and disagree must be listed, with a reason, in {@code
 * json-schema-test-suite/exceptions.tsv}; a listed case that agrees fails the test too, so the
 * list stays exact.
 */
class JsonSchemaTestSuiteTest {

    /** Reads instances as a client does: with exact scalar binding, as the runtime's default mapper. */
    static final ObjectMapper MAPPER = ExactScalars.configure(new ObjectMapper().findAndRegisterModules());

    static final Path SUITE = Path.of("src/test/resources/json-schema-test-suite");
    static final String PACKAGE = "suite";

    @TempDir
    Path work;

    /** One schema of the suite, with where it comes from. */
    record Group(String file, String description, JsonNode schema, List<JsonNode> tests) {}

    /** One instance, made into a case the typed client can answer. */
    record Case(String id, String component, JsonNode instance, boolean valid) {}

    @Test
    void typedModelsAndBeanValidationAgreeWithTheSuite() throws Exception {
        List<Group> groups = groups();
        ObjectNode schemas = MAPPER.createObjectNode();
        List<Case> cases = new ArrayList<>();
        Map<String, String> notApplicable = new TreeMap<>();
        for (Group group : groups) {
            for (JsonNode test : group.tests()) {
                String id = group.file() + "\t" + group.description() + "\t"
                        + test.get("description").asText();
                JsonNode instance = test.get("data");
                String reason = notApplicable(group.schema(), instance);
                if (reason != null) {
                    notApplicable.put(id, reason);
                    continue;
                }
                String component = "Case" + schemas.size();
                ObjectNode holder = schemas.putObject(component);
                holder.put("type", "object");
                holder.putObject("properties").set("value", typed(group.schema(), instance));
                cases.add(new Case(id, component, instance, test.get("valid").asBoolean()));
            }
        }
        ObjectNode spec = MAPPER.createObjectNode();
        spec.put("openapi", "3.0.3");
        spec.putObject("info").put("title", "Suite").put("version", "1");
        spec.putObject("paths");
        spec.putObject("components").set("schemas", schemas);
        Path specFile = work.resolve("suite.json");
        Files.writeString(specFile, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(spec));
        ClassLoader loader = JavaCompilation.compile(
                new GeneratorRun(specFile, null, PACKAGE, null, false).generate(), work.resolve("compiled"));

        Map<String, String> disagreements = new TreeMap<>();
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            for (Case c : cases) {
                Class<?> holder = Class.forName(PACKAGE + ".model." + c.component(), true, loader);
                String verdict;
                try {
                    Object value =
                            MAPPER.readValue("{\"value\":" + MAPPER.writeValueAsString(c.instance()) + "}", holder);
                    verdict = validator.validate(value).isEmpty() ? "valid" : "invalid";
                } catch (IOException e) {
                    verdict = "unreadable";
                }
                boolean agrees = c.valid() ? verdict.equals("valid") : !verdict.equals("valid");
                if (!agrees) {
                    disagreements.put(
                            c.id(), "suite says " + (c.valid() ? "valid" : "invalid") + ", client " + verdict);
                }
            }
        }
        Map<String, String> listed = exceptions();
        List<String> unlisted = disagreements.keySet().stream()
                .filter(id -> !isListed(id, listed))
                .map(id -> id + "\t" + disagreements.get(id))
                .toList();
        List<String> agreeingButListed = listed.keySet().stream()
                .filter(key -> disagreements.keySet().stream().noneMatch(id -> matches(id, key)))
                .toList();
        System.out.printf(
                "JSON-Schema-Test-Suite: %d cases apply (%d listed as exceptions), %d do not apply%n",
                cases.size(), disagreements.size(), notApplicable.size());
        notApplicable.values().stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        r -> r, TreeMap::new, java.util.stream.Collectors.counting()))
                .forEach((reason, count) -> System.out.printf("  does not apply (%d): %s%n", count, reason));
        assertThat(unlisted)
                .as("cases that disagree with the suite and are not in exceptions.tsv")
                .isEmpty();
        assertThat(agreeingButListed)
                .as("exceptions.tsv entries whose cases agree with the suite")
                .isEmpty();
        // The suite runs: most cases apply, and every file contributes.
        assertThat(cases.size()).isGreaterThan(200);
        assertThat(cases.stream().map(c -> c.id().split("\t")[0]).distinct()).hasSize(12);
    }

    static List<Group> groups() throws IOException {
        List<Group> groups = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SUITE.resolve("draft4"))) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            String name = SUITE.resolve("draft4").relativize(file).toString().replace('\\', '/');
            for (JsonNode group : MAPPER.readTree(file.toFile())) {
                List<JsonNode> tests = new ArrayList<>();
                group.get("tests").forEach(tests::add);
                groups.add(new Group(name, group.get("description").asText(), group.get("schema"), tests));
            }
        }
        return groups;
    }

    /** Keywords of JSON Schema draft 4 that an OpenAPI 3.0 Schema Object does not have. */
    static final List<String> NOT_OPENAPI = List.of("patternProperties", "additionalItems", "dependencies");

    /** The keywords that describe only values of one JSON type, by that type. */
    static final Map<String, List<String>> TYPE_KEYWORDS = Map.of(
            "object", List.of("properties", "required", "minProperties", "maxProperties", "additionalProperties"),
            "array", List.of("items", "uniqueItems", "minItems", "maxItems"),
            "string", List.of("pattern", "minLength", "maxLength", "format"),
            "number", List.of("minimum", "maximum", "multipleOf", "exclusiveMinimum", "exclusiveMaximum"));

    /** Why a case does not apply to a typed client, or null if it does. */
    static String notApplicable(JsonNode schema, JsonNode instance) {
        for (String keyword : NOT_OPENAPI) {
            if (schema.has(keyword)) {
                return keyword + " is not an OpenAPI 3.0 keyword";
            }
        }
        if (schema.get("items") instanceof ArrayNode) {
            return "tuple items (an array of schemas) are not OpenAPI";
        }
        String type = jsonType(instance);
        if (type.equals("null")) {
            return "a null instance has no typed value";
        }
        if (schema.has("type")) {
            // The client binds a value only to a Java type of its own JSON kind, so a declared type
            // is checked as the suite checks it.
            return null;
        }
        List<String> types = ownTypes(schema);
        boolean matches =
                types.isEmpty() || types.contains(type) || (type.equals("integer") && types.contains("number"));
        return matches ? null : "instance of type " + type + ", schema of type " + types;
    }

    /**
     * The JSON types a schema describes: its {@code type}; without one, the types of its enum
     * values, or the type its keywords apply to. Empty when it describes any value.
     */
    static List<String> ownTypes(JsonNode schema) {
        List<String> types = new ArrayList<>();
        JsonNode declared = schema.get("type");
        if (declared != null) {
            if (declared.isArray()) {
                declared.forEach(t -> types.add(t.asText()));
            } else {
                types.add(declared.asText());
            }
            return types;
        }
        if (schema.has("enum")) {
            schema.get("enum").forEach(value -> types.add(jsonType(value)));
            return types;
        }
        TYPE_KEYWORDS.forEach((type, keywords) -> {
            if (keywords.stream().anyMatch(schema::has)) {
                types.add(type);
            }
        });
        return types;
    }

    /** The schema with the instance's type made explicit when it declares none. */
    static JsonNode typed(JsonNode schema, JsonNode instance) {
        ObjectNode copy = schema.deepCopy();
        if (!copy.has("type")) {
            copy.put("type", jsonType(instance));
        }
        return copy;
    }

    /** Draft 4's types: an integer is a number without a fraction or exponent part. */
    static String jsonType(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isTextual()) {
            return "string";
        }
        return value.isArray() ? "array" : "object";
    }

    /** file, group and test description (or {@code *} for the whole group), tab-separated. */
    static Map<String, String> exceptions() throws IOException {
        Map<String, String> listed = new LinkedHashMap<>();
        for (String line : Files.readAllLines(SUITE.resolve("exceptions.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            assertThat(parts)
                    .as("exceptions.tsv line: file, group, test, reason: %s", line)
                    .hasSize(4);
            listed.put(parts[0] + "\t" + parts[1] + "\t" + parts[2], parts[3]);
        }
        return listed;
    }

    static boolean isListed(String id, Map<String, String> listed) {
        return listed.keySet().stream().anyMatch(key -> matches(id, key));
    }

    static boolean matches(String id, String key) {
        return key.endsWith("\t*") ? id.startsWith(key.substring(0, key.length() - 1)) : id.equals(key);
    }
}
