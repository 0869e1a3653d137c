package io.specpoet.generator.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.specpoet.generator.diagnostics.LocationIndex;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the inline oneOf/anyOf schemas a spec writes more than once, the same, so each is one
 * shared type (Stripe writes "an id or a {@code customer}" inline at every expandable field).
 *
 * <p>Two inline unions are the same when their schemas are equal, member for member and in order,
 * after dropping what belongs to the place of use rather than to the type: the union's own {@code
 * description}, {@code title}, {@code deprecated}, {@code readOnly}/{@code writeOnly}, {@code
 * nullable} and {@code null} members (the use site makes the property {@code Nullable}), and at
 * any depth {@code example(s)}, {@code default}, {@code externalDocs}, {@code xml} and {@code x-}
 * extensions, which the generator never writes. A {@code $ref} member is the same by its target; everything else inside the members
 * counts, their descriptions and titles too, because they become the Javadoc and names of the
 * shared member types.
 *
 * <p>Uses are counted before any type is declared, over the schemas the generator types:
 * component schemas, parameters, and the media type of each request body and response that the
 * generator types.
 */
final class SharedUnions {

    /** Keywords of the union schema itself that only describe the place where it is used. */
    private static final Set<String> USE_SITE_KEYWORDS =
            Set.of("description", "title", "deprecated", "readOnly", "writeOnly", "nullable");

    /** Keywords that never reach generated code, at any depth. */
    private static final Set<String> UNUSED_KEYWORDS = Set.of("example", "examples", "externalDocs", "default", "xml");

    /** Keywords whose value is a schema. */
    private static final Set<String> SCHEMA_KEYWORDS =
            Set.of("items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else");

    /** Keywords whose value is a list of schemas. */
    private static final Set<String> SCHEMA_LIST_KEYWORDS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");

    /** Keywords whose value maps names to schemas. */
    private static final Set<String> SCHEMA_MAP_KEYWORDS = Set.of("properties", "patternProperties");

    /** One place where an inline union is written. */
    record Use(String pointer, Schema<?> schema) {}

    /** The uses of one union, and the type they share once it is named and declared. */
    static final class Group {
        private final List<Use> uses = new ArrayList<>();
        private String javaName;
        private TypeUse type;

        /** The use a shared type is declared from: the first by pointer, whatever the spec's order. */
        Use representative() {
            return uses.stream().min(Comparator.comparing(Use::pointer)).orElseThrow();
        }

        List<Use> uses() {
            return uses;
        }

        String javaName() {
            return javaName;
        }

        void name(String javaName) {
            this.javaName = javaName;
        }

        TypeUse type() {
            return type;
        }

        void declared(TypeUse type) {
            this.type = type;
        }

        /**
         * The description every use gives, if they agree, and how many uses the type serves; one
         * use's description would mislead at the others.
         */
        String documentation() {
            Set<String> descriptions = new HashSet<>();
            for (Use use : uses) {
                descriptions.add(ModelBuilder.documentationOf(use.schema()));
            }
            String agreed = descriptions.size() == 1 ? descriptions.iterator().next() : null;
            String shared = "The same union, written at " + uses.size() + " places in the spec.";
            return agreed == null || agreed.isBlank() ? shared : agreed + "\n\n" + shared;
        }

        /** Deprecated only when every use is. */
        boolean allDeprecated() {
            return uses.stream()
                    .allMatch(use -> Boolean.TRUE.equals(use.schema().getDeprecated()));
        }
    }

    private final ObjectMapper mapper;
    private final Map<JsonNode, Group> groups = new HashMap<>();

    /** The group of each union schema the survey saw, so the generator finds it without a key. */
    private final Map<Schema<?>, Group> surveyed = new IdentityHashMap<>();

    private SharedUnions(OpenAPI openApi) {
        this.mapper = openApi.getSpecVersion() == SpecVersion.V31 ? Json31.mapper() : Json.mapper();
    }

