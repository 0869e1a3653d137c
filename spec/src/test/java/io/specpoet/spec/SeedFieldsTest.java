package io.specpoet.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The response body as the two seed pages document it (seed-fields.tsv, transcribed by hand)
 * against the response body the spec declares: every documented field is there, typed, required,
 * constrained and described as documented, and the spec invents no field at a documented level.
 *
 * <p>The spec is read as written (a YAML tree), following {@code $ref} and {@code allOf}, so a
 * pattern or description is compared character for character.
 */
class SeedFieldsTest {

    /** The operations of the two seed pages; both document the same body, so each row holds for both. */
    private static final List<String> SEED_OPERATIONS = List.of("getReleaseFlowRun", "abortReleaseFlowRun");

    private static final List<String> DATE_TIME_FIELDS =
            List.of("data.startedAt", "data.concludedAt", "data.createdAt", "data.updatedAt");

    /** One documented field: a row of seed-fields.tsv, "-" meaning not documented. */
    record SeedField(
            String path,
            String type,
            String required,
            String enumValues,
            String enumAdditions,
            String pattern,
            String maxLength,
            String defaultValue,
            String deprecated,
            String description) {

        @Override
        public String toString() {
            return path;
        }

        static boolean given(String cell) {
            return !cell.equals("-");
        }

        static List<String> list(String cell) {
            return given(cell)
                    ? Arrays.stream(cell.split(",")).map(String::trim).toList()
                    : List.of();
        }
    }

    private static JsonNode spec;
    private static List<SeedField> table;

    @BeforeAll
    static void load() {
        spec = SpecDocument.tree();
        table = readTable();
    }

