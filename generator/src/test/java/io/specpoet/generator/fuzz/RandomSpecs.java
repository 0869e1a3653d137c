package io.specpoet.generator.fuzz;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Builds a random, valid OpenAPI document from a seed: hostile names and text everywhere,
 * colliding and case-clashing names, every type, format and constraint, references between
 * components (recursion included), unions, deep nesting, and operations with every kind of
 * parameter, body and response. The same seed gives the same document.
 */
final class RandomSpecs {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static final List<String> STRING_FORMATS =
            List.of("date-time", "date", "uuid", "uri", "byte", "binary", "email", "password", "x-😀", "");
    private static final List<String> METHODS =
            List.of("get", "post", "put", "delete", "patch", "head", "options", "trace");

    private final Random random;
    private final HostileText text;
    private final boolean openApi31;
    private final List<String> components = new ArrayList<>();

    private RandomSpecs(long seed) {
        this.random = new Random(seed);
        this.text = new HostileText(random);
        this.openApi31 = random.nextBoolean();
    }

    /** The document for {@code seed}. */
    static ObjectNode spec(long seed) {
        return new RandomSpecs(seed).build();
    }

    private ObjectNode build() {
        ObjectNode root = JSON.objectNode();
        root.put("openapi", openApi31 ? "3.1.0" : "3.0.3");
        ObjectNode info = root.putObject("info");
        info.put("title", random.nextBoolean() ? text.text() : text.name());
        info.put("version", text.text());
        maybe(info, "description");
        if (random.nextBoolean()) {
            root.putArray("servers").addObject().put("url", "https://example.com/" + text.text());
        }
        Set<String> names = new LinkedHashSet<>();
        int count = 1 + random.nextInt(5);
        while (names.size() < count) {
            names.add(text.componentName());
        }
        components.addAll(names);
        ObjectNode schemas = root.putObject("components").putObject("schemas");
        for (String name : components) {
            schemas.set(name, random.nextInt(10) == 0 ? deepSchema(15 + random.nextInt(30)) : schema(3, true));
        }
        if (components.size() > 1 && random.nextInt(3) == 0) {
            // OpenAPI's inheritance: a parent with a discriminator, and a subtype that allOfs it.
            String parent = components.get(0);
            ObjectNode parentSchema = objectSchema(2);
            parentSchema.putObject("discriminator").put("propertyName", text.name());
            schemas.set(parent, parentSchema);
            ObjectNode subtype = JSON.objectNode();
            subtype.putArray("allOf")
                    .add(JSON.objectNode().put("$ref", "#/components/schemas/" + parent))
                    .add(objectSchema(2));
            schemas.set(components.get(1), subtype);
        }
        ObjectNode paths = root.putObject("paths");
        int pathCount = random.nextInt(4);
        Set<String> operationIds = new LinkedHashSet<>();
        for (int i = 0; i < pathCount; i++) {
            List<String> pathParameters = new ArrayList<>();
            StringBuilder path = new StringBuilder();
            for (int segment = 0; segment <= random.nextInt(3); segment++) {
                if (random.nextBoolean()) {
                    String parameter = "p" + segment + text.name().replaceAll("[{}/?#]", "");
                    pathParameters.add(parameter);
                    path.append("/{").append(parameter).append('}');
                } else {
                    path.append('/')
                            .append(text.name().replaceAll("[{}/?#]", "").replace(' ', '-'));
                }
            }
            String key = path.toString();
            if (paths.has(key)) {
                continue;
            }
            ObjectNode item = paths.putObject(key);
            for (String method : METHODS) {
                if (random.nextInt(3) == 0) {
                    item.set(method, operation(pathParameters, operationIds));
                }
            }
        }
        if (random.nextBoolean()) {
            ArrayNode tags = root.putArray("tags");
            Set<String> tagNames = new LinkedHashSet<>(List.of(text.name(), text.name()));
            for (String name : tagNames) {
                ObjectNode tag = tags.addObject().put("name", name);
                maybe(tag, "description");
            }
        }
        return root;
    }