    /**
     * Counts the inline unions of a spec.
     *
     * @param generatedComponents the component schemas that are typed (not schema-mapped)
     */
    static SharedUnions survey(OpenAPI openApi, Map<String, Schema<?>> generatedComponents) {
        SharedUnions shared = new SharedUnions(openApi);
        generatedComponents.forEach(
                (name, schema) -> shared.walk(schema, "/components/schemas/" + LocationIndex.escape(name), true, null));
        var components = openApi.getComponents();
        if (components != null) {
            if (components.getParameters() != null) {
                components
                        .getParameters()
                        .forEach((name, parameter) ->
                                shared.parameter(parameter, "/components/parameters/" + LocationIndex.escape(name)));
            }
            if (components.getRequestBodies() != null) {
                components
                        .getRequestBodies()
                        .forEach((name, body) -> shared.requestBody(
                                body.getContent(), "/components/requestBodies/" + LocationIndex.escape(name)));
            }
            if (components.getResponses() != null) {
                components
                        .getResponses()
                        .forEach((name, response) -> shared.response(
                                response.getContent(), "/components/responses/" + LocationIndex.escape(name)));
            }
        }
        if (openApi.getPaths() != null) {
            openApi.getPaths().forEach((path, item) -> shared.pathItem(item, "/paths/" + LocationIndex.escape(path)));
        }
        return shared;
    }

    /** The groups of unions used more than once. */
    List<Group> shared() {
        return groups.values().stream().filter(group -> group.uses.size() > 1).toList();
    }

    /** The group of an inline union used more than once, or null. */
    Group groupOf(Schema<?> schema) {
        Group group = surveyed.get(schema);
        if (group == null) {
            group = groups.get(key(schema));
        }
        return group != null && group.uses.size() > 1 ? group : null;
    }

    private void pathItem(PathItem item, String pointer) {
        if (item.get$ref() != null) {
            return;
        }
        parameters(item.getParameters(), pointer);
        item.readOperationsMap()
                .forEach((method, operation) ->
                        operation(operation, pointer + "/" + method.name().toLowerCase(java.util.Locale.ROOT)));
    }

    private void operation(Operation operation, String pointer) {
        parameters(operation.getParameters(), pointer);
        RequestBody body = operation.getRequestBody();
        if (body != null && body.get$ref() == null) {
            requestBody(body.getContent(), pointer + "/requestBody");
        }
        if (operation.getResponses() != null) {
            operation.getResponses().forEach((status, response) -> {
                if (response.get$ref() == null) {
                    response(response.getContent(), pointer + "/responses/" + LocationIndex.escape(status));
                }
            });
        }
    }

    private void parameters(List<Parameter> parameters, String pointer) {
        for (int i = 0; parameters != null && i < parameters.size(); i++) {
            if (parameters.get(i).get$ref() == null) {
                parameter(parameters.get(i), pointer + "/parameters/" + i);
            }
        }
    }

    private void parameter(Parameter parameter, String pointer) {
        walk(parameter.getSchema(), pointer + "/schema");
    }

    /** A request body: the generator types the one media type it sends, unless that is raw bytes. */
    private void requestBody(Content content, String pointer) {
        Map.Entry<String, MediaType> sent = content == null ? null : OperationsBuilder.requestMediaType(content);
        if (sent != null && OperationsBuilder.encodingOf(sent.getKey()) != BodyEncoding.RAW) {
            walk(sent.getValue().getSchema(), pointer + "/content/" + LocationIndex.escape(sent.getKey()) + "/schema");
        }
    }

    /** A response: the generator types its JSON media type. */
    private void response(Content content, String pointer) {
        Map.Entry<String, MediaType> json = content == null ? null : OperationsBuilder.jsonMediaType(content);
        if (json != null) {
            walk(json.getValue().getSchema(), pointer + "/content/" + LocationIndex.escape(json.getKey()) + "/schema");
        }
    }

