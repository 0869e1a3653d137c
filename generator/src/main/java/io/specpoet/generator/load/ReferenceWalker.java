package io.specpoet.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.specpoet.generator.diagnostics.LocationIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Visits every {@code $ref} of an OpenAPI document that is a reference, and none that is data:
 * examples, defaults, enums, consts and extensions hold values, where a {@code "$ref"} key is just
 * a key (GitHub's SCIM examples have some). A key is a keyword or a name depending on where it
 * is: {@code default} under {@code responses} is a response, under a schema it is data.
 */
final class ReferenceWalker {

    /** What a {@code $ref} stands for, by where it is. */
    enum Place {
        /** A schema. */
        SCHEMA,
        /**
         * A whole map of names ({@code properties: {$ref: …}}, which DigitalOcean writes; OpenAPI
         * has no Reference Object there).
         */
        MAP,
        /** A whole map of schemas, such as {@code properties}. */
        SCHEMA_MAP,
        /** Anything else: a response, a parameter, an operation, text. */
        OTHER
    }

    /** Sees references, and may replace them. */
    interface Visitor {
        /**
         * @param pointer the pointer of the object holding the {@code $ref}
         * @return what to put in the holder's place (not walked further), or null to keep the
         *     holder and walk on into it
         */
        JsonNode reference(String pointer, ObjectNode holder, String ref, Place place);

        /**
         * A discriminator mapping value that names its schema by reference rather than by name.
         *
         * @return the value to put instead, or null to keep it
         */
        default String mappingReference(String ref) {
            return null;
        }
    }

    /** Keywords whose value is an instance, never a reference. */
    private static final Set<String> DATA_KEYWORDS = Set.of("example", "default", "enum", "const");

    /** Keywords whose value is one schema. */
    private static final Set<String> SCHEMA_KEYWORDS = Set.of(
            "schema",
            "items",
            "additionalProperties",
            "additionalItems",
            "not",
            "contains",
            "if",
            "then",
            "else",
            "propertyNames",
            "unevaluatedItems",
            "unevaluatedProperties",
            "contentSchema");

    /** Keywords whose value is a list of schemas. */
    private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");

    /** Keywords whose value maps names to schemas. */
    private static final Set<String> SCHEMA_MAPS =
            Set.of("properties", "patternProperties", "dependentSchemas", "$defs", "definitions", "schemas");

    /** Keywords whose value maps names, chosen by the spec's author, to other objects. */
    private static final Set<String> NAME_MAPS = Set.of(
            "paths",
            "webhooks",
            "responses",
            "parameters",
            "requestBodies",
            "headers",
            "securitySchemes",
            "links",
            "callbacks",
            "pathItems",
            "content",
            "encoding",
            "variables");

    /** What the keys of an object are. */
    private enum Keys {
        /** OpenAPI or JSON Schema keywords. */
        KEYWORDS,
        /** Names; each value is an object of keywords. */
        NAMES,
        /** Names of schemas. */
        SCHEMA_NAMES,
        /** Names of Example Objects. */
        EXAMPLE_NAMES,
        /** The keywords of an Example Object, whose {@code value} is data. */
        EXAMPLE
    }

    private ReferenceWalker() {}

    /** Visits the references under {@code node}, an object of keywords, in document order. */
    static void walk(JsonNode node, String pointer, Visitor visitor) {
        walk(node, pointer, Keys.KEYWORDS, false, visitor);
    }

    /** Visits the references under {@code node}, a map of names (of schemas, if asked). */
    static void walkMap(JsonNode node, String pointer, boolean schemas, Visitor visitor) {
        walk(node, pointer, schemas ? Keys.SCHEMA_NAMES : Keys.NAMES, false, visitor);
    }

    /** Visits the references under {@code node}, a schema. */
    static void walkSchema(JsonNode node, String pointer, Visitor visitor) {
        walk(node, pointer, Keys.KEYWORDS, true, visitor);
    }

    /** Walks a node; returns what to replace it with, or null. */
    private static JsonNode walk(JsonNode node, String pointer, Keys keys, boolean schema, Visitor visitor) {
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode replacement = walk(array.get(i), pointer + "/" + i, Keys.KEYWORDS, schema, visitor);
                if (replacement != null) {
                    array.set(i, replacement);
                }
            }
            return null;
        }
        if (!(node instanceof ObjectNode object)) {
            return null;
        }
        // In a map, "$ref" may also be the name of an entry; then its value is an object.
        JsonNode ref = object.get("$ref");
        if (ref != null && ref.isTextual()) {
            Place place = switch (keys) {
                case NAMES, EXAMPLE_NAMES -> Place.MAP;
                case SCHEMA_NAMES -> Place.SCHEMA_MAP;
                case KEYWORDS, EXAMPLE -> schema ? Place.SCHEMA : Place.OTHER;
            };
            JsonNode replacement = visitor.reference(pointer, object, ref.asText(), place);
            if (replacement != null) {
                return replacement;
            }
        }
        List<String> keyNames = new ArrayList<>();
        object.fieldNames().forEachRemaining(keyNames::add);
        for (String key : keyNames) {
            JsonNode value = object.get(key);
            String childPointer = pointer + "/" + LocationIndex.escape(key);
            JsonNode replacement = switch (keys) {
                case NAMES -> walk(value, childPointer, Keys.KEYWORDS, false, visitor);
                case SCHEMA_NAMES -> walk(value, childPointer, Keys.KEYWORDS, true, visitor);
                case EXAMPLE_NAMES -> walk(value, childPointer, Keys.EXAMPLE, false, visitor);
                case KEYWORDS, EXAMPLE -> keyword(key, value, childPointer, keys, visitor);
            };
            if (replacement != null) {
                object.set(key, replacement);
            }
        }
        return null;
    }

    private static JsonNode keyword(String key, JsonNode value, String pointer, Keys keys, Visitor visitor) {
        boolean data = key.startsWith("x-")
                || DATA_KEYWORDS.contains(key)
                || (keys == Keys.EXAMPLE && key.equals("value"))
                // JSON Schema's examples: a list of instances.
                || (key.equals("examples") && value.isArray());
        if (data) {
            return null;
        }
        if (key.equals("discriminator") && value.path("mapping") instanceof ObjectNode mapping) {
            mapping.fields().forEachRemaining(entry -> {
                String target = entry.getValue().asText();
                String replacement = isReference(target) ? visitor.mappingReference(target) : null;
                if (replacement != null) {
                    entry.setValue(mapping.textNode(replacement));
                }
            });
            return null;
        }
        if (key.equals("examples")) {
            return walk(value, pointer, Keys.EXAMPLE_NAMES, false, visitor);
        }
        if (value.isObject() && (SCHEMA_MAPS.contains(key) || NAME_MAPS.contains(key))) {
            return walk(value, pointer, SCHEMA_MAPS.contains(key) ? Keys.SCHEMA_NAMES : Keys.NAMES, false, visitor);
        }
        return walk(
                value, pointer, Keys.KEYWORDS, SCHEMA_KEYWORDS.contains(key) || SCHEMA_LISTS.contains(key), visitor);
    }

    /** A mapping value is a schema name unless it looks like a URI reference. */
    private static boolean isReference(String mappingValue) {
        return mappingValue.contains("#") || mappingValue.contains("/") || mappingValue.matches(".*\\.(ya?ml|json)");
    }
}
