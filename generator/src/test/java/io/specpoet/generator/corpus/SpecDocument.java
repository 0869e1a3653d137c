package io.specpoet.generator.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import io.specpoet.generator.diagnostics.LocationIndex;
import java.util.HashSet;
import java.util.Set;

/**
 * The bundled document the generator read, for looking at a schema where the model has only its
 * pointer: nodes by JSON pointer, with local {@code $ref}s followed.
 */
public final class SpecDocument {

    /** A node and where it is. */
    public record Located(JsonNode node, String pointer) {
        /** A member, or for an array an element by its index. */
        public Located child(String token) {
            JsonNode child = node.isArray() ? node.path(Integer.parseInt(token)) : node.path(token);
            return new Located(child, pointer + "/" + LocationIndex.escape(token));
        }
    }

    /** Keywords that say nothing about which values are allowed. */
    public static final Set<String> ANNOTATIONS = Set.of(
            "description",
            "title",
            "example",
            "examples",
            "default",
            "deprecated",
            "readOnly",
            "writeOnly",
            "nullable",
            "externalDocs",
            "xml",
            "$comment",
            "$schema",
            "$id");

    private final JsonNode root;

    public SpecDocument(JsonNode root) {
        this.root = root;
    }

    public JsonNode root() {
        return root;
    }

    public Located at(String pointer) {
        return new Located(root.at(pointer), pointer);
    }

    /** Follows {@code $ref}s to where they end; a dangling or cyclic one ends at a missing node. */
    public Located resolve(Located located) {
        Set<String> seen = new HashSet<>();
        Located current = located;
        while (current.node().path("$ref").isTextual()) {
            String ref = current.node().path("$ref").asText();
            if (!ref.startsWith("#") || !seen.add(ref)) {
                return new Located(com.fasterxml.jackson.databind.node.MissingNode.getInstance(), ref);
            }
            current = at(ref.substring(1));
        }
        return current;
    }

    /**
     * The schema of a property as the generator merges it: the object's own {@code properties}
     * win over its allOf parts, and a later part over an earlier one. Missing when none names it.
     */
    public Located propertySchema(Located objectSchema, String wireName) {
        return propertySchema(objectSchema, wireName, new HashSet<>());
    }

    private Located propertySchema(Located schema, String wireName, Set<String> visited) {
        Located resolved = resolve(schema);
        if (!visited.add(resolved.pointer())) {
            return missing();
        }
        Located own = resolved.child("properties").child(wireName);
        if (!own.node().isMissingNode()) {
            return own;
        }
        Located found = missing();
        JsonNode allOf = resolved.node().path("allOf");
        for (int i = 0; i < allOf.size(); i++) {
            Located part = propertySchema(resolved.child("allOf").child(Integer.toString(i)), wireName, visited);
            if (!part.node().isMissingNode()) {
                found = part;
            }
        }
        return found;
    }

    private static Located missing() {
        return new Located(com.fasterxml.jackson.databind.node.MissingNode.getInstance(), "");
    }
}