    static List<SeedField> readTable() {
        try (InputStream in = SeedFieldsTest.class.getResourceAsStream("/seed-fields.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .toList();
            List<String> header = List.of(lines.get(0).split("\t", -1));
            assertThat(header)
                    .containsExactly(
                            "path",
                            "type",
                            "required",
                            "enum",
                            "enum_additions",
                            "pattern",
                            "max_length",
                            "default",
                            "deprecated",
                            "description");
            List<SeedField> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split("\t", -1);
                assertThat(c).as(line).hasSize(header.size());
                rows.add(new SeedField(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> rowsForEachSeedOperation() {
        List<SeedField> rows = readTable();
        return SEED_OPERATIONS.stream().flatMap(op -> rows.stream().map(row -> Arguments.of(op, row)));
    }

    // ---------------------------------------------------------------------------------------------

    @Test
    void tableHasNoDuplicatePaths() {
        assertThat(table).extracting(SeedField::path).doesNotHaveDuplicates();
    }

    @Test
    void bothSeedOperationsAnswerWithReleaseFlowRunResponse() {
        // Both seeds document one response object; the spec must give both the same schema, which is
        // what lets every row below hold for both.
        for (String operationId : allOperationIds()) {
            JsonNode schemaRef = successContent(operationId).path("schema").path("$ref");
            assertThat(schemaRef.asText()).as(operationId).isEqualTo("#/components/schemas/ReleaseFlowRunResponse");
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rowsForEachSeedOperation")
    void documentedFieldIsDeclaredAsDocumented(String operationId, SeedField field) {
        JsonNode root = SpecDocument.deref(spec, successContent(operationId).path("schema"));
        Located located = locate(root, field.path());
        JsonNode schema = located.schema();

        assertType(field, schema);

        if (field.required().equals("-")) {
            assertThat(located.requiredInParent())
                    .as("root and items have no required flag")
                    .isNull();
        } else {
            assertThat(located.requiredInParent())
                    .as("required")
                    .isEqualTo(field.required().equals("yes"));
        }

        assertEnum(field, schema);

        if (SeedField.given(field.pattern())) {
            assertThat(schema.path("pattern").asText(null)).as("pattern").isEqualTo(field.pattern());
        } else {
            assertThat(schema.has("pattern")).as("undocumented pattern").isFalse();
        }

        if (SeedField.given(field.maxLength())) {
            assertThat(schema.path("maxLength").asInt(-1))
                    .as("maxLength")
                    .isEqualTo(Integer.parseInt(field.maxLength()));
        } else {
            assertThat(schema.has("maxLength")).as("undocumented maxLength").isFalse();
        }

        if (SeedField.given(field.defaultValue())) {
            assertThat(schema.get("default")).as("default").isEqualTo(json(field.defaultValue()));
        } else {
            assertThat(schema.has("default")).as("undocumented default").isFalse();
        }

        assertThat(schema.path("deprecated").asBoolean(false))
                .as("deprecated")
                .isEqualTo(field.deprecated().equals("yes"));

        assertDescription(field, schema);
    }

    @Test
    void specDeclaresNoFieldTheSeedsDoNotDocument() {
        // At every level the seeds document (each object and array row), the spec's children must be
        // exactly the table's children. The spec goes deeper only where the seeds stop: data.spec is
        // documented as a node ("multiple options: oneOf") without its options, so it is not entered;
        // data.arguments and data.refs are documented as bare objects, so they must declare no
        // properties of their own.
        JsonNode root = SpecDocument.deref(spec, spec.at("/components/schemas/ReleaseFlowRunResponse"));
        Set<String> documented = table.stream().map(SeedField::path).collect(Collectors.toSet());
        for (SeedField parent : table) {
            if (!parent.type().equals("object") && !parent.type().equals("array")) {
                continue;
            }
            JsonNode schema = locate(root, parent.path()).schema();
            Set<String> specChildren = new TreeSet<>();
            if (parent.type().equals("array")) {
                specChildren.add(parent.path() + "[]");
            } else {
                String prefix = parent.path().equals("$") ? "" : parent.path() + ".";
                properties(schema).keySet().forEach(name -> specChildren.add(prefix + name));
            }
            Set<String> tableChildren = documented.stream()
                    .filter(path -> isChild(parent.path(), path))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(specChildren).as("children of %s", parent.path()).isEqualTo(tableChildren);
        }
        assertThat(documented)
                .as("oneOf nodes are documented without children")
                .noneMatch(path -> path.startsWith("data.spec.") || path.startsWith("data.spec["));
    }

    @Test
    void timestampsAreDateTimes() {
        // The seeds say only "string"; the example values and the names show they are timestamps.
        JsonNode root = SpecDocument.deref(spec, spec.at("/components/schemas/ReleaseFlowRunResponse"));
        for (String path : DATE_TIME_FIELDS) {
            assertThat(table).extracting(SeedField::path).contains(path);
            JsonNode schema = locate(root, path).schema();
            assertThat(schema.path("type").asText()).as(path).isEqualTo("string");
            assertThat(schema.path("format").asText(null)).as(path).isEqualTo("date-time");
        }
    }

    // --- the assertions per column -----------------------------------------------------------------

    private static void assertType(SeedField field, JsonNode schema) {
        if (field.type().equals("oneOf")) {
            assertThat(schema.path("oneOf").isArray()).as("oneOf").isTrue();
            assertThat(schema.path("oneOf")).as("oneOf options").isNotEmpty();
        } else {
            assertThat(schema.path("type").asText(null)).as("type").isEqualTo(field.type());
        }
    }

    private static void assertEnum(SeedField field, JsonNode schema) {
        List<String> documented = SeedField.list(field.enumValues());
        List<String> additions = SeedField.list(field.enumAdditions());
        if (documented.isEmpty()) {
            assertThat(schema.has("enum")).as("undocumented enum").isFalse();
            assertThat(additions).as("additions need documented values").isEmpty();
            return;
        }
        List<String> declared = new ArrayList<>();
        schema.path("enum").forEach(v -> declared.add(v.asText()));
        // The documented values must all be there; anything more must be exactly the recorded
        // additions, and the spec's description must name each addition, so readers learn why.
        assertThat(declared).as("enum").doesNotHaveDuplicates().containsAll(documented);
        Set<String> extra = new LinkedHashSet<>(declared);
        documented.forEach(extra::remove);
        assertThat(extra).as("enum values beyond the documented ones").containsExactlyInAnyOrderElementsOf(additions);
        for (String addition : additions) {
            assertThat(schema.path("description").asText())
                    .as("description explains addition")
                    .contains(addition);
        }
    }

    private static void assertDescription(SeedField field, JsonNode schema) {
        if (!SeedField.given(field.description())) {
            assertThat(schema.has("description")).as("undocumented description").isFalse();
            return;
        }
        // The spec may add explanation after the documented text, as a later paragraph.
        String declared = schema.path("description").asText(null);
        assertThat(declared).as("description").isNotNull();
        String firstParagraph = declared.split("\n\n", 2)[0];
        assertThat(firstParagraph).as("description (first paragraph)").isEqualTo(field.description());
    }

    // --- walking the spec --------------------------------------------------------------------------

    /** A field's schema, and whether its parent object requires it (null for the root and items). */
    record Located(JsonNode schema, Boolean requiredInParent) {}

    /** Walks a table path ("data.triggers[].repoUrl") from the response schema. */
    private static Located locate(JsonNode root, String path) {
        Located here = new Located(root, null);
        if (path.equals("$")) {
            return here;
        }
        for (String segment : path.split("\\.")) {
            boolean items = segment.endsWith("[]");
            String name = items ? segment.substring(0, segment.length() - 2) : segment;
            JsonNode parent = here.schema();
            JsonNode property = properties(parent).get(name);
            assertThat(property).as("%s: no property %s", path, name).isNotNull();
            here = new Located(
                    SpecDocument.deref(spec, property), required(parent).contains(name));
            if (items) {
                JsonNode itemSchema = here.schema().get("items");
                assertThat(itemSchema).as("%s: %s has no items", path, name).isNotNull();
                here = new Located(SpecDocument.deref(spec, itemSchema), null);
            }
        }
        return here;
    }

    /** The properties an object schema declares, itself and through allOf. */
    private static Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> all = new java.util.LinkedHashMap<>();
        schema.path("properties").fields().forEachRemaining(e -> all.put(e.getKey(), e.getValue()));
        schema.path("allOf").forEach(part -> all.putAll(properties(SpecDocument.deref(spec, part))));
        return all;
    }

    private static Set<String> required(JsonNode schema) {
        Set<String> all = new TreeSet<>();
        schema.path("required").forEach(name -> all.add(name.asText()));
        schema.path("allOf").forEach(part -> all.addAll(required(SpecDocument.deref(spec, part))));
        return all;
    }

    private static boolean isChild(String parent, String path) {
        if (parent.equals("$")) {
            return !path.equals("$") && !path.contains(".") && !path.contains("[");
        }
        if (path.equals(parent + "[]")) {
            return true;
        }
        if (!path.startsWith(parent + ".")) {
            return false;
        }
        String rest = path.substring(parent.length() + 1);
        return !rest.contains(".") && !rest.contains("[");
    }

    // --- operations --------------------------------------------------------------------------------

    private static List<String> allOperationIds() {
        List<String> ids = new ArrayList<>();
        spec.path("paths")
                .forEach(item -> item.fields().forEachRemaining(e -> {
                    if (e.getValue().has("operationId")) {
                        ids.add(e.getValue().get("operationId").asText());
                    }
                }));
        assertThat(ids).containsAll(SEED_OPERATIONS);
        return ids;
    }

    /** The application/json content of an operation's 200 response, its $ref followed. */
    private static JsonNode successContent(String operationId) {
        Function<JsonNode, Stream<JsonNode>> operations = item -> {
            List<JsonNode> ops = new ArrayList<>();
            item.fields().forEachRemaining(e -> ops.add(e.getValue()));
            return ops.stream();
        };
        JsonNode operation = stream(spec.path("paths"))
                .flatMap(operations)
                .filter(op -> op.path("operationId").asText().equals(operationId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no operation " + operationId));
        JsonNode response = SpecDocument.deref(spec, operation.path("responses").path("200"));
        return response.path("content").path("application/json");
    }

    private static Stream<JsonNode> stream(JsonNode node) {
        List<JsonNode> children = new ArrayList<>();
        node.forEach(children::add);
        return children.stream();
    }

    private static JsonNode json(String text) {
        try {
            return SpecDocument.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