    private ObjectNode operation(List<String> pathParameters, Set<String> operationIds) {
        ObjectNode operation = JSON.objectNode();
        String operationId = text.name();
        if (random.nextInt(4) != 0 && operationIds.add(operationId)) {
            operation.put("operationId", operationId);
        }
        maybe(operation, "summary");
        maybe(operation, "description");
        if (random.nextBoolean()) {
            operation.putArray("tags").add(text.name());
        }
        if (random.nextInt(5) == 0) {
            operation.put("deprecated", true);
        }
        ArrayNode parameters = operation.putArray("parameters");
        for (String name : pathParameters) {
            parameters.add(parameter(name, "path", true));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String in = text.pick(List.of("query", "header", "cookie"));
            String name = text.name();
            if (seen.add(in + ":" + name)) {
                parameters.add(parameter(name, in, random.nextBoolean()));
            }
        }
        if (random.nextBoolean()) {
            ObjectNode body = operation.putObject("requestBody");
            body.put("required", random.nextBoolean());
            maybe(body, "description");
            ObjectNode content = body.putObject("content");
            for (int i = 0; i <= random.nextInt(2); i++) {
                String mediaType = text.pick(List.of(
                        "application/json",
                        "application/x-www-form-urlencoded",
                        "multipart/form-data",
                        "application/octet-stream",
                        "text/plain",
                        "application/merge-patch+json",
                        "image/*"));
                content.putObject(mediaType).set("schema", schema(2, true));
            }
        }
        ObjectNode responses = operation.putObject("responses");
        for (int i = 0; i <= random.nextInt(3); i++) {
            String status = text.pick(List.of("200", "201", "204", "400", "404", "500", "default", "2XX"));
            ObjectNode response = responses.putObject(status);
            response.put("description", text.text());
            if (!status.equals("204") && random.nextInt(4) != 0) {
                String mediaType = text.pick(List.of(
                        "application/json", "application/problem+json", "text/plain", "application/octet-stream"));
                response.putObject("content").putObject(mediaType).set("schema", schema(2, true));
            }
        }
        return operation;
    }

    private ObjectNode parameter(String name, String in, boolean required) {
        ObjectNode parameter = JSON.objectNode();
        parameter.put("name", name);
        parameter.put("in", in);
        if (required) {
            parameter.put("required", true);
        }
        maybe(parameter, "description");
        if (in.equals("query") && random.nextInt(3) == 0) {
            parameter.put("style", text.pick(List.of("form", "spaceDelimited", "pipeDelimited", "deepObject")));
            parameter.put("explode", random.nextBoolean());
        }
        ObjectNode schema = random.nextInt(3) == 0 ? arraySchema(1) : scalarSchema();
        if (in.equals("query") && random.nextInt(6) == 0) {
            schema = objectSchema(1);
        }
        parameter.set("schema", schema);
        return parameter;
    }

    /** Any schema; {@code depth} bounds nesting. */
    private ObjectNode schema(int depth, boolean allowReference) {
        int choice = random.nextInt(depth <= 0 ? 4 : 13);
        ObjectNode schema = switch (choice) {
            case 0, 1 -> allowReference && !components.isEmpty() ? reference() : scalarSchema();
            case 2, 3 -> scalarSchema();
            case 4 -> arraySchema(depth - 1);
            case 5, 6 -> objectSchema(depth - 1);
            case 7 -> mapSchema(depth - 1);
            case 8 -> allOf(depth - 1);
            case 9 -> union(depth - 1);
            case 10 -> enumSchema();
            case 11 -> oddSchema();
            default -> JSON.objectNode();
        };
        decorate(schema);
        return schema;
    }

    private ObjectNode reference() {
        return JSON.objectNode().put("$ref", "#/components/schemas/" + text.pick(components));
    }

