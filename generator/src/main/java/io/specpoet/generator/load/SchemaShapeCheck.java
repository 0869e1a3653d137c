package io.specpoet.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.specpoet.generator.diagnostics.Diagnostics;
import io.specpoet.generator.diagnostics.LocationIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds what Swagger Parser cannot report with a place: schema lists that are not lists of schemas
 * ({@code oneOf: [[]]}, {@code allOf: text}) and references that are not text ({@code $ref: true}),
 * on which its resolver fails with a NullPointerException; and media types, encodings and
 * callbacks that are not mappings, which it reports as a ClassCastException without a place.
 */
final class SchemaShapeCheck {

    private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "oneOf", "anyOf");

    /** Keywords whose value is data, where these keys are only keys. */
    private static final Set<String> DATA_KEYWORDS = Set.of("example", "examples", "default", "enum", "const");

    /** Keywords whose value is a map of names, where these keys are only names. */
    private static final Set<String> NAME_MAPS = Set.of(
            "properties",
            "patternProperties",
            "$defs",
            "definitions",
            "dependentSchemas",
            "schemas",
            "mapping",
            "headers",
            "content",
            "encoding",
            "links",
            "callbacks",
            "responses",
            "requestBodies",
            "parameters",
            "securitySchemes",
            "variables",
            "paths",
            "pathItems",
            "webhooks");

    /** Maps of names whose every value must be a mapping. */
    private static final Set<String> MAPS_OF_OBJECTS = Set.of("content", "encoding", "callbacks");

    private SchemaShapeCheck() {}

    /** Records an error for each malformed schema list or reference of {@code root}. */
    static void check(JsonNode root, boolean openApi31, Diagnostics diagnostics) {
        walk(root, "", null, openApi31, diagnostics);
    }

    private static void walk(JsonNode node, String pointer, String key, boolean openApi31, Diagnostics diagnostics) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, null, openApi31, diagnostics);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        boolean namesOnly = key != null && NAME_MAPS.contains(key);
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode value = node.get(name);
            String child = pointer + "/" + LocationIndex.escape(name);
            if (!namesOnly && (DATA_KEYWORDS.contains(name) || name.startsWith("x-"))) {
                continue;
            }
            if (namesOnly && MAPS_OF_OBJECTS.contains(key) && !value.isObject()) {
                diagnostics.error(child, "'" + name + "' in '" + key + "' must be a mapping, found " + kind(value));
                continue;
            }
            if (!namesOnly && name.equals("$ref") && !value.isTextual()) {
                diagnostics.error(child, "'$ref' must be text (a reference), found " + kind(value));
            }
            if (!namesOnly && SCHEMA_LISTS.contains(name)) {
                if (!value.isArray()) {
                    diagnostics.error(child, "'" + name + "' must be a list of schemas, found " + kind(value));
                    continue;
                }
                for (int i = 0; i < value.size(); i++) {
                    JsonNode member = value.get(i);
                    if (!member.isObject() && !(openApi31 && member.isBoolean())) {
                        diagnostics.error(
                                child + "/" + i,
                                "'" + name + "' lists " + withArticle(kind(member)) + " where a schema belongs");
                    }
                }
            }
            walk(value, child, namesOnly ? null : name, openApi31, diagnostics);
        }
    }

    private static String withArticle(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