    /**
     * Counts the inline unions in a schema. A union seen before is not entered again: the type
     * shared by its uses is declared from one of them.
     */
    private void walk(Schema<?> schema, String pointer) {
        walk(schema, pointer, false, null);
    }

    /**
     * @param tree the schema as JSON, when a union around it was already written as JSON: its
     *     part is the same as writing the schema again, which for nested unions would be repeated
     *     at every level
     */
    private void walk(Schema<?> schema, String pointer, boolean componentRoot, JsonNode tree) {
        if (schema == null || schema.get$ref() != null) {
            return;
        }
        if (!componentRoot && SchemaShape.of(schema) instanceof SchemaShape.Union) {
            if (tree == null) {
                tree = mapper.valueToTree(schema);
            }
            Group group = groups.computeIfAbsent(key(schema, tree.deepCopy()), k -> new Group());
            group.uses.add(new Use(pointer, schema));
            surveyed.put(schema, group);
            if (group.uses.size() > 1) {
                return;
            }
        }
        JsonNode json = tree;
        if (schema.getProperties() != null) {
            schema.getProperties()
                    .forEach((name, property) -> walk(
                            property,
                            pointer + "/properties/" + LocationIndex.escape(name),
                            false,
                            json == null ? null : json.path("properties").get(name)));
        }
        walk(schema.getItems(), pointer + "/items", false, json == null ? null : json.get("items"));
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            walk(
                    values,
                    pointer + "/additionalProperties",
                    false,
                    json == null ? null : json.get("additionalProperties"));
        }
        walkAll(schema.getAllOf(), pointer, "allOf", json);
        walkAll(schema.getOneOf(), pointer, "oneOf", json);
        walkAll(schema.getAnyOf(), pointer, "anyOf", json);
    }

    private void walkAll(List<Schema> schemas, String pointer, String keyword, JsonNode tree) {
        for (int i = 0; schemas != null && i < schemas.size(); i++) {
            walk(
                    schemas.get(i),
                    pointer + "/" + keyword + "/" + i,
                    false,
                    tree == null ? null : tree.path(keyword).get(i));
        }
    }

    // ---- what makes two unions the same ----------------------------------------------------

    /** The union's schema as JSON, without what only describes where it is used. */
    private JsonNode key(Schema<?> schema) {
        return key(schema, mapper.valueToTree(schema));
    }

    /** @param tree the schema as JSON, which this changes */
    private static JsonNode key(Schema<?> schema, JsonNode tree) {
        if (!(tree instanceof ObjectNode node)) {
            return tree;
        }
        USE_SITE_KEYWORDS.forEach(node::remove);
        for (String keyword : List.of("oneOf", "anyOf")) {
            if (node.get(keyword) instanceof ArrayNode members) {
                int i = 0;
                for (Iterator<JsonNode> it = members.iterator(); it.hasNext(); i++) {
                    it.next();
                    List<Schema> listed = keyword.equals("oneOf") ? schema.getOneOf() : schema.getAnyOf();
                    if (listed != null && i < listed.size() && SchemaShape.isNullOnly(listed.get(i))) {
                        it.remove();
                    }
                }
            }
        }
        if (node.get("type") instanceof ArrayNode types) {
            types.removeIf(type -> type.asText().equals("null"));
        }
        stripUnused(node);
        return node;
    }

    private static void stripUnused(JsonNode schema) {
        if (!(schema instanceof ObjectNode node)) {
            return;
        }
        node.properties()
                .removeIf(field -> UNUSED_KEYWORDS.contains(field.getKey())
                        || field.getKey().startsWith("x-"));
        node.properties().forEach(field -> {
            String keyword = field.getKey();
            JsonNode value = field.getValue();
            if (SCHEMA_KEYWORDS.contains(keyword)) {
                stripUnused(value);
            } else if (SCHEMA_LIST_KEYWORDS.contains(keyword) || SCHEMA_MAP_KEYWORDS.contains(keyword)) {
                value.forEach(SharedUnions::stripUnused);
            }
        });
    }
}