    private ObjectNode scalarSchema() {
        ObjectNode schema = JSON.objectNode();
        switch (random.nextInt(4)) {
            case 0 -> {
                type(schema, "string");
                String format = text.pick(STRING_FORMATS);
                if (!format.isEmpty()) {
                    schema.put("format", format);
                }
                if (random.nextBoolean()) {
                    schema.put("pattern", text.pattern());
                }
                if (random.nextBoolean()) {
                    schema.put("minLength", random.nextInt(3));
                    schema.put("maxLength", 3 + random.nextInt(100));
                }
                // Swagger Parser checks defaults against the formats it knows; these take any text.
                if (random.nextBoolean()
                        && List.of("", "email", "password", "x-😀").contains(format)) {
                    schema.put("default", text.text());
                }
            }
            case 1 -> {
                type(schema, "integer");
                String format = text.pick(List.of("int32", "int64", ""));
                if (!format.isEmpty()) {
                    schema.put("format", format);
                }
                bounds(
                        schema,
                        random.nextInt(5) == 0 ? new BigDecimal("1e30") : BigDecimal.valueOf(random.nextInt(1000)));
                if (random.nextBoolean()) {
                    schema.put("default", random.nextInt(10));
                }
            }
            case 2 -> {
                type(schema, "number");
                String format = text.pick(List.of("float", "double", "int32", "int64", ""));
                if (!format.isEmpty()) {
                    schema.put("format", format);
                }
                bounds(schema, new BigDecimal(text.pick(List.of("0.1", "-1e-9", "3.14159", "100", "1e308"))));
                if (random.nextBoolean()) {
                    schema.put("multipleOf", 0.5);
                }
            }
            default -> {
                type(schema, "boolean");
                if (random.nextBoolean()) {
                    schema.put("default", random.nextBoolean());
                }
            }
        }
        return schema;
    }

    private void bounds(ObjectNode schema, BigDecimal bound) {
        if (random.nextBoolean()) {
            schema.put("minimum", bound.negate());
            if (!openApi31 && random.nextBoolean()) {
                schema.put("exclusiveMinimum", true);
            }
        }
        if (random.nextBoolean()) {
            if (openApi31 && random.nextBoolean()) {
                schema.put("exclusiveMaximum", bound);
            } else {
                schema.put("maximum", bound);
                if (!openApi31 && random.nextBoolean()) {
                    schema.put("exclusiveMaximum", true);
                }
            }
        }
    }

    private ObjectNode arraySchema(int depth) {
        ObjectNode schema = JSON.objectNode();
        type(schema, "array");
        schema.set("items", depth < 0 ? scalarSchema() : schema(depth, true));
        if (random.nextBoolean()) {
            schema.put("minItems", random.nextInt(3));
            schema.put("maxItems", 3 + random.nextInt(10));
        }
        if (random.nextInt(4) == 0) {
            schema.put("uniqueItems", true);
        }
        return schema;
    }

    private ObjectNode objectSchema(int depth) {
        ObjectNode schema = JSON.objectNode();
        type(schema, "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (int i = 0; i <= random.nextInt(5); i++) {
            String name = text.name();
            properties.set(name, schema(depth, true));
            if (random.nextBoolean()) {
                required.add(name);
            }
        }
        if (random.nextInt(8) == 0) {
            required.add(text.name());
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        switch (random.nextInt(4)) {
            case 0 -> schema.put("additionalProperties", true);
            case 1 -> schema.put("additionalProperties", false);
            case 2 -> schema.set("additionalProperties", schema(depth - 1, true));
            default -> {}
        }
        if (random.nextInt(6) == 0) {
            // A parent schema: any component that allOfs it (see allOf) is a subtype.
            ObjectNode discriminator = schema.putObject("discriminator");
            String property = random.nextBoolean() ? properties.fieldNames().next() : text.name();
            discriminator.put("propertyName", property);
            if (random.nextBoolean() && !components.isEmpty()) {
                // A key is a name: a line break in a JSON key is a line break to the YAML parser too.
                discriminator.putObject("mapping").put(text.name(), "#/components/schemas/" + text.pick(components));
            }
        }
        return schema;
    }

    private ObjectNode mapSchema(int depth) {
        ObjectNode schema = JSON.objectNode();
        type(schema, "object");
        schema.set("additionalProperties", schema(depth, true));
        return schema;
    }

    private ObjectNode allOf(int depth) {
        ObjectNode schema = JSON.objectNode();
        ArrayNode parts = schema.putArray("allOf");
        if (!components.isEmpty()) {
            parts.add(reference());
        }
        parts.add(objectSchema(depth));
        return schema;
    }

    /** A oneOf or anyOf; with a discriminator over inline variants or references. */
    private ObjectNode union(int depth) {
        ObjectNode schema = JSON.objectNode();
        ArrayNode members = schema.putArray(random.nextBoolean() ? "oneOf" : "anyOf");
        if (random.nextBoolean()) {
            String property = text.name();
            schema.putObject("discriminator").put("propertyName", property);
            Set<String> values = new LinkedHashSet<>();
            for (int i = 0; i <= random.nextInt(3); i++) {
                if (random.nextInt(3) == 0 && !components.isEmpty()) {
                    members.add(reference());
                    continue;
                }
                String value = random.nextBoolean() ? text.text() : text.name();
                if (!values.add(value)) {
                    continue;
                }
                ObjectNode variant = objectSchema(depth);
                ObjectNode discriminator = JSON.objectNode();
                type(discriminator, "string");
                discriminator.putArray("enum").add(value);
                ((ObjectNode) variant.get("properties")).set(property, discriminator);
                variant.putArray("required").add(property);
                members.add(variant);
            }
        } else {
            for (int i = 0; i <= random.nextInt(3); i++) {
                members.add(schema(depth, true));
            }
        }
        return schema;
    }

    /** Numbers as enums, several types at once (3.1), a constant. */
    private ObjectNode oddSchema() {
        ObjectNode schema = JSON.objectNode();
        switch (random.nextInt(3)) {
            case 0 -> {
                type(schema, "integer");
                schema.putArray("enum").add(1).add(-7).add(1_000_000_000_000L);
            }
            case 1 -> {
                if (openApi31) {
                    schema.putArray("type").add("string").add("integer");
                } else {
                    type(schema, "string");
                }
            }
            default -> {
                type(schema, "string");
                schema.put(openApi31 ? "const" : "default", text.text());
            }
        }
        return schema;
    }

    private ObjectNode enumSchema() {
        ObjectNode schema = JSON.objectNode();
        type(schema, "string");
        ArrayNode values = schema.putArray("enum");
        for (int i = 0; i <= random.nextInt(6); i++) {
            values.add(random.nextBoolean() ? text.text() : text.name());
        }
        if (random.nextInt(5) == 0) {
            values.addNull();
            schema.put("nullable", true);
        }
        return schema;
    }

    /** A chain of objects each holding the next: inline names grow with every level. */
    private ObjectNode deepSchema(int levels) {
        ObjectNode root = JSON.objectNode();
        ObjectNode current = root;
        for (int level = 0; level < levels; level++) {
            type(current, random.nextInt(5) == 0 ? "array" : "object");
            ObjectNode next = JSON.objectNode();
            if (current.get("type").asText().equals("array")) {
                current.set("items", next);
            } else {
                current.putObject("properties").set(text.name(), next);
            }
            current = next;
        }
        type(current, "string");
        return root;
    }

    /** Documentation, examples and flags any schema may carry; nullability by the version's rules. */
    private void decorate(ObjectNode schema) {
        if (schema.has("$ref")) {
            if (openApi31 && random.nextInt(4) == 0) {
                schema.put("description", text.text());
            }
            return;
        }
        maybe(schema, "description");
        maybe(schema, "title");
        if (random.nextInt(4) == 0) {
            if (openApi31 && random.nextBoolean()) {
                schema.putArray("examples").add(text.text()).add(random.nextInt());
            } else {
                schema.put("example", text.text());
            }
        }
        if (random.nextInt(8) == 0) {
            schema.put("deprecated", true);
        }
        if (random.nextInt(8) == 0) {
            schema.put(random.nextBoolean() ? "readOnly" : "writeOnly", true);
        }
        if (random.nextInt(5) == 0 && schema.path("type").isTextual()) {
            if (openApi31) {
                String type = schema.get("type").asText();
                schema.putArray("type").add(type).add("null");
            } else {
                schema.put("nullable", true);
            }
        }
    }

    private void type(ObjectNode schema, String type) {
        schema.put("type", type);
    }

    private void maybe(ObjectNode node, String field) {
        if (random.nextBoolean()) {
            node.put(field, text.text());
        }
    }
}
